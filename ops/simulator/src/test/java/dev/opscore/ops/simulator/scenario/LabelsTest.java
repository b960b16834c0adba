package dev.opscore.ops.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which issue of a message is primary, and what makes a repair routine (triage.md, the default policy). */
class LabelsTest {

    private static final Problem DRIP = problem("faucet-drip");
    private static final Problem BURST = problem("burst-pipe");
    private static final Problem FRIDGE = problem("fridge-warm");
    private static final Problem ROOF = problem("roof-leak");
    private static final Topic BILLING = topic("billing");
    private static final Topic VIOLENCE = topic("complaint-violence");

    @Test
    void aNewRepairBeatsABillingQuestionWhateverTheOrder() {
        // when
        GroundTruth truth = Labels.truth(List.of(Part.topic(BILLING, "b"), Part.repair(DRIP, "d")), Set.of(), "en");
        // then
        assertThat(truth.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
        assertThat(truth.category()).isEqualTo(Category.PLUMBING);
        assertThat(truth.priority()).isEqualTo(Priority.ROUTINE);
        assertThat(truth.routine()).isTrue();
    }

    @Test
    void theMoreSevereRepairIsPrimary() {
        // when
        GroundTruth truth = Labels.truth(List.of(Part.repair(FRIDGE, "f"), Part.repair(BURST, "b")), Set.of(), "en");
        // then
        assertThat(truth.category()).isEqualTo(Category.PLUMBING);
        assertThat(truth.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(truth.mustEscalate()).isTrue();
        assertThat(truth.routine()).isFalse();
    }

    @Test
    void aSafetyIssueBeatsEverything() {
        // when
        GroundTruth truth = Labels.truth(List.of(Part.repair(DRIP, "d"), Part.topic(VIOLENCE, "v")), Set.of(), "en");
        // then
        assertThat(truth.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(truth.category()).isNull();
        assertThat(truth.priority()).isNull();
        assertThat(truth.flags()).containsExactly(RiskFlag.SAFETY);
        assertThat(truth.mustEscalate()).isTrue();
    }

    @Test
    void aRiskAddOnFlagsTheMessageWithoutChangingItsIntentAndEndsRoutine() {
        // when
        GroundTruth truth = Labels.truth(List.of(Part.repair(DRIP, "d")), Set.of(RiskFlag.LEGAL), "es");
        // then
        assertThat(truth.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
        assertThat(truth.flags()).containsExactly(RiskFlag.LEGAL);
        assertThat(truth.mustEscalate()).isTrue();
        assertThat(truth.routine()).isFalse();
        assertThat(truth.language()).isEqualTo("es");
    }

    @Test
    void routineNeedsAnAutoAssignableCategoryAndATypicalCostUnderTheLimit() {
        // then
        assertThat(Labels.truth(List.of(Part.repair(FRIDGE, "f")), Set.of(), "en").routine())
                .as("APPLIANCE is not auto-assignable").isFalse();
        assertThat(Labels.truth(List.of(Part.repair(ROOF, "r")), Set.of(), "en").routine())
                .as("a roof leak costs more than 750").isFalse();
        assertThat(Labels.truth(List.of(Part.followUp(DRIP, "any news")), Set.of(), "en").routine())
                .as("a follow-up is not a task").isFalse();
    }

    @Test
    void everyCatalogueEntryIsLabelledByTheContract() {
        // then
        assertThat(Problems.ALL).allSatisfy(p -> {
            assertThat(p.en().clauses()).as(p.key()).isNotEmpty();
            assertThat(p.es().clauses()).as(p.key()).isNotEmpty();
            assertThat(p.en().subject()).as(p.key()).isNotBlank();
            assertThat(p.es().subject()).as(p.key()).isNotBlank();
            if (p.flags().contains(RiskFlag.SAFETY)) {
                assertThat(p.priority()).as(p.key()).isIn(Priority.EMERGENCY, Priority.URGENT);
            }
            boolean needsPlaces = p.en().clauses().stream().anyMatch(c -> c.contains("{place}"))
                    || p.es().clauses().stream().anyMatch(c -> c.contains("{place}"));
            assertThat(!needsPlaces || !p.en().places().isEmpty() && !p.es().places().isEmpty()).as(p.key()).isTrue();
        });
        assertThat(Problems.ALL).extracting(Problem::key).doesNotHaveDuplicates();
        assertThat(Topics.ALL).allSatisfy(t -> assertThat(GroundTruth.hasCategory(t.intent())).isFalse());
    }

    private static Problem problem(String key) {
        return Problems.ALL.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private static Topic topic(String key) {
        return Topics.ALL.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }
}
