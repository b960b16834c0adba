package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class RiskCalibrationTest {

    @Test
    void theThresholdCatchesEveryMissedMessageTheTargetRequires() {
        // given 200 must-escalate examples, 20 of which nothing else escalates, and 800 harmless ones
        List<RiskCalibration.Scored> scored = new ArrayList<>();
        add(scored, 180, new RiskCalibration.Scored(true, true, 0.9));
        for (int i = 0; i < 20; i++) {
            scored.add(new RiskCalibration.Scored(true, false, 0.05 + i * 0.04));
        }
        for (int i = 0; i < 800; i++) {
            scored.add(new RiskCalibration.Scored(false, false, (i % 100) / 2500.0));
        }
        // when
        RiskCalibration calibration = RiskCalibration.fit(scored, 0.995);
        // then one miss of 200 is allowed (0.5%), so the 19 highest-scoring misses must be caught
        long caught = scored.stream().filter(s -> s.mustEscalate() && (s.escalatedByHeads()
                || calibration.doubtful(s.raw()))).count();
        assertThat(caught).isEqualTo(199);
        assertThat(calibration.doubtful(0.05)).isFalse();
    }

    @Test
    void theThresholdStopsWhereDoubtWouldDrownTheTrueAlarms() {
        // given 100 must-escalate examples, 10 missed otherwise, scoring no higher than 900 harmless ones
        List<RiskCalibration.Scored> scored = new ArrayList<>();
        add(scored, 90, new RiskCalibration.Scored(true, true, 0.9));
        add(scored, 10, new RiskCalibration.Scored(true, false, 0.3));
        for (int i = 0; i < 900; i++) {
            scored.add(new RiskCalibration.Scored(false, false, 0.2 + (i % 10) * 0.02));
        }
        // when
        RiskCalibration calibration = RiskCalibration.fit(scored, 0.995);
        // then the escalations it allows keep a precision of at least the floor
        long raised = scored.stream().filter(s -> s.escalatedByHeads() || calibration.doubtful(s.raw())).count();
        long right = scored.stream().filter(s -> s.mustEscalate() && (s.escalatedByHeads()
                || calibration.doubtful(s.raw()))).count();
        assertThat(right / (double) raised).isGreaterThanOrEqualTo(RiskCalibration.PRECISION_FLOOR);
        assertThat(calibration.doubtful(0.2)).isFalse();
    }

    @Test
    void aFewFalseAlarmsAtTheTopDoNotStopDoubtShortOfTheTrueAlarmsBelowThem() {
        // given 120 must-escalate examples, 90 escalated otherwise beside 14 false alarms, and 30 missed ones that
        // score just under 5 harmless examples; 900 more harmless ones score low
        List<RiskCalibration.Scored> scored = new ArrayList<>();
        add(scored, 90, new RiskCalibration.Scored(true, true, 0.8));
        add(scored, 14, new RiskCalibration.Scored(false, true, 0.5));
        add(scored, 5, new RiskCalibration.Scored(false, false, 0.95));
        add(scored, 30, new RiskCalibration.Scored(true, false, 0.9));
        add(scored, 900, new RiskCalibration.Scored(false, false, 0.1));
        // when
        RiskCalibration calibration = RiskCalibration.fit(scored, 0.995);
        // then the dip under the floor after the 5 false alarms is passed: the 30 missed ones are caught
        assertThat(calibration.doubtful(0.9)).isTrue();
        assertThat(calibration.doubtful(0.1)).isFalse();
        long raised = scored.stream().filter(s -> s.escalatedByHeads() || calibration.doubtful(s.raw())).count();
        assertThat(120 / (double) raised).isGreaterThanOrEqualTo(RiskCalibration.PRECISION_FLOOR);
    }

    @Test
    void thePrecisionDoubtMaySpendIsWhatProductionEscalatesNotWhatTheHeadsDo() {
        // given heads that catch 80 of 160 with 20 false alarms (precision 0.80, under the floor), rules that catch
        // 60 more in production (production precision 0.875) that score lowest, and 20 that only doubt can catch
        List<RiskCalibration.Scored> scored = new ArrayList<>();
        add(scored, 80, new RiskCalibration.Scored(true, true, 0.8, true));
        add(scored, 20, new RiskCalibration.Scored(false, true, 0.6, true));
        add(scored, 20, new RiskCalibration.Scored(true, false, 0.7, false));
        add(scored, 60, new RiskCalibration.Scored(true, false, 0.02, true));
        add(scored, 900, new RiskCalibration.Scored(false, false, 0.05, false));
        // when
        RiskCalibration calibration = RiskCalibration.fit(scored, 0.995);
        // then doubt catches the 20: what a manager receives stays above the floor (160 / 180)
        assertThat(calibration.doubtful(0.7)).isTrue();
        assertThat(calibration.doubtful(0.05)).isFalse();
    }

    @Test
    void withNothingMissedDoubtNeverEscalates() {
        // given
        List<RiskCalibration.Scored> scored = List.of(new RiskCalibration.Scored(true, true, 0.2),
                new RiskCalibration.Scored(false, false, 0.99));
        // when
        RiskCalibration calibration = RiskCalibration.fit(scored, 0.995);
        // then
        assertThat(calibration.doubtful(0.999999)).isFalse();
    }

    @Property(tries = 300)
    void calibrationKeepsTheOrderOfScores(@ForAll @DoubleRange(min = 0, max = 1) double a,
                                         @ForAll @DoubleRange(min = 0, max = 1) double b) {
        RiskCalibration calibration = new RiskCalibration(0.8, 0.3, 0.5, 0.995);
        if (a <= b) {
            assertThat(calibration.calibrated(a)).isLessThanOrEqualTo(calibration.calibrated(b));
        }
    }

    @Test
    void doubtEscalatesUnderTheLikeliestFlagAndSaysSo() {
        // given a billing question the heads call safe, with a risk score over the threshold
        ModelPrediction prediction = prediction(Intent.BILLING, 0.6, Map.of(RiskFlag.HARASSMENT, 0.2));
        RiskCalibration calibration = new RiskCalibration(1, 0, 0.4, 0.995);
        // when
        TriageDecision decision = TriageDecision.of(new RuleFindings(Set.of(), false, List.of()), prediction,
                calibration);
        // then
        assertThat(decision.flags()).containsExactly(RiskFlag.HARASSMENT);
        assertThat(decision.escalate()).isTrue();
        assertThat(decision.toResult(prediction, new RuleFindings(Set.of(), false, List.of()), List.of()).evidence())
                .anySatisfy(e -> assertThat(e).startsWith(TriageDecision.UNSURE_RISK));
    }

    @Test
    void doubtNeverChangesThePriority() {
        // given a maintenance report the priority head leans toward an emergency on
        ModelPrediction prediction = prediction(Intent.MAINTENANCE_INTAKE, 0.6, Map.of(RiskFlag.SAFETY, 0.1));
        prediction.priority()[Priority.EMERGENCY.ordinal()] = 0.3;
        // when
        TriageDecision decision = TriageDecision.of(new RuleFindings(Set.of(), false, List.of()), prediction,
                new RiskCalibration(1, 0, 0.4, 0.995));
        // then a person owns it through the likeliest flag, and the dispatch keeps its priority
        assertThat(decision.priority()).isEqualTo(Priority.ROUTINE);
        assertThat(decision.flags()).containsExactly(RiskFlag.SAFETY);
    }

    @Test
    void anUrgentLossLiftsARoutineReadingButNeverLowersAnEmergency() {
        // given a maintenance report the priority head reads ROUTINE, and one it reads EMERGENCY
        RuleFindings urgentLoss = new RuleFindings(Set.of(), false, List.of("NO_HOT_WATER: \"no hot water\""), true);
        ModelPrediction routine = prediction(Intent.MAINTENANCE_INTAKE, 0.1, Map.of());
        ModelPrediction emergency = prediction(Intent.MAINTENANCE_INTAKE, 0.1, Map.of());
        emergency.priority()[Priority.EMERGENCY.ordinal()] = 0.9;
        // when
        TriageDecision lifted = TriageDecision.of(urgentLoss, routine);
        TriageDecision kept = TriageDecision.of(urgentLoss, emergency);
        // then
        assertThat(lifted.priority()).isEqualTo(Priority.URGENT);
        assertThat(lifted.escalate()).isFalse();
        assertThat(kept.priority()).isEqualTo(Priority.EMERGENCY);
    }

    @Test
    void belowTheThresholdTheDecisionIsTheRulesAndHeadsAlone() {
        // given
        ModelPrediction prediction = prediction(Intent.FAQ, 0.1, Map.of(RiskFlag.LEGAL, 0.05));
        RuleFindings none = new RuleFindings(Set.of(), false, List.of());
        // when
        TriageDecision decision = TriageDecision.of(none, prediction, new RiskCalibration(1, 0, 0.4, 0.995));
        // then
        assertThat(decision).isEqualTo(TriageDecision.of(none, prediction));
        assertThat(decision.escalate()).isFalse();
    }

    private static void add(List<RiskCalibration.Scored> scored, int times, RiskCalibration.Scored example) {
        for (int i = 0; i < times; i++) {
            scored.add(example);
        }
    }

    private static ModelPrediction prediction(Intent intent, double risk, Map<RiskFlag, Double> flags) {
        double[] intents = new double[Intent.values().length];
        intents[intent.ordinal()] = 1;
        double[] categories = new double[Category.values().length];
        categories[Category.GENERAL.ordinal()] = 1;
        double[] priorities = new double[Priority.values().length];
        priorities[Priority.ROUTINE.ordinal()] = 0.7;
        Map<RiskFlag, Double> all = new EnumMap<>(RiskFlag.class);
        for (RiskFlag flag : RiskFlag.values()) {
            all.put(flag, flags.getOrDefault(flag, 0.0));
        }
        return new ModelPrediction(intents, categories, priorities, "en", all, risk);
    }
}
