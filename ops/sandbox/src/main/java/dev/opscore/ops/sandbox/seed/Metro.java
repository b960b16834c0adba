package dev.opscore.ops.sandbox.seed;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cities a larger portfolio spreads over, in the order its buildings take them (round robin), so
 * that five properties already span New York, Chicago, Denver, Los Angeles and London. Phoenix is
 * there for its zone: Arizona keeps no daylight saving time, and quiet hours must still be right.
 */
enum Metro {

    NEW_YORK("America/New_York", "New York, NY", "112", new BigDecimal("2800"), false,
            List.of("Maple Street", "Atlantic Avenue", "Bedford Avenue", "Court Street", "Amsterdam Avenue",
                    "Ocean Parkway", "Grand Street", "Riverside Drive")),
    CHICAGO("America/Chicago", "Chicago, IL", "606", new BigDecimal("1900"), false,
            List.of("N Lake Shore Drive", "W Fullerton Avenue", "N Clark Street", "S Halsted Street",
                    "W Armitage Avenue", "N Sheridan Road", "W Division Street")),
    DENVER("America/Denver", "Denver, CO", "802", new BigDecimal("2000"), false,
            List.of("E Colfax Avenue", "S Broadway", "Larimer Street", "W 32nd Avenue", "E 17th Avenue",
                    "Tennyson Street")),
    LOS_ANGELES("America/Los_Angeles", "Los Angeles, CA", "900", new BigDecimal("2600"), false,
            List.of("Sunset Boulevard", "Wilshire Boulevard", "N Vermont Avenue", "Venice Boulevard",
                    "S Figueroa Street", "Melrose Avenue", "Santa Monica Boulevard")),
    LONDON("Europe/London", "London", "", new BigDecimal("2100"), true,
            List.of("Abingdon Road", "Camden Road", "Holloway Road", "Brixton Hill", "Mare Street",
                    "Kingsland Road", "Fulham Palace Road")),
    PHOENIX("America/Phoenix", "Phoenix, AZ", "850", new BigDecimal("1600"), false,
            List.of("N Central Avenue", "E Camelback Road", "W Indian School Road", "E McDowell Road",
                    "N 7th Street"));

    private final String timezone;
    private final String city;
    private final String zipPrefix;
    private final BigDecimal baseRent;
    private final boolean uk;
    private final List<String> streets;

    Metro(String timezone, String city, String zipPrefix, BigDecimal baseRent, boolean uk, List<String> streets) {
        this.timezone = timezone;
        this.city = city;
        this.zipPrefix = zipPrefix;
        this.baseRent = baseRent;
        this.uk = uk;
        this.streets = streets;
    }

    /** The metro of the {@code index}-th building (0-based). */
    static Metro forBuilding(int index) {
        return values()[index % values().length];
    }

    String timezone() {
        return timezone;
    }

    String city() {
        return city;
    }

    String zipPrefix() {
        return zipPrefix;
    }

    BigDecimal baseRent() {
        return baseRent;
    }

    boolean uk() {
        return uk;
    }

    List<String> streets() {
        return streets;
    }
}
