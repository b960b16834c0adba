package dev.opscore.ops.sandbox.vendor;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Validation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sandbox/vendors/{id}/behaviour}: reads or scripts how a vendor behaves in the world (a
 * vendor who always declines, never shows up, answers at once …), for tests and rehearsals.
 */
@RestController
@ConditionalOnSandbox
class VendorBehaviourController {

    private final VendorRows rows;

    VendorBehaviourController(VendorRows rows) {
        this.rows = rows;
    }

    @GetMapping("/sandbox/vendors/{id}/behaviour")
    VendorBehaviour get(@PathVariable("id") String id) {
        return rows.behaviour(id).orElseThrow(() -> new NotFoundException("vendor", id));
    }

    @PutMapping("/sandbox/vendors/{id}/behaviour")
    VendorBehaviour put(@PathVariable("id") String id, @RequestBody BehaviourBody body) {
        get(id);
        new Validation()
                .check(probability(body.acceptProbability()), "acceptProbability", "must be between 0 and 1")
                .check(probability(body.ignoreProbability()), "ignoreProbability", "must be between 0 and 1")
                .check(body.acceptProbability() + body.ignoreProbability() <= 1, "ignoreProbability",
                        "acceptProbability + ignoreProbability must be at most 1")
                .check(body.responseDelayMinutes() >= 0, "responseDelayMinutes", "must not be negative")
                .check(probability(body.noShowProbability()), "noShowProbability", "must be between 0 and 1")
                .check(body.durationMinutes() > 0, "durationMinutes", "must be positive")
                .check(probability(body.costSpread()), "costSpread", "must be between 0 and 1")
                .throwIfInvalid();
        VendorBehaviour behaviour = new VendorBehaviour(id, body.acceptProbability(), body.ignoreProbability(),
                body.responseDelayMinutes(), body.noShowProbability(), body.durationMinutes(), body.costSpread());
        rows.saveBehaviour(behaviour);
        return behaviour;
    }

    private static boolean probability(double p) {
        return p >= 0 && p <= 1;
    }

    /** The body of {@code PUT}: every field of the profile. */
    record BehaviourBody(double acceptProbability, double ignoreProbability, int responseDelayMinutes,
                         double noShowProbability, int durationMinutes, double costSpread) {
    }
}
