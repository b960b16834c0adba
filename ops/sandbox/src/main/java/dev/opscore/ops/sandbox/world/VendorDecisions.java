package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.vendor.Vendor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * How a vendor's profile turns into what it does, drawn from the happening's {@code Random}. Every
 * method draws the same numbers in the same order whatever the outcome, so outcomes are stable.
 */
final class VendorDecisions {

    enum Answer { ACCEPT, DECLINE, IGNORE }

    record Response(Answer answer, Instant at) {
    }

    record Visit(boolean noShow, Instant at) {
    }

    private static final Duration VISIT_WINDOW = Duration.ofHours(2);

    private VendorDecisions() {
    }

    /** Accept, decline or ignore, about {@code responseDelayMinutes} (0.5x–1.5x) after {@code askedAt}. */
    static Response respond(VendorBehaviour b, Random random, Instant askedAt) {
        long delay = Math.max(1, Math.round(b.responseDelayMinutes() * (0.5 + random.nextDouble())));
        double roll = random.nextDouble();
        Answer answer = roll < b.acceptProbability() ? Answer.ACCEPT
                : roll < b.acceptProbability() + b.ignoreProbability() ? Answer.IGNORE : Answer.DECLINE;
        return new Response(answer, askedAt.plus(Duration.ofMinutes(delay)));
    }

    /** When an accepting vendor books the visit: within hours for an emergency, days for routine work. */
    static Instant visitTime(Priority priority, Random random, Instant acceptedAt) {
        double r = random.nextDouble();
        long minutes = switch (priority) {
            case EMERGENCY -> 60 + Math.round(r * 120);
            case URGENT -> 12 * 60 + Math.round(r * 24 * 60);
            case ROUTINE -> 2 * 24 * 60 + Math.round(r * 3 * 24 * 60);
        };
        return acceptedAt.plus(Duration.ofMinutes(minutes));
    }

    /** A no-show is known when the two-hour window has passed; otherwise the vendor arrives, maybe late. */
    static Visit visit(VendorBehaviour b, Vendor vendor, Random random, Instant scheduledFor) {
        boolean noShow = random.nextDouble() < b.noShowProbability();
        boolean onTime = random.nextDouble() < vendor.onTimeRate();
        long late = onTime ? random.nextInt(11) : 15 + random.nextInt(106);
        return noShow ? new Visit(true, scheduledFor.plus(VISIT_WINDOW))
                : new Visit(false, scheduledFor.plus(Duration.ofMinutes(late)));
    }

    /** How long the job takes: {@code durationMinutes} × 0.6–1.4, at least 15 minutes. */
    static Duration duration(VendorBehaviour b, Random random) {
        return Duration.ofMinutes(Math.max(15, Math.round(b.durationMinutes() * (0.6 + 0.8 * random.nextDouble()))));
    }

    /** The vendor's price for {@code duration}: call-out fee plus hours at its rate, spread by ±{@code costSpread}. */
    static BigDecimal cost(VendorBehaviour b, Vendor vendor, Random random, Duration duration) {
        BigDecimal hours = BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP);
        BigDecimal base = vendor.calloutFee().add(vendor.hourlyRate().multiply(hours));
        double factor = 1 + b.costSpread() * (2 * random.nextDouble() - 1);
        return base.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    /** A bid: the expected cost of the job rounded up to 5. */
    static BigDecimal bidAmount(VendorBehaviour b, Vendor vendor, Random random) {
        BigDecimal cost = cost(b, vendor, random, duration(b, random));
        return cost.divide(BigDecimal.valueOf(5), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(5))
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
