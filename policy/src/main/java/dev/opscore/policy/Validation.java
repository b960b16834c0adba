package dev.opscore.policy;

import java.math.BigDecimal;

/** Checks used by the compact constructors of the public value records, with field names relative to the record. */
final class Validation {

    private Validation() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new PolicyValidationException(field, "is required");
        }
        return value;
    }

    static BigDecimal nonNegative(BigDecimal value, String field) {
        if (required(value, field).signum() < 0) {
            throw new PolicyValidationException(field, "must not be negative (got " + value.toPlainString() + ")");
        }
        return value;
    }

    static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new PolicyValidationException(field, "must not be negative (got " + value + ")");
        }
        return value;
    }

    static void notGreaterThan(BigDecimal value, String field, BigDecimal limit, String limitField) {
        if (value.compareTo(limit) > 0) {
            throw new PolicyValidationException(field, "must not be greater than " + limitField + " ("
                    + value.toPlainString() + " > " + limit.toPlainString() + ")");
        }
    }
}
