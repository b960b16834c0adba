package dev.opscore.tools.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the e-mail address, phone or card number and whatever text surrounds it, it is masked; dates survive. */
class TextMasksProperties {

    @Property
    void emailsAreMasked(@ForAll("emails") String email, @ForAll("words") String before, @ForAll("words") String after) {
        String masked = TextMasks.mask(before + " " + email + " " + after);
        assertThat(masked).doesNotContain(email).contains(TextMasks.EMAIL);
    }

    @Property
    void phonesAreMasked(@ForAll("phones") String phone, @ForAll("words") String before) {
        String masked = TextMasks.mask(before + " call " + phone + ", thanks");
        assertThat(masked).doesNotContain(phone).contains(TextMasks.PHONE);
    }

    @Property
    void cardsAreMasked(@ForAll("cards") String card, @ForAll("words") String before) {
        String masked = TextMasks.mask(before + " card " + card + ".");
        assertThat(masked).doesNotContain(card).containsAnyOf(TextMasks.CARD, TextMasks.PHONE);
        assertThat(digitsOf(masked)).doesNotContain(digitsOf(card));
    }

    @Property
    void isoDatesAndTimesSurvive(@ForAll("days") LocalDate day, @ForAll("words") String text) {
        Instant at = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(37_815);
        String sentence = text + " due " + day + " at " + at;
        assertThat(TextMasks.mask(sentence)).isEqualTo(sentence);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(12).list().ofMaxSize(4)
                .map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._+-")
                .ofMinLength(1).ofMaxLength(20).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        Arbitrary<String> domain = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> tld = Arbitraries.of("com", "org", "de", "co.uk", "example");
        return Combinators.combine(local, domain, tld).as((l, d, t) -> l + "@" + d + "." + t);
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> area = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<String> exchange = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<String> line = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<Integer> format = Arbitraries.integers().between(0, 5);
        return Combinators.combine(area, exchange, line, format).as(TextMasksProperties::phone);
    }

    @Provide
    Arbitrary<String> cards() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(13).ofMaxLength(19);
        Arbitrary<String> separator = Arbitraries.of("", " ", "-");
        return Combinators.combine(digits, separator).as(TextMasksProperties::grouped);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 20_000).map(offset -> LocalDate.of(2000, 1, 1).plusDays(offset));
    }

    private static String phone(String area, String exchange, String line, int format) {
        switch (format) {
            case 0: return "+1 (" + area + ") " + exchange + "-" + line;
            case 1: return area + "-" + exchange + "-" + line;
            case 2: return area + "." + exchange + "." + line;
            case 3: return "(" + area + ") " + exchange + " " + line;
            case 4: return "+44 " + area + " " + exchange + line;
            default: return area + exchange + line;
        }
    }

    private static String grouped(String digits, String separator) {
        return digits.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining())
                .replaceAll("(\\d{4})(?=\\d)", "$1" + separator);
    }

    private static String digitsOf(String text) {
        return text.replaceAll("\\D", "");
    }
}
