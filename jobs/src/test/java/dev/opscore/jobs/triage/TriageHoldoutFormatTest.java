package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An evaluation file outside the corpus reads with its families, styles and arrival context. */
class TriageHoldoutFormatTest {

    private static Path fixture() throws URISyntaxException {
        return Path.of(TriageHoldoutFormatTest.class.getResource("/triage-holdout/format-sample.jsonl").toURI());
    }

    @Test
    void theFixtureReadsWithEveryOptionalField() throws URISyntaxException {
        // given; when
        List<CorpusExample> examples = TriageCorpus.readFile(fixture());
        // then
        assertThat(examples).hasSize(5);
        CorpusExample first = examples.get(0);
        assertThat(first.source()).isEqualTo("format-sample.jsonl:1");
        assertThat(first.family()).isEqualTo("sample-01");
        assertThat(first.style()).isEqualTo("terse");
        assertThat(first.receivedAt()).isEqualTo(OffsetDateTime.parse("2026-01-17T23:40:00-06:00"));
        assertThat(first.timezone()).isEqualTo("America/Chicago");
        assertThat(first.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(examples.get(1).language()).isEqualTo("es");
        assertThat(examples.get(2).riskFlags()).containsExactly(RiskFlag.FAIR_HOUSING);
        assertThat(examples.get(2).intent()).isEqualTo(Intent.COMPLAINT);
    }

    @Test
    void absentOptionalFieldsReadAsNull() throws URISyntaxException {
        // given; when
        List<CorpusExample> examples = TriageCorpus.readFile(fixture());
        // then
        assertThat(examples.get(3).receivedAt()).isNull();
        assertThat(examples.get(3).timezone()).isNull();
        CorpusExample last = examples.get(4);
        assertThat(last.family()).isNull();
        assertThat(last.style()).isNull();
        assertThat(last.familyOrSource()).isEqualTo("format-sample.jsonl:5");
    }

    @Test
    void anUnknownZoneOrAnArrivalWithoutOffsetIsRejectedWithItsLine() {
        // given
        String badZone = "{\"text\": \"x\", \"intent\": \"FAQ\", \"timezone\": \"Mars/Olympus\"}";
        String noOffset = "{\"text\": \"x\", \"intent\": \"FAQ\", \"receivedAt\": \"2026-01-17T23:40:00\"}";
        // when; then
        assertThatThrownBy(() -> TriageCorpus.parse("h.jsonl:3", badZone)).hasMessageContaining("h.jsonl:3");
        assertThatThrownBy(() -> TriageCorpus.parse("h.jsonl:4", noOffset)).hasMessageContaining("h.jsonl:4");
    }
}
