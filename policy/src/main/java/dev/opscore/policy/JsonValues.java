package dev.opscore.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Strict conversions of untyped JSON values (Jackson-style) to typed values, naming the path on failure. */
final class JsonValues {

    private static final Pattern HOURS_MINUTES = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private JsonValues() {
    }

    static PolicyValidationException invalid(String path, String problem) {
        return new PolicyValidationException(path, problem);
    }

    static PolicyValidationException wrongType(String path, String expected, Object actual) {
        return invalid(path, "must be " + expected + ", not " + JsonPath.describe(actual));
    }

    static String string(Object value, String path) {
        if (value instanceof String text) {
            return text;
        }
        throw wrongType(path, "a string", value);
    }

    static boolean bool(Object value, String path) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw wrongType(path, "true or false", value);
    }

    static BigDecimal decimal(Object value, String path) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            return finiteDecimal(((Number) value).doubleValue(), path);
        }
        throw wrongType(path, "a number", value);
    }

    static BigDecimal nonNegativeDecimal(Object value, String path) {
        BigDecimal decimal = decimal(value, path);
        if (decimal.signum() < 0) {
            throw invalid(path, "must not be negative (got " + decimal.toPlainString() + ")");
        }
        return decimal;
    }

    static int nonNegativeInt(Object value, String path) {
        BigDecimal decimal = nonNegativeDecimal(value, path);
        if (!isWholeNumber(decimal)) {
            throw invalid(path, "must be a whole number (got " + decimal.toPlainString() + ")");
        }
        try {
            return decimal.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw invalid(path, "is too large (got " + decimal.toPlainString() + ")");
        }
    }

    static <E extends Enum<E>> E enumValue(Object value, Class<E> type, String path) {
        String name = string(value, path);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw invalid(path, "is not a known " + type.getSimpleName() + " (got \"" + name + "\")");
    }

    static EscalationChannel channel(Object value, String path) {
        String name = string(value, path);
        for (EscalationChannel channel : EscalationChannel.values()) {
            if (channel.wireName().equals(name)) {
                return channel;
            }
        }
        throw invalid(path, "is not a known channel: use in_app, email or sms (got \"" + name + "\")");
    }

    static LocalTime hoursMinutes(Object value, String path) {
        String text = string(value, path);
        if (!HOURS_MINUTES.matcher(text).matches()) {
            throw invalid(path, "must be a time of day as HH:MM, from 00:00 to 23:59 (got \"" + text + "\")");
        }
        return LocalTime.parse(text);
    }

    static LocalDate isoDate(Object value, String path) {
        String text = string(value, path);
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException malformed) {
            throw invalid(path, "must be an ISO date like 2026-01-31 (got \"" + text + "\")");
        }
    }

    static OffsetDateTime offsetDateTime(Object value, String path) {
        String text = string(value, path);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException malformed) {
            throw invalid(path, "must be an ISO-8601 date-time with an offset, like 2026-01-14T23:10:00-05:00"
                    + " (got \"" + text + "\")");
        }
    }

    static ZoneId zone(Object value, String path) {
        String text = string(value, path);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException unknown) {
            throw invalid(path, "is not a known time zone (got \"" + text + "\")");
        }
    }

    private static BigDecimal finiteDecimal(double value, String path) {
        if (!Double.isFinite(value)) {
            throw invalid(path, "must be a finite number");
        }
        return new BigDecimal(Double.toString(value));
    }

    private static boolean isWholeNumber(BigDecimal decimal) {
        return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    }
}
