package dev.opscore.ops.sandbox.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request body, field by field, and throws one 400 naming them all
 * (the first in {@code field}). Fields are named as in the JSON body.
 */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        }
        return this;
    }

    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
        return this;
    }

    public Validation notBlankIfPresent(String field, String value) {
        if (value != null && value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank"));
        }
        return this;
    }

    public Validation nonNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            problems.add(new FieldProblem(field, "must not be negative (was " + amount.toPlainString() + ")"));
        }
        return this;
    }

    /** A non-negative amount with at most two decimals and ten integer digits, as the PMS stores money. */
    public Validation money(String field, BigDecimal amount) {
        nonNegative(field, amount);
        if (amount != null && amount.signum() >= 0) {
            check(amount.stripTrailingZeros().scale() <= 2, field, "has more than two decimals");
            check(amount.precision() - amount.scale() <= 10, field, "is too large");
        }
        return this;
    }

    public Validation httpUrls(String field, List<String> urls) {
        if (urls == null) {
            return this;
        }
        for (int i = 0; i < urls.size(); i++) {
            if (!isHttpUrl(urls.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "is not an http(s) URL"));
            }
        }
        return this;
    }

    public Validation check(boolean valid, String field, String detail) {
        if (!valid) {
            problems.add(new FieldProblem(field, detail));
        }
        return this;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static boolean isHttpUrl(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
