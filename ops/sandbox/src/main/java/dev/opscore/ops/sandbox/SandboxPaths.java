package dev.opscore.ops.sandbox;

import java.util.List;
import java.util.stream.Stream;

/** The paths the sandbox serves: the PMS contract's, and its own administration under {@code /sandbox}. */
public final class SandboxPaths {

    /** The contract's path prefixes, each with everything below it. */
    public static final List<String> CONTRACT_PREFIXES = List.of("/api/workorders", "/api/messages", "/api/vendors",
            "/api/compliance", "/api/pm-schedules", "/api/inspections", "/api/leases", "/api/applications",
            "/api/notifications", "/api/properties", "/api/tenants");

    public static final String ADMIN_PREFIX = "/sandbox";

    private SandboxPaths() {
    }

    /** Ant-style patterns ({@code /api/workorders/**}) of the contract and the administration. */
    public static String[] securityPatterns() {
        return Stream.concat(CONTRACT_PREFIXES.stream(), Stream.of(ADMIN_PREFIX))
                .map(prefix -> prefix + "/**").toArray(String[]::new);
    }

    /** Servlet URL patterns of the contract ({@code /api/workorders/*} also matches {@code /api/workorders}). */
    public static String[] contractServletPatterns() {
        return CONTRACT_PREFIXES.stream().map(prefix -> prefix + "/*").toArray(String[]::new);
    }
}
