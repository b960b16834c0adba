package dev.opscore.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The contract's "What must always hold", proven over generated configurations and actions. */
class PolicyInvariantsTest {

    private final PolicyEngine engine = new PolicyEngine();

    @Provide
    Arbitrary<PolicyConfig> configs() {
        return PolicyArbitraries.configs();
    }

    @Provide
    Arbitrary<Action> actions() {
        return PolicyArbitraries.actions();
    }

    @Provide
    Arbitrary<Action> spendCoveredActions() {
        EnumSet<ActionType> covered = EnumSet.of(ActionType.VENDOR_ASSIGN, ActionType.VENDOR_DISPATCH,
                ActionType.BID_REQUEST, ActionType.BID_ACCEPT, ActionType.REFUND_ISSUE, ActionType.PAYMENT_SEND,
                ActionType.FEE_WAIVE, ActionType.DEPOSIT_DEDUCT);
        return PolicyArbitraries.actions(Arbitraries.of(covered));
    }

    @Provide
    Arbitrary<Action> legalActions() {
        return PolicyArbitraries.actions(
                Arbitraries.of(ActionType.LEGAL_NOTICE_SEND, ActionType.EVICTION_FILE, ActionType.LEASE_TERMINATE));
    }

    @Provide
    Arbitrary<BigDecimal> increases() {
        return PolicyArbitraries.money("8000");
    }

