package dev.opscore.app.audit;

import dev.opscore.db.audit.AuditChainReport;
import dev.opscore.db.audit.AuditChainVerifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/agent/audit/verify}: walks the audit chain and says whether it is intact. */
@RestController
class AuditController {

    private final AuditChainVerifier verifier;

    AuditController(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    record Verification(boolean intact, long rowsChecked, Long firstBrokenId, String problem) {

        static Verification of(AuditChainReport report) {
            return new Verification(report.intact(), report.rowsChecked(), report.firstBrokenId(), report.problem());
        }
    }

    @GetMapping("/api/agent/audit/verify")
    Verification verify() {
        return Verification.of(verifier.verify());
    }
}
