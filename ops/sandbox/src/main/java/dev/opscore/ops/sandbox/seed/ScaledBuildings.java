package dev.opscore.ops.sandbox.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The buildings of a portfolio of a chosen size: one per {@link Metro} in turn, each with a made-up
 * name and a street address in its city, grouped into a few portfolios ({@code pf-1} …, at most
 * five) in contiguous runs, so that every portfolio spans several zones.
 */
final class ScaledBuildings {

    static final int MAX_PORTFOLIOS = 5;
    static final int PROPERTIES_PER_PORTFOLIO = 5;
    private static final int NAME_ATTEMPTS = 8;

    private static final List<String> FIRST = List.of("Maple", "Cedar", "Harbor", "Willow", "Granite", "Juniper",
            "Aspen", "Linden", "Riverside", "Hawthorne", "Summit", "Beacon", "Orchard", "Foxglove", "Canyon",
            "Birch", "Magnolia", "Prospect", "Heron", "Sterling");
    private static final List<String> SECOND = List.of("Court", "Commons", "Terrace", "House", "Lofts", "Gardens",
            "Place", "Row", "Heights", "Yards", "Flats", "Residences");
    private static final List<String> LONDON_DISTRICTS = List.of("N7", "E8", "SW2", "W14", "NW1", "SE15", "E2",
            "N16");

    private ScaledBuildings() {
    }

    static List<PropertyTemplate> make(Random random, int count) {
        int portfolios = Math.min(MAX_PORTFOLIOS, Math.max(1, (count + PROPERTIES_PER_PORTFOLIO - 1) / PROPERTIES_PER_PORTFOLIO));
        Set<String> names = new HashSet<>();
        List<PropertyTemplate> buildings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Metro metro = Metro.forBuilding(i);
            String portfolioId = "pf-" + (1 + i * portfolios / count);
            buildings.add(new PropertyTemplate(name(random, names), address(random, metro), metro.timezone(),
                    portfolioId, metro.uk(), metro.baseRent(),
                    metro.uk() ? PropertyTemplate.UK_EMERGENCY : PropertyTemplate.US_EMERGENCY));
        }
        return buildings;
    }

    /** Unique within the portfolio: a few draws among 240 combinations, then a numeral (200 buildings fit). */
    private static String name(Random random, Set<String> taken) {
        String name = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS && (name == null || taken.contains(name)); attempt++) {
            name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()));
        }
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }

    private static String address(Random random, Metro metro) {
        int number = 10 + random.nextInt(2990);
        String street = metro.streets().get(random.nextInt(metro.streets().size()));
        if (metro.uk()) {
            String district = LONDON_DISTRICTS.get(random.nextInt(LONDON_DISTRICTS.size()));
            return String.format(Locale.ROOT, "%d %s, London %s %d%c%c", number % 300 + 1, street, district,
                    1 + random.nextInt(9), (char) ('A' + random.nextInt(26)), (char) ('A' + random.nextInt(26)));
        }
        return String.format(Locale.ROOT, "%d %s, %s %s%02d", number, street, metro.city(), metro.zipPrefix(),
                random.nextInt(100));
    }
}
