package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.policy.Category;
import dev.opscore.tools.pms.property.Property;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Vendors for a portfolio of a chosen size. Vendors are local, as in life: each works in one city
 * (the properties sharing a zone) and covers about three in four of its buildings. Every city gets
 * {@code 2 + buildings/5} vendors per trade, some with a second trade, each with a {@link VendorProfile}
 * and a price tier. About one property in six misses one trade on purpose (the agent must meet
 * "nobody covers this"); every other trade is covered at every property by an active vendor, and at
 * least one vendor is inactive.
 */
final class RegionalVendorGenerator {

    record Gap(Category trade, String propertyId) {
    }

    private enum PriceTier {
        BUDGET(0.75, 0.15), STANDARD(0.90, 0.25), PREMIUM(1.20, 0.30);

        private final double low;
        private final double width;

        PriceTier(double low, double width) {
            this.low = low;
            this.width = width;
        }

        double factor(Random random) {
            return low + width * random.nextDouble();
        }
    }

    private static final double COVERAGE = 0.75;
    private static final double SECOND_TRADE = 0.25;
    private static final double INACTIVE = 0.07;
    private static final int PROPERTIES_PER_GAP = 6;

    private RegionalVendorGenerator() {
    }

    static VendorGenerator.Vendors generate(Random random, List<Property> properties) {
        List<String> order = properties.stream().map(Property::id).toList();
        Map<String, List<String>> cities = new LinkedHashMap<>();
        properties.forEach(p -> cities.computeIfAbsent(p.timezone(), zone -> new ArrayList<>()).add(p.id()));
        List<VendorGenerator.Draft> drafts = new ArrayList<>();
        List<VendorBehaviour> behaviours = new ArrayList<>();
        Map<String, String> homeZones = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> city : cities.entrySet()) {
            for (Category trade : VendorGenerator.TRADES) {
                int count = 2 + city.getValue().size() / 5;
                for (int i = 0; i < count; i++) {
                    String id = String.format(Locale.ROOT, "ven-%02d", drafts.size() + 1);
                    VendorProfile profile = VendorProfile.draw(random);
                    drafts.add(draft(random, id, trade, profile, city.getKey(), city.getValue()));
                    behaviours.add(profile.behaviour(random, id));
                    homeZones.put(id, city.getKey());
                }
            }
        }
        if (drafts.stream().allMatch(d -> d.active)) {
            drafts.get(drafts.size() - 1).active = false;
        }
        Set<Gap> gaps = gaps(random, order);
        drafts.forEach(d -> d.propertyIds.removeIf(p -> d.trades.stream().anyMatch(t -> gaps.contains(new Gap(t, p)))));
        closeOtherGaps(drafts, properties, gaps, homeZones);
        return new VendorGenerator.Vendors(drafts.stream().map(d -> d.vendor(order)).toList(), behaviours);
    }

    private static VendorGenerator.Draft draft(Random random, String id, Category trade, VendorProfile profile,
                                               String zone, List<String> city) {
        VendorGenerator.Draft d = new VendorGenerator.Draft();
        d.id = id;
        d.trades.add(trade);
        if (random.nextDouble() < SECOND_TRADE) {
            d.trades.add(VendorGenerator.TRADES[random.nextInt(VendorGenerator.TRADES.length)]);
        }
        for (String propertyId : city) {
            if (random.nextDouble() < COVERAGE) {
                d.propertyIds.add(propertyId);
            }
        }
        if (d.propertyIds.isEmpty()) {
            d.propertyIds.add(city.get(random.nextInt(city.size())));
        }
        String owner = FakeNames.last(random);
        d.name = owner + " " + VendorGenerator.TRADE_NAME.get(trade) + " "
                + VendorGenerator.SUFFIX.get(random.nextInt(VendorGenerator.SUFFIX.size()));
        PriceTier tier = PriceTier.values()[random.nextInt(PriceTier.values().length)];
        d.hourlyRate = BigDecimal.valueOf(Math.round(VendorGenerator.BASE_RATE.get(trade) * tier.factor(random)))
                .setScale(2, RoundingMode.UNNECESSARY);
        d.calloutFee = BigDecimal.valueOf(VendorGenerator.CALLOUT_FEES[random.nextInt(
                VendorGenerator.CALLOUT_FEES.length)]).setScale(2, RoundingMode.UNNECESSARY);
        d.maxOpen = 2 + random.nextInt(7);
        d.rating = profile.rating(random);
        d.onTimeRate = profile.onTimeRate(random);
        d.phone = FakeNames.phone(random, zone.startsWith("Europe/"));
        d.email = "dispatch@" + id + "." + owner.toLowerCase(Locale.ROOT) + ".example";
        d.active = random.nextDouble() >= INACTIVE;
        return d;
    }

    /** One missing trade at about one property in six (at least one), never two at the same property. */
    private static Set<Gap> gaps(Random random, List<String> propertyIds) {
        List<String> shuffled = new ArrayList<>(propertyIds);
        Collections.shuffle(shuffled, random);
        int count = Math.max(1, Math.round(propertyIds.size() / (float) PROPERTIES_PER_GAP));
        Set<Gap> gaps = new LinkedHashSet<>();
        for (String propertyId : shuffled.subList(0, count)) {
            gaps.add(new Gap(VendorGenerator.TRADES[random.nextInt(VendorGenerator.TRADES.length)], propertyId));
        }
        return gaps;
    }

    /**
     * Opening the gaps took multi-trade vendors off those properties, and a city's draw may have left a
     * pair uncovered: give every pair but the gaps an active vendor, a local one when there is one.
     */
    private static void closeOtherGaps(List<VendorGenerator.Draft> drafts, List<Property> properties, Set<Gap> gaps,
                                       Map<String, String> homeZones) {
        for (Category trade : VendorGenerator.TRADES) {
            for (Property property : properties) {
                String propertyId = property.id();
                if (gaps.contains(new Gap(trade, propertyId)) || covered(drafts, trade, propertyId)) {
                    continue;
                }
                drafts.stream()
                        .filter(d -> d.active && d.trades.contains(trade)
                                && d.trades.stream().noneMatch(t -> gaps.contains(new Gap(t, propertyId))))
                        .min(Comparator.comparing((VendorGenerator.Draft d) -> !homeZones.get(d.id)
                                .equals(property.timezone())))
                        .ifPresent(d -> d.propertyIds.add(propertyId));
            }
        }
    }

    private static boolean covered(List<VendorGenerator.Draft> drafts, Category trade, String propertyId) {
        return drafts.stream().anyMatch(d -> d.active && d.trades.contains(trade) && d.propertyIds.contains(propertyId));
    }
}
