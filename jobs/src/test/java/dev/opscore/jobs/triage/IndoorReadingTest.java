package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndoorReadingTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the heat is weak, it's 62 in the living room           | COOL
            no heat and the bedroom is 49 degrees                  | COLD
            furnace runs but we're stuck at 58                     | COOL
            heater barely works, thermostat set to 72, room at 64  | COOL
            la calefaccion no calienta, estamos a 12 grados        | COLD
            la calefaccion casi no calienta, no pasa de 17 grados  | COOL
            heat is fine, 70 degrees inside                        | NONE
            radiator in unit 45 is noisy                           | NONE
            heat went off at 6 30 am                               | NONE
            the fridge is at 50 degrees                            | NONE
            """)
    void readsTheColdestIndoorBandOfAHeatingMessage(String text, String expected) {
        // when
        Optional<IndoorReading.Band> band = IndoorReading.of(LexicalFeatures.words(text));
        // then
        assertThat(band.map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }
}
