package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxProperties;
import dev.opscore.ops.sandbox.clock.WorldState;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /sandbox/reset {"seed": n}}: wipes everything and rebuilds the portfolio of that seed (the configured one without). */
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
        long seed = request == null || request.seed() == null ? properties.seed() : request.seed();
        return reset.reset(seed);
    }

    record ResetRequest(Long seed) {
    }
}
