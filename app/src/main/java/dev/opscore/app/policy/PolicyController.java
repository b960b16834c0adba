package dev.opscore.app.policy;

import dev.opscore.app.web.InvalidRequestException;
import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.policy.PolicyRow;
import dev.opscore.db.policy.PolicyRows;
import dev.opscore.jobs.runtime.IdSource;
import dev.opscore.policy.ConfigMerge;
import dev.opscore.policy.PolicyConfig;
import dev.opscore.policy.PolicyDefaults;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Policy versions (seed 3.1): list by scope, and create a new version; old versions stay readable. */
@RestController
class PolicyController {

    private static final Set<String> SCOPE_TYPES = Set.of("global", "portfolio", "property");

    private final PolicyRows policies;
    private final AuditTrail audit;
    private final IdSource ids;
    private final Clock clock;

    PolicyController(PolicyRows policies, AuditTrail audit, IdSource ids, Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    record NewPolicyVersion(@NotNull String scopeType, @Size(max = 100) String scopeId,
                            @NotNull Map<String, Object> config, Boolean isActive) {
    }

    @GetMapping("/api/agent/policies")
    List<PolicyRow> list(@RequestParam(required = false) String scopeType,
                         @RequestParam(required = false) String scopeId) {
        if (scopeType != null) {
            checkScopeType(scopeType);
        }
        return policies.find(scopeType, scopeId);
    }

    @PostMapping("/api/agent/policies")
    ResponseEntity<PolicyRow> create(@Valid @RequestBody NewPolicyVersion request, Principal principal) {
        checkScopeType(request.scopeType());
        boolean global = "global".equals(request.scopeType());
        if (global && request.scopeId() != null) {
            throw new InvalidRequestException("scopeId", "must be absent for the global scope");
        }
        if (!global && (request.scopeId() == null || request.scopeId().isBlank())) {
            throw new InvalidRequestException("scopeId", "is required for the " + request.scopeType() + " scope");
        }
        // a policy names only the keys it changes: it must be valid over the built-in defaults
        PolicyConfig.fromMap(ConfigMerge.deepMerge(PolicyDefaults.asMap(), request.config()), "config");
        var now = clock.instant();
        PolicyRow row = policies.appendVersion(ids.next(), request.scopeType(), request.scopeId(), request.config(),
                request.isActive() == null || request.isActive(), principal.getName(), now);
        audit.append(principal.getName(), "POLICY_VERSION_CREATED", "policy:" + row.id(),
                Map.of("scopeType", row.scopeType(), "version", row.version()), now);
        return ResponseEntity.created(URI.create("/api/agent/policies?scopeType=" + row.scopeType()
                + (row.scopeId() == null ? "" : "&scopeId=" + row.scopeId()))).body(row);
    }

    private static void checkScopeType(String scopeType) {
        if (!SCOPE_TYPES.contains(scopeType)) {
            throw new InvalidRequestException("scopeType", "must be global, portfolio or property");
        }
    }
}
