package dev.opscore.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One stored policy row, as the caller loaded it. {@code scopeType} is {@code global},
 * {@code portfolio} or {@code property}; {@code scopeId} is the portfolio or property id (ignored
 * for global). {@code config} holds only the keys this policy sets; it is copied and frozen.
 */
public record StoredPolicy(String id, String scopeType, String scopeId, int version, boolean active,
                           Map<String, Object> config) {

    static final String GLOBAL = "global";
    static final String PORTFOLIO = "portfolio";
    static final String PROPERTY = "property";
    private static final Set<String> SCOPE_TYPES = Set.of(GLOBAL, PORTFOLIO, PROPERTY);

    @SuppressWarnings("unchecked")
    public StoredPolicy {
        if (!SCOPE_TYPES.contains(scopeType)) {
            throw new PolicyValidationException("scopeType", "must be global, portfolio or property (got "
                    + (scopeType == null ? "null" : "\"" + scopeType + "\"") + ")");
        }
        config = (Map<String, Object>) DeepCopy.frozen(Objects.requireNonNull(config, "config"));
    }

    boolean appliesTo(String wantedScopeType, String wantedScopeId) {
        return scopeType.equals(wantedScopeType) && (GLOBAL.equals(scopeType) || Objects.equals(scopeId, wantedScopeId));
    }
}
