package dev.opscore.jobs.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake settings under {@code opscore.intake}.
 *
 * @param fastPath         hand an accepted event to this process's workers right after the commit
 *                         (only where this process runs workers); the queue stays the durable path
 * @param fastPathThreads  threads for the fast path
 * @param relayInterval    how often the outbox relay looks for accepted events not yet queued
 * @param relayGrace       how old such an event must be before the relay takes it
 * @param relayBatch       events the relay queues per pass
 */
@ConfigurationProperties("opscore.intake")
public record IntakeProperties(@DefaultValue("true") boolean fastPath,
                               @DefaultValue("4") int fastPathThreads,
                               @DefaultValue("1s") Duration relayInterval,
                               @DefaultValue("2s") Duration relayGrace,
                               @DefaultValue("500") int relayBatch) {
}
