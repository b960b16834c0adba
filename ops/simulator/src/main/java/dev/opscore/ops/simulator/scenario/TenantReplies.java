package dev.opscore.ops.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * How tenants answer troubleshooting steps. The driver asks when OpsCore has sent steps for a
 * message: {@link #answer} says whether the tenant replies, when, whether the steps fixed it and in
 * which words (the message's language). Deterministic per seed, tenant and message: asking twice gives
 * the same reply, whatever else was asked in between.
 *
 * <p>The chance that the steps fix it depends on what the problem really was ({@link #kindOf}): about
 * half to two thirds for the four usual first steps, one in ten for anything else (OTHER).
 */
public final class TenantReplies {

    /** One tenant in ten never answers the steps. */
    static final double SILENT = 0.10;
    private static final Map<TroubleshootingKind, Double> FIXED = new EnumMap<>(Map.of(
            TroubleshootingKind.BREAKER_OR_GFCI, 0.60, TroubleshootingKind.DISPOSAL_RESET, 0.65,
            TroubleshootingKind.THERMOSTAT_BATTERIES, 0.55, TroubleshootingKind.CLOGGED_AERATOR, 0.50,
            TroubleshootingKind.OTHER, 0.10));

    private final long seed;
    private final Map<TenantMessage, TroubleshootingKind> kinds;
    private final Map<String, ZoneId> zones;

    TenantReplies(long seed, Map<TenantMessage, TroubleshootingKind> kinds, PortfolioView portfolio) {
        this.seed = seed;
        this.kinds = Map.copyOf(kinds);
        this.zones = portfolio.properties().stream()
                .collect(Collectors.toMap(PropertyView::id, PropertyView::zone, (a, b) -> a));
    }

    /** The chance that the usual first step fixes a problem of this kind. */
    public double fixedProbability(TroubleshootingKind kind) {
        return FIXED.get(Objects.requireNonNull(kind, "kind"));
    }

    /** Which first step really fits the message's primary problem; OTHER when none does (or it is not ours). */
    public TroubleshootingKind kindOf(TenantMessage message) {
        return kinds.getOrDefault(message, TroubleshootingKind.OTHER);
    }

    /**
     * The tenant's reply to steps sent at {@code askedAt} about {@code message}, or empty when they never
     * answer. By day the reply comes 3 minutes to 2 hours later; steps sent at night are answered the
     * next morning (07:30–10:00 local).
     */
    public Optional<TenantReply> answer(TenantMessage message, Instant askedAt) {
        Random random = Draws.random(seed, "reply", message.tenantId(), message.at().toString(), message.text());
        if (Draws.chance(random, SILENT)) {
            return Optional.empty();
        }
        TroubleshootingKind kind = kindOf(message);
        boolean fixed = Draws.chance(random, fixedProbability(kind));
        Instant at = replyTime(random, message.propertyId(), askedAt);
        return Optional.of(new TenantReply(at, message.propertyId(), message.tenantId(), fixed,
                ReplyTexts.say(random, kind, fixed, message.truth().language())));
    }

    private Instant replyTime(Random random, String propertyId, Instant askedAt) {
        ZoneId zone = zones.getOrDefault(propertyId, ZoneId.of("UTC"));
        if (!LocalTimes.isNight(askedAt, zone)) {
            return askedAt.plus(Duration.ofMinutes(3 + random.nextInt(118)));
        }
        ZonedDateTime local = askedAt.atZone(zone);
        ZonedDateTime morning = local.toLocalTime().isBefore(LocalTimes.DAY_STARTS) ? local : local.plusDays(1);
        return morning.with(LocalTime.of(7, 30).plusMinutes(random.nextInt(150))).toInstant();
    }
}
