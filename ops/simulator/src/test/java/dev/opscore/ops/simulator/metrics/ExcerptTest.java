package dev.opscore.ops.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void masksContactsAndCutsAtEightyCharacters() {
        String excerpt = Excerpt.of("Call me on (555) 010-2233 or mail jo.doe@example.com\nabout the leak under the kitchen"
                + " sink which is getting worse every single day");
        assertThat(excerpt).startsWith("Call me on [phone] or mail [email] about the leak").hasSize(80).endsWith("…")
                .doesNotContain("555", "example.com");
    }
}
