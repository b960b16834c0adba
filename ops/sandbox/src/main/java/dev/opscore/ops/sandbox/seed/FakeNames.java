package dev.opscore.ops.sandbox.seed;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up people and phone numbers: fictional ranges only (US 555-01xx, UK 020 7946 0xxx) and
 * e-mail addresses at reserved example domains, so no seeded value reaches a real person.
 */
final class FakeNames {

    private static final List<String> FIRST = List.of("Maria", "James", "Aisha", "Chen", "Sofia", "Daniel", "Priya",
            "Lucas", "Fatima", "Noah", "Elena", "Omar", "Grace", "Mateo", "Hannah", "Kwame", "Yuki", "Liam", "Amara",
            "Ethan", "Zara", "Diego", "Chloe", "Ravi", "Isabel", "Tomasz", "Leila", "Samuel", "Nadia", "Oscar");
    private static final List<String> LAST = List.of("Lopez", "Smith", "Okafor", "Wang", "Rossi", "Cohen", "Patel",
            "Silva", "Haddad", "Johnson", "Petrova", "Nasser", "Kim", "Garcia", "Muller", "Mensah", "Tanaka", "Murphy",
            "Adeyemi", "Brown", "Khan", "Torres", "Dubois", "Sharma", "Costa", "Nowak", "Rahimi", "Walker", "Ivanova",
            "Lindqvist");

    private FakeNames() {
    }

    static String first(Random random) {
        return FIRST.get(random.nextInt(FIRST.size()));
    }

    static String last(Random random) {
        return LAST.get(random.nextInt(LAST.size()));
    }

    static String phone(Random random, boolean uk) {
        return uk ? String.format(Locale.ROOT, "+44 20 7946 0%03d", random.nextInt(1000))
                : String.format(Locale.ROOT, "+1 555-01%02d", random.nextInt(100));
    }

    /** {@code first.last.tag@example.com}: unique per person through {@code tag}. */
    static String email(String first, String last, String tag) {
        return (first + "." + last + "." + tag).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "") + "@example.com";
    }
}
