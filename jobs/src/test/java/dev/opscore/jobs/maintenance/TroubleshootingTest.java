package dev.opscore.jobs.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TroubleshootingTest {

    @Test
    void suggestsSafeFirstStepsForUsualProblems() {
        assertThat(Troubleshooting.detect("the kitchen outlets have no power since this morning"))
                .contains(Troubleshooting.BREAKER_OR_GFCI);
        assertThat(Troubleshooting.detect("garbage disposal just hums")).contains(Troubleshooting.DISPOSAL_RESET);
        assertThat(Troubleshooting.detect("thermostat screen is blank")).contains(Troubleshooting.THERMOSTAT_BATTERIES);
        assertThat(Troubleshooting.detect("very low water pressure in the bathroom sink"))
                .contains(Troubleshooting.CLOGGED_AERATOR);
        assertThat(Troubleshooting.detect("the kitchen sink is leaking")).isEmpty();
    }

    @Test
    void readsTheTenantsAnswer() {
        assertThat(Troubleshooting.fixedBy("FIXED, thanks!")).isTrue();
        assertThat(Troubleshooting.fixedBy("ya funciona, gracias")).isTrue();
        assertThat(Troubleshooting.fixedBy("NOT FIXED, still no power")).isFalse();
        assertThat(Troubleshooting.fixedBy("tried it, still not working")).isFalse();
        assertThat(Troubleshooting.answersSteps("NOT FIXED")).isTrue();
        assertThat(Troubleshooting.answersSteps("also the dishwasher is leaking now")).isFalse();
    }
}
