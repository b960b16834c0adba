package dev.opscore.tools.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data found by its shape inside any text: e-mail addresses, IBANs, card numbers
 * (13–19 digits, spaces or dashes allowed) and phone numbers (10 or more digits with the usual
 * separators, or a 7-digit local {@code 555-1234}). It errs on the side of masking: a long digit
 * run in free text is masked even if it was not a phone number. ISO dates and times survive.
 */
public final class TextMasks {

    public static final String EMAIL = "[email]";
    public static final String IBAN = "[iban]";
    public static final String CARD = "[card]";
    public static final String PHONE = "[phone]";

    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern IBAN_PATTERN =
            Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])");
    private static final Pattern CARD_PATTERN = Pattern.compile("(?<![\\w-])\\d(?:[ -]?\\d){12,18}(?![\\w-])");
    private static final Pattern PHONE_PATTERN =
            Pattern.compile("(?<![\\w+])(?:\\+?\\(?\\d[\\d ().-]{5,}\\d|\\d{3}[-.]\\d{4})(?![\\w-])");
    private static final int PHONE_MIN_DIGITS = 10;
    private static final int LOCAL_PHONE_DIGITS = 7;

    private TextMasks() {
    }

    /** The text with every e-mail address, IBAN, card and phone number replaced by a marker. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = maskEmails(text);
        masked = IBAN_PATTERN.matcher(masked).replaceAll(IBAN);
        masked = CARD_PATTERN.matcher(masked).replaceAll(CARD);
        return maskPhones(masked);
    }

    /** Only e-mail addresses: for identifiers, which keep their digits. */
    public static String maskEmails(String text) {
        return text == null ? null : EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
    }

    private static String maskPhones(String text) {
        Matcher matcher = PHONE_PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String candidate = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(looksLikePhone(candidate) ? PHONE : candidate));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean looksLikePhone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        return digits >= PHONE_MIN_DIGITS || (digits == LOCAL_PHONE_DIGITS && candidate.matches("\\d{3}[-.]\\d{4}"));
    }
}
