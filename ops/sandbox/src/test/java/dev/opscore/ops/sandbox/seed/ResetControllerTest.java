package dev.opscore.ops.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opscore.ops.sandbox.SandboxProperties;
import dev.opscore.ops.sandbox.clock.WorldState;
import dev.opscore.ops.sandbox.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What a reset builds when the body leaves the seed or the count out: the configured ones. */
class ResetControllerTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void aMissingCountFallsBackToTheSettingAndAMissingSettingToTheDefaultPortfolio() {
        // given
        RecordingReset configured = new RecordingReset(new SandboxProperties(7, START, true, 20));
        RecordingReset unconfigured = new RecordingReset(new SandboxProperties(7, START, true, null));
        // when
        new ResetController(configured, configured.settings).reset(new ResetController.ResetRequest(9L, null));
        new ResetController(configured, configured.settings).reset(new ResetController.ResetRequest(null, 3));
        new ResetController(unconfigured, unconfigured.settings).reset(null);
        // then
        assertThat(configured.calls).containsExactly("9/20", "7/3");
        assertThat(unconfigured.calls).containsExactly("7/null");
    }

    @Test
    void aCountOutOfRangeIsRefusedBeforeAnythingIsWiped() {
        // given
        RecordingReset reset = new RecordingReset(new SandboxProperties(7, START, true, null));
        ResetController controller = new ResetController(reset, reset.settings);
        // then
        assertThatThrownBy(() -> controller.reset(new ResetController.ResetRequest(7L, 201)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("properties"));
        assertThat(reset.calls).isEmpty();
    }

    @Test
    void theSettingBindsAndIsCheckedAtStartup() {
        // when
        SandboxProperties bound = bind(Map.of("opscore.sandbox.properties", "20"));
        SandboxProperties absent = bind(Map.of());
        // then
        assertThat(bound.properties()).isEqualTo(20);
        assertThat(absent.properties()).isNull();
        assertThat(absent.seed()).isEqualTo(7);
        assertThatThrownBy(() -> bind(Map.of("opscore.sandbox.properties", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("opscore.sandbox.properties");
    }

    private static SandboxProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("opscore.sandbox", SandboxProperties.class);
    }

    /** Records what it was asked to build instead of touching a database. */
    private static final class RecordingReset extends SandboxReset {

        final SandboxProperties settings;
        final List<String> calls = new ArrayList<>();

        RecordingReset(SandboxProperties settings) {
            super(null, null, null, null, settings, null);
            this.settings = settings;
        }

        @Override
        public WorldState reset(long seed, Integer propertyCount) {
            calls.add(seed + "/" + propertyCount);
            return new WorldState(seed, 1, START, START);
        }
    }
}
