package dev.opscore.ops.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAreTheIssuesMonth() {
        Options options = Options.parse(new String[] {"simulate"}, Map.of());
        assertThat(options).isEqualTo(new Options(7, 20, 30, Instant.parse("2026-01-05T08:00:00Z"),
                Path.of("ops/simulator/target/report"), false, false, null, null, Duration.ofMinutes(10),
                Duration.ofDays(10)));
        assertThat(options.command()).isEqualTo("ops/simulate --seed 7 --properties 20 --days 30");
    }

    @Test
    void readsEveryOptionAndTheDatabaseFromTheEnvironment() {
        Options options = Options.parse(new String[] {"simulate", "--seed", "11", "--properties", "3", "--days", "2",
                "--compare", "--faults", "--out", "/tmp/x", "--step-minutes", "5", "--settle-days", "4"},
                Map.of("OPSCORE_SIMULATOR_DATABASE_URL", "jdbc:postgresql://db:5432/x"));
        assertThat(options.seed()).isEqualTo(11);
        assertThat(options.compare()).isTrue();
        assertThat(options.faults()).isTrue();
        assertThat(options.databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/x");
        assertThat(options.command()).isEqualTo(
                "ops/simulate --seed 11 --properties 3 --days 2 --compare --faults --step-minutes 5 --settle-days 4");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Options.parse(new String[] {"run"}, Map.of())).hasMessageContaining("simulate");
        assertThatThrownBy(() -> Options.parse(new String[] {"simulate", "--bogus"}, Map.of())).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> Options.parse(new String[] {"simulate", "--days", "0"}, Map.of())).hasMessageContaining("--days");
    }
}
