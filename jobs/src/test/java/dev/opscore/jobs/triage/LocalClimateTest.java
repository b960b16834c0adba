package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.jobs.triage.LocalClimate.Season;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The season from climate normals where the property is, and the fallback without them. */
class LocalClimateTest {

    private static Season season(String receivedAt, String zone) {
        return LocalClimate.at(OffsetDateTime.parse(receivedAt), zone == null ? null : ZoneId.of(zone))
                .orElseThrow().season();
    }

    @ParameterizedTest(name = "{1} {0} = {2}")
    @CsvSource(textBlock = """
            2026-01-14T23:10:00-05:00, America/New_York,    COLD
            2026-07-14T15:00:00-07:00, America/Phoenix,     HOT
            2026-01-14T12:00:00-08:00, America/Los_Angeles, MILD
            2026-02-03T08:00:00-06:00, America/Chicago,     COLD
            2026-05-10T08:00:00-06:00, America/Denver,      MILD
            2026-01-10T08:00:00Z,      Europe/London,       COLD
            2026-07-10T08:00:00+01:00, Europe/London,       MILD
            2026-10-10T08:00:00-07:00, America/Phoenix,     HOT
            """)
    void theNormalsGiveTheSeasonOfTheLocalMonth(String receivedAt, String zone, Season expected) {
        // when
        Season season = season(receivedAt, zone);
        // then
        assertThat(season).isEqualTo(expected);
    }

    @Test
    void theMonthIsTheOneWhereThePropertyIs() {
        // given: 1 December 03:00 UTC is still 30 November in Los Angeles, already December in London
        String instant = "2026-12-01T03:00:00Z";
        // when
        var london = LocalClimate.at(OffsetDateTime.parse(instant), ZoneId.of("Europe/London")).orElseThrow();
        var denver = LocalClimate.at(OffsetDateTime.parse(instant), ZoneId.of("America/Denver")).orElseThrow();
        // then
        assertThat(london.where()).isEqualTo("Europe/London 2026-12");
        assertThat(denver.where()).isEqualTo("America/Denver 2026-11");
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(textBlock = """
            2026-01-14T10:00:00+09:00, Asia/Tokyo, COLD
            2026-07-14T10:00:00+09:00, Asia/Tokyo, HOT
            2026-04-14T10:00:00+09:00, Asia/Tokyo, MILD
            2026-12-31T23:30:00+00:00,           , COLD
            2026-08-01T00:30:00+00:00,           , HOT
            """)
    void anUnknownZoneFallsBackToTheNorthernCalendar(String receivedAt, String zone, Season expected) {
        // when
        Season season = season(receivedAt, zone);
        // then
        assertThat(season).isEqualTo(expected);
    }

    @Test
    void withoutATimeThereIsNoSeason() {
        // when
        var reading = LocalClimate.at(null, ZoneId.of("America/New_York"));
        // then
        assertThat(reading).isEmpty();
    }
}
