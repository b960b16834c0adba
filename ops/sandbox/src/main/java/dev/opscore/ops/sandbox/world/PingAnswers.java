package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.message.TenantMessages;
import dev.opscore.ops.sandbox.webhook.Webhook;
import dev.opscore.tools.pms.message.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Tenants answering satisfaction pings: 85% of them, 10 minutes to 4 hours later, with a 1–5 score
 * (mostly 4s and 5s) in an INBOUND message on the same thread.
 */
@Component
@ConditionalOnSandbox
class PingAnswers implements HappeningSource {

    private static final double ANSWER_RATE = 0.85;
    private static final int[] SCORES = {5, 5, 5, 4, 4, 4, 3, 2, 1};
    /** What a tenant adds to a score, by score. */
    private static final String[] REMARKS = {"", "still not working properly", "not really happy",
            "ok but it took a while", "thanks, all fixed", "great, thank you!"};

    private final TenantMessages tenants;

    PingAnswers(TenantMessages tenants) {
        this.tenants = tenants;
    }

    @Override
    public List<Happening> pending(WorldContext context) {
        List<Happening> pending = new ArrayList<>();
        for (Message ping : tenants.unansweredPings()) {
            String key = "ping:" + ping.id();
            Random random = WorldRandom.of(context.seed(), key);
            boolean answers = random.nextDouble() < ANSWER_RATE;
            Instant at = context.notBeforeNow(ping.sentAt().plus(Duration.ofMinutes(10 + random.nextInt(231))));
            int score = SCORES[random.nextInt(SCORES.length)];
            if (answers) {
                pending.add(new Happening(at, key, () -> answer(context, ping, score, at)));
            }
        }
        return pending;
    }

    private List<Webhook> answer(WorldContext context, Message ping, int score, Instant at) {
        String body = score + " - " + REMARKS[score];
        return tenants.answer(ping, body, at)
                .map(answer -> List.of(WorldWebhooks.tenantMessage(context, answer, ping.id())))
                .orElse(List.of());
    }
}
