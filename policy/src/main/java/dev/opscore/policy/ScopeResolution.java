package dev.opscore.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves the configuration in force for a property: built-in defaults, then the global policy,
 * then the portfolio's, then the property's, each deep-merged over the last. Within a scope the
 * active row with the highest version wins (ties, which the database forbids, go to the greater id).
 * Pure: the caller loads the candidate rows.
 */
public final class ScopeResolution {

    private static final Comparator<StoredPolicy> PRECEDENCE = Comparator.comparingInt(StoredPolicy::version)
            .thenComparing(StoredPolicy::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private ScopeResolution() {
    }

    /**
     * @param candidates  stored policies for the scopes in question, active or not; rows of other
     *                    portfolios or properties are ignored
     * @param portfolioId the portfolio scope, or {@code null} for none
     * @param propertyId  the property scope, or {@code null} for none
     * @return the merged, not yet validated configuration and the version of the most specific policy applied
     */
    public static Resolved resolve(List<StoredPolicy> candidates, String portfolioId, String propertyId) {
        Objects.requireNonNull(candidates, "candidates");
        Map<String, Object> config = PolicyDefaults.asMap();
        int version = 0;
        List<Optional<StoredPolicy>> layers = List.of(
                winner(candidates, StoredPolicy.GLOBAL, null),
                portfolioId == null ? Optional.empty() : winner(candidates, StoredPolicy.PORTFOLIO, portfolioId),
                propertyId == null ? Optional.empty() : winner(candidates, StoredPolicy.PROPERTY, propertyId));
        for (Optional<StoredPolicy> layer : layers) {
            if (layer.isPresent()) {
                ConfigMerge.mergeInto(config, layer.get().config());
                version = layer.get().version();
            }
        }
        return new Resolved(config, version);
    }

    private static Optional<StoredPolicy> winner(List<StoredPolicy> candidates, String scopeType, String scopeId) {
        return candidates.stream()
                .filter(StoredPolicy::active)
                .filter(policy -> policy.appliesTo(scopeType, scopeId))
                .max(PRECEDENCE);
    }

    /**
     * The merged configuration (a fresh mutable map) and the version of the most specific policy
     * applied; 0 means only the built-in defaults applied.
     */
    public record Resolved(Map<String, Object> config, int version) {

        public Resolved {
            Objects.requireNonNull(config, "config");
        }
    }
}
