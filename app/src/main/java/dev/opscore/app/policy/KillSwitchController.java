package dev.opscore.app.policy;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.setting.Settings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The global kill switch (seed 8): on, every autonomous action but reads and staff notices is blocked. */
@RestController
class KillSwitchController {

    private final Settings settings;
    private final AuditTrail audit;
    private final Clock clock;

    KillSwitchController(Settings settings, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    record KillSwitch(@NotNull Boolean enabled) {
    }

    @GetMapping("/api/agent/kill-switch")
    KillSwitch get() {
        return new KillSwitch(settings.killSwitch());
    }

    @PutMapping("/api/agent/kill-switch")
    KillSwitch put(@Valid @RequestBody KillSwitch request, Principal principal) {
        var now = clock.instant();
        settings.setKillSwitch(request.enabled(), principal.getName(), now);
        audit.append(principal.getName(), "KILL_SWITCH_SET", "setting:killSwitch", Map.of("enabled", request.enabled()), now);
        return new KillSwitch(settings.killSwitch());
    }
}
