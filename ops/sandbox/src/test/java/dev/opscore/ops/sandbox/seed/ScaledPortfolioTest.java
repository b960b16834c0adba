package dev.opscore.ops.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.policy.Category;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.vendor.Vendor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A portfolio of a chosen size: spread over the zones, vendors scaled with it, a few gaps on purpose. */
class ScaledPortfolioTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    /** SHA-256 of the seed-7 demo portfolio's {@code toString()} as it was before sizes existed. */
    private static final String DEMO_SEVEN = "7593765568e37ea5eae56e4a556938baac72359069005ff49bcf855a9c59dbe2";

    @Test
    void withoutACountTheDemoPortfolioIsDrawnExactlyAsBefore() throws Exception {
        // when
        Portfolio demo = PortfolioGenerator.generate(7, START);
        // then
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(demo.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo(DEMO_SEVEN);
    }

    @Test
    void twentyPropertiesSpreadOverAtLeastFiveZones() {
        // when
        Portfolio p = PortfolioGenerator.generate(7, START, 20);
        // then
        assertThat(p.properties()).extracting(Property::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).mapToObj(i -> "prop-" + i).toList());
        assertThat(p.properties()).extracting(Property::timezone).contains("America/New_York", "America/Chicago",
                "America/Denver", "America/Los_Angeles", "Europe/London");
        assertThat(p.properties().stream().map(Property::timezone).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(p.properties()).extracting(Property::portfolioId).containsOnly("pf-1", "pf-2", "pf-3", "pf-4");
        assertThat(p.properties()).extracting(Property::name).doesNotHaveDuplicates();
        assertThat(p.properties()).allSatisfy(property -> {
            assertThat(property.unitCount()).isBetween(10, 30);
            assertThat(property.emergencyInstructions()).isNotBlank();
        });
    }

    @Test
    void unitsTenantsLeasesAndDueDatesAsForTheDemoPortfolio() {
        // when
        Portfolio p = PortfolioGenerator.generate(7, START, 20);
        // then
        assertThat(p.units()).hasSize(p.properties().stream().mapToInt(Property::unitCount).sum());
        assertThat(p.leases()).hasSize((int) p.units().stream().filter(u -> !u.tenantIds().isEmpty()).count());
        assertThat(p.tenants()).hasSizeGreaterThan(p.units().size() / 2);
        assertThat(p.inspections()).hasSize(2 * 20);
        Map<String, Long> pmPerProperty = p.pmSchedules().stream()
                .collect(Collectors.groupingBy(s -> s.propertyId(), Collectors.counting()));
        Map<String, Long> compliancePerProperty = p.complianceItems().stream()
                .collect(Collectors.groupingBy(c -> c.propertyId(), Collectors.counting()));
        assertThat(pmPerProperty).hasSize(20).allSatisfy((id, n) -> assertThat(n).isBetween(4L, 6L));
        assertThat(compliancePerProperty).hasSize(20).allSatisfy((id, n) -> assertThat(n).isBetween(3L, 5L));
        Set<String> london = p.properties().stream().filter(x -> x.timezone().equals("Europe/London"))
                .map(Property::id).collect(Collectors.toSet());
        assertThat(p.complianceItems()).filteredOn(c -> london.contains(c.propertyId()))
                .isNotEmpty().noneMatch(c -> c.type().equals("ELEVATOR_CERTIFICATE"));
    }

    @Test
    void everyPropertyHasVendorsForMostTradesAndAFewTradesAreMissingOnPurpose() {
        // given
        Portfolio p = PortfolioGenerator.generate(7, START, 20);
        // when
        Map<String, Long> coveredTrades = p.properties().stream().collect(Collectors.toMap(Property::id,
                property -> Arrays.stream(Category.values())
                        .filter(trade -> covered(p.vendors(), trade, property.id())).count()));
        // then
        assertThat(coveredTrades).allSatisfy((id, n) -> assertThat(n).as(id).isGreaterThanOrEqualTo(6L));
        long gaps = coveredTrades.values().stream().filter(n -> n < Category.values().length).count();
        assertThat(gaps).as("properties missing a trade").isBetween(2L, 5L);
    }

    @Test
    void vendorsScaleWithThePortfolioAndWorkLocally() {
        // given
        Portfolio twenty = PortfolioGenerator.generate(7, START, 20);
        Portfolio forty = PortfolioGenerator.generate(7, START, 40);
        Map<String, String> zones = twenty.properties().stream()
                .collect(Collectors.toMap(Property::id, Property::timezone));
        // then
        assertThat(twenty.vendors()).hasSizeGreaterThan(22).extracting(Vendor::id).doesNotHaveDuplicates();
        assertThat(forty.vendors().size()).isGreaterThan(twenty.vendors().size());
        assertThat(twenty.vendors()).anyMatch(v -> !v.active());
        assertThat(twenty.behaviours()).extracting(VendorBehaviour::vendorId)
                .containsExactlyElementsOf(twenty.vendors().stream().map(Vendor::id).toList());
        long local = twenty.vendors().stream()
                .filter(v -> v.propertyIds().stream().map(zones::get).distinct().count() <= 1).count();
        assertThat(local).isGreaterThanOrEqualTo(twenty.vendors().size() * 9L / 10);
    }

    @Test
    void vendorsAreHeterogeneousInReliabilityAndPrice() {
        // given
        Portfolio p = PortfolioGenerator.generate(7, START, 20);
        // then
        assertThat(p.behaviours()).anyMatch(b -> b.acceptProbability() >= 0.85)
                .anyMatch(b -> b.acceptProbability() < 0.55)
                .anyMatch(b -> b.ignoreProbability() >= 0.15)
                .anyMatch(b -> b.responseDelayMinutes() >= 240);
        var plumbingRates = p.vendors().stream().filter(v -> v.trades().get(0) == Category.PLUMBING)
                .map(v -> v.hourlyRate().doubleValue()).toList();
        assertThat(plumbingRates.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .isGreaterThan(1.3 * plumbingRates.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    }

    @Test
    void theSameSeedAndSizeMakeTheSamePortfolioAndAnythingElseAnother() {
        // when
        Portfolio first = PortfolioGenerator.generate(7, START, 20);
        Portfolio again = PortfolioGenerator.generate(7, START, 20);
        // then
        assertThat(again).isEqualTo(first);
        assertThat(PortfolioGenerator.generate(8, START, 20)).isNotEqualTo(first);
        assertThat(PortfolioGenerator.generate(7, START, 21)).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 200})
    void everySizeInRangeMakesThatManyProperties(int size) {
        // when
        Portfolio p = PortfolioGenerator.generate(42, START, size);
        // then
        assertThat(p.properties()).hasSize(size);
        assertThat(p.vendors()).isNotEmpty();
        Map<String, Property> byId = p.properties().stream()
                .collect(Collectors.toMap(Property::id, Function.identity()));
        assertThat(p.vendors()).allSatisfy(v -> assertThat(byId.keySet()).containsAll(v.propertyIds()));
        long uncovered = p.properties().stream().filter(property -> Arrays.stream(Category.values())
                .anyMatch(trade -> !covered(p.vendors(), trade, property.id()))).count();
        assertThat(uncovered).isBetween(1L, Math.max(1L, size / 4L));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201})
    void aSizeOutsideOneToTwoHundredIsRefused(int size) {
        assertThatIllegalArgumentException().isThrownBy(() -> PortfolioGenerator.generate(7, START, size));
    }

    private static boolean covered(List<Vendor> vendors, Category trade, String propertyId) {
        return vendors.stream().anyMatch(v -> v.active() && v.trades().contains(trade)
                && v.propertyIds().contains(propertyId));
    }
}
