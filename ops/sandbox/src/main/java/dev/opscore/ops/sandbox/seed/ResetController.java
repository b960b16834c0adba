package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxProperties;
import dev.opscore.ops.sandbox.clock.WorldState;
import dev.opscore.ops.sandbox.web.Validation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sandbox/reset {"seed": n, "properties": m}}: wipes everything and rebuilds the portfolio
 * of that seed with {@code m} properties (1..200). Without a seed, the configured one; without a count,
 * the configured {@code opscore.sandbox.properties}, and without that the default demo portfolio.
 */
@RestController
@ConditionalOnSandbox
class ResetController {

    private final SandboxReset reset;
    private final SandboxProperties properties;

    ResetController(SandboxReset reset, SandboxProperties properties) {
        this.reset = reset;
        this.properties = properties;
    }

    @PostMapping("/sandbox/reset")
    WorldState reset(@RequestBody(required = false) ResetRequest request) {
        ResetRequest given = request == null ? new ResetRequest(null, null) : request;
        new Validation().check(given.properties() == null || SandboxProperties.validPropertyCount(given.properties()),
                "properties", "must be between " + SandboxProperties.MIN_PROPERTIES + " and "
                        + SandboxProperties.MAX_PROPERTIES + " (was " + given.properties() + ")")
                .throwIfInvalid();
        long seed = given.seed() == null ? properties.seed() : given.seed();
        Integer count = given.properties() == null ? properties.properties() : given.properties();
        return reset.reset(seed, count);
    }

    record ResetRequest(Long seed, Integer properties) {
    }
}