    @Provide
    Arbitrary<BigDecimal> positiveIncreases() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("8000")).ofScale(2);
    }

    @Property
    void spendCoveredActionIsNeverAllowedAboveHardBlock(@ForAll("configs") PolicyConfig anyConfig,
            @ForAll("spendCoveredActions") Action action, @ForAll("positiveIncreases") BigDecimal excess,
            @ForAll boolean killSwitch) {
        // given: financial types are covered by rule 4 only once enabled
        PolicyConfig config = action.type().isIrreversibleFinancial() ? withFinancialEnabled(anyConfig) : anyConfig;
        Action aboveHardBlock = ActionBuilder.from(action).withAmount(config.spend().hardBlockAbove().add(excess)).build();

        // when
        Decision decision = engine.evaluate(config, aboveHardBlock, killSwitch);

        // then
        assertThat(SpendRule.covers(aboveHardBlock, config)).isTrue();
        assertThat(decision.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(decision.reasons()).contains(ReasonCode.SPEND_HARD_BLOCK);
    }

    @Property
    void withKillSwitchOnlyReadAndStaffNotificationsCanBeAllowed(@ForAll("configs") PolicyConfig config,
            @ForAll("actions") Action action) {
        // when
        Decision decision = engine.evaluate(config, action, true);

        // then
        boolean exempt = action.type() == ActionType.READ
                || (action.type() == ActionType.NOTIFICATION_SEND && action.recipient() == Recipient.STAFF);
        Statistics.label("exempt").collect(exempt);
        if (exempt) {
            assertThat(decision.reasons()).doesNotContain(ReasonCode.KILL_SWITCH_NOTIFY_ONLY);
        } else {
            assertThat(decision.outcome()).isEqualTo(Outcome.BLOCK);
            assertThat(decision.reasons().get(0)).isEqualTo(ReasonCode.KILL_SWITCH_NOTIFY_ONLY);
        }
    }

    @Property
    void irreversibleLegalActionIsNeverAllowed(@ForAll("configs") PolicyConfig config,
            @ForAll("legalActions") Action action, @ForAll boolean killSwitch) {
        // when
        Decision decision = engine.evaluate(config, action, killSwitch);

        // then
        assertThat(decision.outcome()).isNotEqualTo(Outcome.ALLOW);
        assertThat(decision.reasons()).containsAnyOf(ReasonCode.LEGAL_ACTION_NOT_ENABLED,
                ReasonCode.LEGAL_ACTION_REQUIRES_APPROVAL);
    }

    @Property
    void raisingAnAmountNeverMakesADecisionLessRestrictive(@ForAll("configs") PolicyConfig config,
            @ForAll("actions") Action action, @ForAll("increases") BigDecimal increase, @ForAll boolean killSwitch) {
        // given
        Action raised = ActionBuilder.from(action).withAmount(action.amount().add(increase)).build();

        // when
        Decision before = engine.evaluate(config, action, killSwitch);
        Decision after = engine.evaluate(config, raised, killSwitch);

        // then
        Statistics.label("outcome change").collect(before.outcome() + "->" + after.outcome());
        assertThat(before.outcome().isMoreRestrictiveThan(after.outcome()))
                .as("%s was %s, raised by %s became %s", action, before, increase, after).isFalse();
    }

    @Property
    void sameInputAlwaysGivesTheSameOutput(@ForAll("configs") PolicyConfig config, @ForAll("actions") Action action,
            @ForAll boolean killSwitch) {
        // when
        Decision first = new PolicyEngine().evaluate(config, action, killSwitch);
        Decision second = new PolicyEngine().evaluate(config, action, killSwitch);

        // then
        assertThat(second).isEqualTo(first);
    }

    @Property
    void dryRunFromJsonGivesTheSameDecisionAsTheTypedEngine(@ForAll("configs") PolicyConfig config,
            @ForAll("actions") Action action, @ForAll boolean killSwitch) {
        // given: the request overrides every setting, and the stored flag is the opposite of the context's
        Map<String, Object> body = Map.of("config", JsonFixtures.config(config),
                "context", Map.of("killSwitch", killSwitch), "action", JsonFixtures.action(action));
        OffsetDateTime clock = OffsetDateTime.parse("2030-01-01T00:00:00Z");

        // when
        EvaluationResult first = PolicyEvaluation.evaluate(body, List.of(), !killSwitch, clock);
        EvaluationResult second = PolicyEvaluation.evaluate(body, List.of(), !killSwitch, clock);

        // then
        assertThat(first.decision()).isEqualTo(engine.evaluate(config, action, killSwitch));
        assertThat(second).isEqualTo(first);
    }

    @Property
    void decisionsAreWellFormed(@ForAll("configs") PolicyConfig config, @ForAll("actions") Action action,
            @ForAll boolean killSwitch) {
        // when
        Decision decision = engine.evaluate(config, action, killSwitch);

        // then
        if (decision.outcome() != Outcome.ALLOW) {
            assertThat(decision.escalate()).isTrue();
        }
        if (decision.reasons().contains(ReasonCode.ALLOWED_BY_DEFAULT)) {
            assertThat(decision.reasons()).containsExactly(ReasonCode.ALLOWED_BY_DEFAULT);
            assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
            assertThat(decision.escalate()).isFalse();
        }
        assertThat(decision.reasons()).doesNotHaveDuplicates();
        boolean deferred = decision.reasons().contains(ReasonCode.QUIET_HOURS_DEFERRED);
        Statistics.label("deferred").collect(deferred);
        assertThat(decision.notBefore() != null).isEqualTo(deferred);
        if (deferred) {
            assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
            Duration wait = Duration.between(action.at(), decision.notBefore());
            assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(25));
            assertThat(decision.notBefore().getOffset())
                    .isEqualTo(action.timezone().getRules().getOffset(decision.notBefore().toInstant()));
        }
    }

    @Property
    void messageOtherwiseAllowedIsDeferredExactlyInsideTheQuietWindow(@ForAll("configs") PolicyConfig anyConfig,
            @ForAll("deferrableMessages") Action message) {
        // given: every intent allowed, no risk flags, no kill switch, so nothing but quiet hours can contribute
        PolicyConfig config = withAllIntentsAllowed(anyConfig);
        QuietHours window = config.messaging().quietHours();
        ZonedDateTime local = message.at().atZoneSameInstant(message.timezone());

        // when
        Decision decision = engine.evaluate(config, message, false);

        // then
        boolean inside = window.covers(local.toLocalTime());
        Statistics.label("inside quiet hours").collect(inside);
        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.reasons()).containsExactly(
                inside ? ReasonCode.QUIET_HOURS_DEFERRED : ReasonCode.ALLOWED_BY_DEFAULT);
        if (inside) {
            ZonedDateTime end = decision.notBefore().atZoneSameInstant(message.timezone());
            assertThat(decision.notBefore()).isAfter(message.at());
            assertThat(window.covers(end.toLocalTime())).isFalse();
            if (existsThatDay(end.toLocalDate().atTime(window.end()), message.timezone())) {
                assertThat(end.toLocalTime()).isEqualTo(window.end());
                assertThat(window.covers(end.minusSeconds(1).toLocalTime())).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<Action> deferrableMessages() {
        return PolicyArbitraries.actions(Arbitraries.just(ActionType.MESSAGE_SEND)).map(message -> ActionBuilder.from(message)
                .to(message.recipient() == Recipient.STAFF ? Recipient.VENDOR : message.recipient())
                .withPriority(message.priority() == Priority.EMERGENCY ? null : message.priority())
                .withIntent(message.intent() == null ? Intent.FAQ : message.intent())
                .withRiskFlags(List.of())
                .build());
    }

    private static boolean existsThatDay(LocalDateTime localEnd, ZoneId zone) {
        return !zone.getRules().getValidOffsets(localEnd).isEmpty();
    }

    private static PolicyConfig withAllIntentsAllowed(PolicyConfig config) {
        MessagingSettings messaging = new MessagingSettings(config.messaging().quietHours(), EnumSet.allOf(Intent.class),
                config.messaging().legalKeywordsEscalate());
        return new PolicyConfig(config.spend(), config.workOrders(), messaging, config.compliance(),
                config.escalation(), config.legal(), config.financial());
    }

    private static PolicyConfig withFinancialEnabled(PolicyConfig config) {
        return new PolicyConfig(config.spend(), config.workOrders(), config.messaging(), config.compliance(),
                config.escalation(), config.legal(), new FinancialSettings(true));
    }
}
