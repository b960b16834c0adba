package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.jobs.triage.TriageInput.TriageContext;
import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the text alone does not carry: the season where the property is, and the thread's open work order. */
class ContextTriageTest {

    private static final EmbeddingTriageClassifier CLASSIFIER = new EmbeddingTriageClassifier(new TriageRules());

    private static TriageResult classify(String text, String receivedAt, String zone, Category openOrder) {
        return CLASSIFIER.classify(new TriageInput(text, null,
                receivedAt == null ? null : OffsetDateTime.parse(receivedAt), "prop-1",
                new TriageContext(zone == null ? null : ZoneId.of(zone), openOrder)));
    }

    @Test
    void noHeatInANewYorkJanuaryIsAnEmergency() {
        // when
        TriageResult result = classify("the heat is out", "2026-01-14T23:10:00-05:00", "America/New_York", null);
        // then
        assertThat(result.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
        assertThat(result.category()).isEqualTo(Category.HVAC);
        assertThat(result.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(result.escalate()).isTrue();
        assertThat(result.evidence()).contains("SEASONAL_COLD: \"America/New_York 2026-01\"");
    }

    @Test
    void noHeatInANewYorkJulyIsNoEmergencyBySeason() {
        // given: whatever the heads make of the text alone
        TriageResult textAlone = CLASSIFIER.classify(TriageInput.of("the heat is out"));
        // when
        TriageResult result = classify("the heat is out", "2026-07-14T23:10:00-04:00", "America/New_York", null);
        // then: July adds nothing
        assertThat(result).isEqualTo(textAlone);
        assertThat(result.evidence()).noneMatch(e -> e.startsWith("SEASONAL_"));
    }

    @Test
    void withoutAReceivedAtTheSeasonHasNoEffect() {
        // when
        TriageResult result = classify("the heat is out", null, "America/New_York", null);
        // then
        assertThat(result.evidence()).noneMatch(e -> e.startsWith("SEASONAL_"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"heat?", "is the heat coming back", "calefacción?", "when will the heat be back on"})
    void aBareHeatQuestionInAChicagoJanuaryIsAnEmergency(String text) {
        // when
        TriageResult result = classify(text, "2026-01-20T07:00:00-06:00", "America/Chicago", null);
        // then
        assertThat(result.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
        assertThat(result.category()).isEqualTo(Category.HVAC);
        assertThat(result.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(result.escalate()).isTrue();
    }

    @Test
    void aNegatedHeatProblemStaysWhatItWas() {
        // when
        TriageResult result = classify("no problem with the heat, the kitchen faucet drips", "2026-01-20T07:00:00-06:00",
                "America/Chicago", null);
        // then
        assertThat(result.evidence()).noneMatch(e -> e.startsWith("SEASONAL_"));
    }

    @Test
    void anUnknownZoneInJanuaryStillCountsAsCold() {
        // when
        TriageResult result = classify("the heat is out", "2026-01-20T07:00:00+00:00", null, null);
        // then
        assertThat(result.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(result.evidence()).contains("SEASONAL_COLD: \"unknown zone 2026-01\"");
    }

    @Test
    void acOutInAPhoenixJulyIsAtLeastUrgent() {
        // when
        TriageResult result = classify("AC not working", "2026-07-14T15:00:00-07:00", "America/Phoenix", null);
        // then
        assertThat(result.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
        assertThat(result.category()).isEqualTo(Category.HVAC);
        assertThat(result.priority()).isIn(Priority.URGENT, Priority.EMERGENCY);
        assertThat(result.evidence()).contains("SEASONAL_HOT: \"America/Phoenix 2026-07\"");
    }

    @Test
    void aShortFollowUpInheritsTheOpenOrdersCategory() {
        // when
        TriageResult result = classify("any news?", null, null, Category.PLUMBING);
        // then
        assertThat(result.intent()).isIn(Intent.STATUS_UPDATE, Intent.MAINTENANCE_INTAKE);
        assertThat(result.category()).isEqualTo(Category.PLUMBING);
        assertThat(result.evidence()).contains("THREAD_WORK_ORDER: \"PLUMBING\"");
    }

    @Test
    void aFollowUpThatNamesItsOwnCategoryKeepsIt() {
        // when
        TriageResult result = classify("the fridge is still warm, any news?", null, null, Category.PLUMBING);
        // then
        assertThat(result.evidence()).doesNotContain("THREAD_WORK_ORDER: \"PLUMBING\"");
    }
}
