package dev.opscore.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of varied configurations and actions for the property tests. */
final class PolicyArbitraries {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("America/St_Johns"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Sydney"), ZoneId.of("Pacific/Chatham"));

    private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2027-12-31T23:59:59Z").getEpochSecond();

    private PolicyArbitraries() {
    }

    static Arbitrary<BigDecimal> money(String max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(max)).ofScale(2);
    }

    static Arbitrary<PolicyConfig> configs() {
        Arbitrary<Boolean> flags = Arbitraries.of(true, false);
        return Combinators.combine(spendLimits(), workOrders(), messaging(), compliance(), escalation(), flags, flags)
                .as((spend, workOrders, messaging, compliance, escalation, legal, financial) -> new PolicyConfig(spend,
                        workOrders, messaging, compliance, escalation, new LegalSettings(legal),
                        new FinancialSettings(financial)));
    }

    static Arbitrary<Action> actions() {
        return actions(Arbitraries.of(ActionType.class));
    }

    static Arbitrary<Action> actions(Arbitrary<ActionType> types) {
        Arbitrary<Action> withoutDueDate = Builders.withBuilder(() -> ActionBuilder.an(ActionType.READ))
                .use(types).in(ActionBuilder::ofType)
                .use(money("12000").injectNull(0.1)).in((b, amount) -> b.withAmount(amount))
                .use(Arbitraries.of(Category.class).injectNull(0.15)).in(ActionBuilder::withCategory)
                .use(Arbitraries.of(Priority.class).injectNull(0.2)).in(ActionBuilder::withPriority)
                .use(Arbitraries.integers().between(0, 40)).in(ActionBuilder::withOpenWorkOrders)
                .use(Arbitraries.of(Intent.class).injectNull(0.15)).in(ActionBuilder::withIntent)
                .use(riskFlags()).in((b, flags) -> b.withRiskFlags(flags))
                .use(Arbitraries.of(Recipient.class).injectNull(0.1)).in(ActionBuilder::to)
                .use(instants()).in((b, at) -> b.at(at))
                .use(Arbitraries.of(ZONES).injectNull(0.1)).in((b, zone) -> b.inZone(zone))
                .build(ActionBuilder::build);
        return withoutDueDate.flatMap(action -> Arbitraries.integers().between(-30, 30).injectNull(0.3)
                .map(days -> days == null ? action
                        : ActionBuilder.from(action).due(action.at().toLocalDate().plusDays(days)).build()));
    }

    /** Instants over three years, written with a random offset (the zone, not the offset, decides local time). */
    static Arbitrary<OffsetDateTime> instants() {
        return Combinators.combine(Arbitraries.longs().between(FROM, TO), Arbitraries.integers().between(-12, 14))
                .as((seconds, hours) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.ofHours(hours)));
    }

    private static Arbitrary<List<RiskFlag>> riskFlags() {
        return Arbitraries.of(RiskFlag.class).list().ofMaxSize(4).map(ArrayList::new);
    }

    private static Arbitrary<SpendLimits> spendLimits() {
        return money("10000").list().ofSize(3).map(amounts -> {
            List<BigDecimal> sorted = new ArrayList<>(amounts);
            sorted.sort(BigDecimal::compareTo);
            return new SpendLimits(sorted.get(0), sorted.get(1), sorted.get(2));
        });
    }

    private static Arbitrary<WorkOrderSettings> workOrders() {
        return Combinators.combine(Arbitraries.subsetOf(EnumSet.allOf(Category.class)), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 40)).as(WorkOrderSettings::new);
    }

    private static Arbitrary<MessagingSettings> messaging() {
        Arbitrary<LocalTime> times = Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.of(0, 1, 30, 59))
                .as(LocalTime::of);
        Arbitrary<QuietHours> quietHours = Combinators.combine(times, times).as(QuietHours::new);
        return Combinators.combine(quietHours, Arbitraries.subsetOf(EnumSet.allOf(Intent.class)), Arbitraries.of(true, false))
                .as(MessagingSettings::new);
    }

    private static Arbitrary<ComplianceSettings> compliance() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(ComplianceSettings::new);
    }

    private static Arbitrary<EscalationSettings> escalation() {
        return Combinators.combine(Arbitraries.of(EscalationChannel.class).list().ofMaxSize(3), Arbitraries.of(true, false))
                .as(EscalationSettings::new);
    }
}
