package dev.opscore.ops.simulator.metrics;

/** A message as the report may quote it: e-mail addresses and phone numbers masked, at most 80 characters. */
public final class Excerpt {

    static final int MAX = 80;

    private Excerpt() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String masked = text.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "[email]")
                .replaceAll("(?<![\\w-])\\+?\\(?\\d[\\d ().-]{6,}\\d(?![\\w-])", "[phone]")
                .replaceAll("\\s+", " ").trim();
        return masked.length() <= MAX ? masked : masked.substring(0, MAX - 1) + "…";
    }
}
