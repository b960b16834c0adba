package dev.opscore.app;

import dev.opscore.db.audit.AuditChainReport;
import dev.opscore.db.audit.AuditChainVerifier;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: one jar, three roles (all, api, worker) chosen by {@code opscore.role}. With the
 * argument {@code verify-audit-chain} it only verifies the audit chain and exits 0 (intact) or 1.
 */
@SpringBootApplication(scanBasePackages = "dev.opscore")
public class OpsCoreApplication {

    static final String VERIFY_AUDIT_CHAIN = "verify-audit-chain";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(VERIFY_AUDIT_CHAIN)) {
            System.exit(verifyAuditChain(args));
        }
        SpringApplication.run(OpsCoreApplication.class, args);
    }

    @SuppressWarnings("java:S106") // a command-line command answers on the console
    private static int verifyAuditChain(String[] args) {
        SpringApplication application = new SpringApplication(OpsCoreApplication.class);
        application.setDefaultProperties(Map.of("opscore.role", "worker",
                "jobrunr.background-job-server.enabled", "false"));
        try (var context = application.run(args)) {
            AuditChainReport report = context.getBean(AuditChainVerifier.class).verify();
            System.out.println(report.intact()
                    ? "Audit chain intact: " + report.rowsChecked() + " rows verified"
                    : "Audit chain BROKEN at row " + report.firstBrokenId() + ": " + report.problem());
            return report.intact() ? 0 : 1;
        }
    }
}
