package dev.opscore.ops.simulator.process;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who the simulator is to OpsCore: the service (the sandbox's webhooks, events, the PMS API), the
 * admin (policies) and a manager (the exceptions inbox). The manager's password is stored as
 * {@code {noop}} so that polling the inbox costs no bcrypt per request. Throwaway values: the
 * process and its database live only as long as one simulated month.
 */
public record Credentials(String serviceToken, String adminPassword, String managerUser, String managerPassword) {

    public static Credentials forSimulation() {
        return new Credentials("simulator-service-token", "simulator-admin-password", "manager",
                "simulator-manager-password");
    }

    public String bearer() {
        return "Bearer " + serviceToken;
    }

    public String admin() {
        return basic("admin", adminPassword);
    }

    public String manager() {
        return basic(managerUser, managerPassword);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
