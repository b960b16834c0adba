package dev.opscore.ops.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The triage contract's rules hold for every generated label, whatever the seed and the portfolio. */
class GroundTruthPropertiesTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    @Property(tries = 60)
    void everyMessageIsLabelledByTheContract(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int properties,
                                            @ForAll("starts") Instant start) {
        // when
        MonthScenario month = MonthScenario.generate(seed, TestPortfolios.of(properties, seed), start, 30);
        // then
        for (TenantMessage message : month.events(TenantMessage.class)) {
            GroundTruth truth = message.truth();
            boolean maintenance = truth.intent() == Intent.MAINTENANCE_INTAKE || truth.intent() == Intent.STATUS_UPDATE;
            assertThat(truth.category() != null).as(message.text()).isEqualTo(maintenance);
            assertThat(truth.priority() != null).as(message.text())
                    .isEqualTo(truth.intent() == Intent.MAINTENANCE_INTAKE);
            assertThat(truth.mustEscalate()).as(message.text())
                    .isEqualTo(!truth.flags().isEmpty() || truth.priority() == Priority.EMERGENCY);
            if (truth.routine()) {
                assertThat(truth.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
                assertThat(truth.mustEscalate()).isFalse();
                assertThat(Labels.AUTO_ASSIGNABLE).contains(truth.category());
            }
            assertThat(truth.language()).isIn("en", "es");
        }
    }

    @Property(tries = 30)
    void theSameSeedGivesTheSameMonth(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int properties) {
        // given
        PortfolioView portfolio = TestPortfolios.of(properties, seed);
        // then
        assertThat(MonthScenario.generate(seed, portfolio, START, 14).events())
                .isEqualTo(MonthScenario.generate(seed, portfolio, START, 14).events());
    }

    @Property
    void aLabelIsAcceptedExactlyWhenTheContractAllowsIt(@ForAll Intent intent, @ForAll("categories") Category category,
                                                        @ForAll("priorities") Priority priority,
                                                        @ForAll Set<RiskFlag> flags, @ForAll boolean escalate,
                                                        @ForAll boolean routine) {
        // given
        boolean allowed = (category != null) == GroundTruth.hasCategory(intent)
                && (priority != null) == (intent == Intent.MAINTENANCE_INTAKE)
                && escalate == (!flags.isEmpty() || priority == Priority.EMERGENCY)
                && (!routine || intent == Intent.MAINTENANCE_INTAKE && !escalate);
        // then
        if (allowed) {
            assertThat(new GroundTruth(intent, category, priority, flags, escalate, routine, "en").flags())
                    .isEqualTo(flags);
        } else {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> new GroundTruth(intent, category, priority, flags, escalate, routine, "en"));
        }
    }

    @Provide
    Arbitrary<Instant> starts() {
        // winter, spring and summer months: the season changes which problems exist
        return Arbitraries.of(START, Instant.parse("2026-04-12T00:00:00Z"), Instant.parse("2026-07-20T15:30:00Z"));
    }

    @Provide
    Arbitrary<Category> categories() {
        return Arbitraries.of(Category.class).injectNull(0.4);
    }

    @Provide
    Arbitrary<Priority> priorities() {
        return Arbitraries.of(Priority.class).injectNull(0.4);
    }
}
