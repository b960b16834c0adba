package dev.opscore.ops.simulator.process;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpsCore settings of a simulated month. Each departs from the shipped defaults for a stated reason:
 * <ul>
 * <li>the sandbox world built from the month's seed and size, its clock at the month's start, and OpsCore
 *     on the world's clock (the default {@code opscore.sandbox.drives-clock});</li>
 * <li>{@code opscore.sandbox.webhooks-enabled=false}: the world's happenings are still recorded in its
 *     outbox, and the driver hands them to {@code POST /api/agent/events} one at a time, with the same
 *     body, at the end of each step (the sandbox's sender would post them while the world is still
 *     advancing, so OpsCore would act at whatever virtual moment the thread got to);</li>
 * <li>one fast-path thread, and JobRunr polling once an hour (a month takes minutes): one thing happens
 *     at a time, in a fixed order, so the same seed gives the same month (JobRunr's wall-clock wake jobs
 *     mean nothing on virtual time; the runtime's sweep wakes runs by the business clock, every 20 ms
 *     here instead of every second);</li>
 * <li>a 20 ms retry delay (the PMS is local) and, in a month with faults, a 2 s read timeout so an
 *     injected slow PMS makes the client give up within the month's wall time;</li>
 * <li>a Tomcat access log (method, path, status, {@code Idempotency-Key}): how every PMS call and its
 *     retries went, which OpsCore's action log records only once per step.</li>
 * </ul>
 */
public final class MonthSettings {

    private MonthSettings() {
    }

    public static Map<String, String> of(long seed, int properties, Instant start, Credentials credentials,
                                         Path workDirectory, Duration readTimeout) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("opscore.data-dir", workDirectory.resolve("data").toString());
        s.put("opscore.bootstrap.admin-password", credentials.adminPassword());
        s.put("opscore.bootstrap.service-token", credentials.serviceToken());
        s.put("opscore.security.users[0].username", credentials.managerUser());
        s.put("opscore.security.users[0].password", "{noop}" + credentials.managerPassword());
        s.put("opscore.security.users[0].roles", "MANAGER");
        s.put("opscore.sandbox.seed", Long.toString(seed));
        s.put("opscore.sandbox.properties", Integer.toString(properties));
        s.put("opscore.sandbox.start-clock", start.toString());
        s.put("opscore.sandbox.webhooks-enabled", "false");
        s.put("opscore.intake.fast-path-threads", "1");
        s.put("opscore.runtime.retry-delay", "20ms");
        s.put("opscore.runtime.sweep-interval", "20ms");
        s.put("opscore.pms.read-timeout", readTimeout.toMillis() + "ms");
        s.put("jobrunr.dashboard.enabled", "false");
        s.put("jobrunr.background-job-server.poll-interval-in-seconds", "3600");
        s.put("server.tomcat.accesslog.enabled", "true");
        s.put("server.tomcat.accesslog.directory", workDirectory.resolve("access").toString());
        s.put("server.tomcat.accesslog.prefix", "access");
        s.put("server.tomcat.accesslog.suffix", ".log");
        s.put("server.tomcat.accesslog.rotate", "false");
        s.put("server.tomcat.accesslog.buffered", "false");
        s.put("server.tomcat.accesslog.pattern", "%m %U %s %{Idempotency-Key}i");
        s.put("logging.level.root", "WARN");
        s.put("logging.level.dev.opscore", "WARN");
        return s;
    }
}
