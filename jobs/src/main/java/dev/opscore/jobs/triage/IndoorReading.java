package dev.opscore.jobs.triage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temperature the tenant reads out in a message about heat, as a band the model can learn from:
 * to words, "61" and "48" are unrelated tokens, while triage.md parts URGENT (the heat is weak) from
 * EMERGENCY (no heat in the cold) by how cold the home is. Set points of 68 and up say nothing.
 */
final class IndoorReading {

    enum Band { COLD, COOL }

    private static final Pattern ABOUT_HEAT = Pattern.compile(
            "\\b(?:heat\\w*|heater|furnace|boiler|radiators?|thermostat|cold|freezing|calefaccion|calentador|calefactor|termostato|frio|helando|radiador\\w*)\\b");
    // a reading, not a unit number or a time: "it's 61", "stuck at 63", "58 degrees", "48 inside"
    private static final Pattern FAHRENHEIT = Pattern.compile(
            "(?:\\b(?:is|its|at|to|around|about|above|past|only|barely|reads|says|shows|like|hits|under|below)\\s([3-9]\\d)\\b(?!\\s(?:am|pm|minutes|mins|hours|grados|percent|dollars|days))"
                    + "|\\b([3-9]\\d)\\s(?:degrees|deg|f|inside|indoors|in\\shere)\\b)");
    private static final Pattern CELSIUS = Pattern.compile("\\b(\\d{1,2})\\s(?:grados|degrees\\sc|c)\\b");

    private IndoorReading() {}

    /** The coldest band read in {@code words} (as {@link LexicalFeatures#words} gives them), if the message is about heat. */
    static Optional<Band> of(List<String> words) {
        String joined = String.join(" ", words);
        if (!ABOUT_HEAT.matcher(joined).find()) {
            return Optional.empty();
        }
        Band coldest = null;
        Matcher celsius = CELSIUS.matcher(joined);
        while (celsius.find()) {
            coldest = colder(coldest, band(Integer.parseInt(celsius.group(1)), 13, 19));
        }
        Matcher fahrenheit = FAHRENHEIT.matcher(joined);
        while (fahrenheit.find()) {
            String degrees = fahrenheit.group(1) != null ? fahrenheit.group(1) : fahrenheit.group(2);
            coldest = colder(coldest, band(Integer.parseInt(degrees), 56, 67));
        }
        return Optional.ofNullable(coldest);
    }

    private static Band band(int degrees, int coldUpTo, int coolUpTo) {
        return degrees <= coldUpTo ? Band.COLD : degrees <= coolUpTo ? Band.COOL : null;
    }

    private static Band colder(Band a, Band b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }
}
