package dev.opscore.ops.sandbox;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code opscore.sandbox}.
 *
 * @param seed            the seed of the demo portfolio built at first start (and by a reset without one)
 * @param startClock      where the sandbox clock starts after a (re)seed
 * @param webhooksEnabled whether the world's happenings are sent to OpsCore (they are recorded in
 *                        {@code sandbox.webhook_outbox} either way). The target,
 *                        {@code opscore.sandbox.webhook-url}, is read at send time and defaults to
 *                        this application's own {@code /api/agent/events}.
 * @param properties      how many properties the portfolio built at first start (and by a reset without
 *                        a count) has, {@value #MIN_PROPERTIES}..{@value #MAX_PROPERTIES}; absent (null):
 *                        the default demo portfolio of three or four
 */
@ConfigurationProperties("opscore.sandbox")
public record SandboxProperties(@DefaultValue("7") long seed,
                                @DefaultValue("2026-01-05T08:00:00Z") Instant startClock,
                                @DefaultValue("true") boolean webhooksEnabled,
                                Integer properties) {

    public static final int MIN_PROPERTIES = 1;
    public static final int MAX_PROPERTIES = 200;

    public SandboxProperties {
        if (properties != null && !validPropertyCount(properties)) {
            throw new IllegalArgumentException("opscore.sandbox.properties must be between " + MIN_PROPERTIES
                    + " and " + MAX_PROPERTIES + " (was " + properties + ")");
        }
    }

    public static boolean validPropertyCount(int count) {
        return count >= MIN_PROPERTIES && count <= MAX_PROPERTIES;
    }
}
