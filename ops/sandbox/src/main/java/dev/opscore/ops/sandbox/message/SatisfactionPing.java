package dev.opscore.ops.sandbox.message;

import java.util.regex.Pattern;

/** An OUTBOUND message whose body contains the word "rate" or "satisfied" asks the tenant for a 1–5 score. */
final class SatisfactionPing {

    private static final Pattern ASKS_RATING = Pattern.compile("\\b(rate|satisfied)\\b", Pattern.CASE_INSENSITIVE);

    private SatisfactionPing() {
    }

    static boolean asksForRating(String body) {
        return body != null && ASKS_RATING.matcher(body).find();
    }
}
