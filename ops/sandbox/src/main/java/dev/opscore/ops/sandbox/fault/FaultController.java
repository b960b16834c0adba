package dev.opscore.ops.sandbox.fault;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Validation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT}, {@code GET} and {@code DELETE /sandbox/faults}. */
@RestController
@ConditionalOnSandbox
class FaultController {

    private final FaultRules rules;

    FaultController(FaultRules rules) {
        this.rules = rules;
    }

    @PutMapping("/sandbox/faults")
    List<FaultRule> put(@RequestBody List<FaultRule> body) {
        Validation validation = new Validation();
        for (int i = 0; i < body.size(); i++) {
            validate(validation, "[" + i + "].", body.get(i));
        }
        validation.throwIfInvalid();
        rules.replace(body);
        return rules.current();
    }

    @GetMapping("/sandbox/faults")
    List<FaultRule> get() {
        return rules.current();
    }

    @DeleteMapping("/sandbox/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete() {
        rules.replace(List.of());
    }

    private static void validate(Validation v, String at, FaultRule r) {
        v.required(at + "path", r.path())
                .check(r.path() == null || r.path().startsWith("/api/"), at + "path",
                        "must be a pattern of the contract's paths (/api/...)")
                .check(r.errorRate() == null || r.errorRate() >= 0 && r.errorRate() <= 1, at + "errorRate",
                        "must be between 0 and 1")
                .check(r.status() == null || r.status() >= 400 && r.status() <= 599, at + "status",
                        "must be an error status (400..599)")
                .check(r.failNext() == null || r.failNext() >= 0, at + "failNext", "must not be negative")
                .check(r.tooManyRequests() == null || r.tooManyRequests() >= 0, at + "tooManyRequests",
                        "must not be negative")
                .check(r.latencyMs() == null || r.latencyMs() >= 0 && r.latencyMs() <= 120_000, at + "latencyMs",
                        "must be between 0 and 120000")
                .check(r.timeoutMs() == null || r.timeoutMs() >= 0 && r.timeoutMs() <= 120_000, at + "timeoutMs",
                        "must be between 0 and 120000");
    }
}
