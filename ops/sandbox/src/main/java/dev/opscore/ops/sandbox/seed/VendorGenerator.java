package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.policy.Category;
import dev.opscore.tools.pms.vendor.Vendor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * 18–22 vendors, at least two per trade, each covering about 60% of the properties. Every trade is
 * covered at every property by an active vendor except two deliberate gaps, so that the agent
 * meets "nobody covers this": no PEST vendor at the last property, no LOCKS_DOORS vendor at the
 * first. At least one vendor is inactive.
 */
final class VendorGenerator {

    static final Category[] TRADES = Category.values();
    static final Map<Category, Integer> BASE_RATE = new EnumMap<>(Map.of(Category.PLUMBING, 95,
            Category.HVAC, 110, Category.ELECTRICAL, 105, Category.APPLIANCE, 85, Category.PEST, 70,
            Category.LOCKS_DOORS, 75, Category.GENERAL, 60));
    static final Map<Category, String> TRADE_NAME = new EnumMap<>(Map.of(Category.PLUMBING, "Plumbing",
            Category.HVAC, "Heating & Air", Category.ELECTRICAL, "Electric", Category.APPLIANCE, "Appliance Repair",
            Category.PEST, "Pest Control", Category.LOCKS_DOORS, "Lock & Door", Category.GENERAL, "Handyman"));
    static final List<String> SUFFIX = List.of("Co.", "& Sons", "Services", "Pros", "LLC", "Group");
    static final int[] CALLOUT_FEES = {0, 49, 75, 95, 125};

    private VendorGenerator() {
    }

    record Vendors(List<Vendor> vendors, List<VendorBehaviour> behaviours) {
    }

    static Vendors generate(Random random, List<String> propertyIds) {
        int count = 18 + random.nextInt(5);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(draft(random, i, propertyIds));
        }
        if (drafts.stream().allMatch(d -> d.active)) {
            drafts.get(drafts.size() - 1).active = false;
        }
        openGaps(drafts, propertyIds);
        closeOtherGaps(drafts, propertyIds);
        List<Vendor> vendors = new ArrayList<>();
        List<VendorBehaviour> behaviours = new ArrayList<>();
        for (Draft d : drafts) {
            vendors.add(d.vendor(propertyIds));
            behaviours.add(behaviour(random, d.id));
        }
        return new Vendors(vendors, behaviours);
    }

    static boolean isGap(Category trade, String propertyId, List<String> propertyIds) {
        return trade == Category.PEST && propertyId.equals(propertyIds.get(propertyIds.size() - 1))
                || trade == Category.LOCKS_DOORS && propertyId.equals(propertyIds.get(0));
    }

    private static Draft draft(Random random, int index, List<String> propertyIds) {
        Draft d = new Draft();
        Category primary = TRADES[index % TRADES.length];
        d.id = String.format(Locale.ROOT, "ven-%02d", index + 1);
        d.trades.add(primary);
        if (random.nextDouble() < 0.25) {
            d.trades.add(TRADES[random.nextInt(TRADES.length)]);
        }
        for (String propertyId : propertyIds) {
            if (random.nextDouble() < 0.6) {
                d.propertyIds.add(propertyId);
            }
        }
        String owner = FakeNames.last(random);
        d.name = owner + " " + TRADE_NAME.get(primary) + " " + SUFFIX.get(random.nextInt(SUFFIX.size()));
        d.hourlyRate = BigDecimal.valueOf(Math.round(BASE_RATE.get(primary) * (0.8 + 0.5 * random.nextDouble())))
                .setScale(2, RoundingMode.UNNECESSARY);
        d.calloutFee = BigDecimal.valueOf(CALLOUT_FEES[random.nextInt(CALLOUT_FEES.length)]).setScale(2,
                RoundingMode.UNNECESSARY);
        d.maxOpen = 2 + random.nextInt(7);
        d.rating = round(3.2 + 1.7 * random.nextDouble(), 1);
        d.onTimeRate = round(0.70 + 0.29 * random.nextDouble(), 2);
        d.phone = FakeNames.phone(random, false);
        d.email = "dispatch@" + d.id + "." + owner.toLowerCase(Locale.ROOT) + ".example";
        d.active = random.nextDouble() > 0.07;
        return d;
    }

    private static void openGaps(List<Draft> drafts, List<String> propertyIds) {
        for (Draft d : drafts) {
            d.propertyIds.removeIf(propertyId -> d.trades.stream().anyMatch(t -> isGap(t, propertyId, propertyIds)));
        }
    }

    private static void closeOtherGaps(List<Draft> drafts, List<String> propertyIds) {
        for (Category trade : TRADES) {
            for (String propertyId : propertyIds) {
                boolean covered = drafts.stream().anyMatch(d -> d.active && d.trades.contains(trade)
                        && d.propertyIds.contains(propertyId));
                if (!covered && !isGap(trade, propertyId, propertyIds)) {
                    drafts.stream().filter(d -> d.active && d.trades.contains(trade)
                                    && d.trades.stream().noneMatch(t -> isGap(t, propertyId, propertyIds)))
                            .findFirst().ifPresent(d -> d.propertyIds.add(propertyId));
                }
            }
        }
    }

    private static VendorBehaviour behaviour(Random random, String vendorId) {
        double accept = round(0.55 + 0.40 * random.nextDouble(), 2);
        double ignore = Math.min(round(0.02 + 0.13 * random.nextDouble(), 2), round(1 - accept, 2));
        return new VendorBehaviour(vendorId, accept, ignore, 10 + random.nextInt(230),
                round(0.12 * random.nextDouble(), 2), 45 + random.nextInt(196), round(0.05 + 0.30 * random.nextDouble(), 2));
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** A vendor being made up (here and by {@link RegionalVendorGenerator}). */
    static final class Draft {
        String id;
        String name;
        final Set<Category> trades = new LinkedHashSet<>();
        final Set<String> propertyIds = new LinkedHashSet<>();
        BigDecimal hourlyRate;
        BigDecimal calloutFee;
        int maxOpen;
        double rating;
        double onTimeRate;
        String phone;
        String email;
        boolean active;

        /** The finished vendor; its properties in portfolio order. */
        Vendor vendor(List<String> portfolioOrder) {
            return new Vendor(id, name, List.copyOf(trades), portfolioOrder.stream().filter(propertyIds::contains)
                    .toList(), hourlyRate, calloutFee, maxOpen, 0, rating, onTimeRate, phone, email, active);
        }
    }
}
