package dev.opscore.ops.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Category;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.vendor.Vendor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The demo portfolio as values: reproducible, and shaped as the brief asks for every seed. */
class PortfolioGeneratorTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void theSameSeedMakesTheSamePortfolioAndAnotherSeedAnother() {
        // when
        Portfolio first = PortfolioGenerator.generate(7, START);
        Portfolio again = PortfolioGenerator.generate(7, START);
        Portfolio other = PortfolioGenerator.generate(8, START);
        // then
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026, -5})
    void everySeedMakesAPlausiblePortfolio(long seed) {
        // when
        Portfolio p = PortfolioGenerator.generate(seed, START);
        // then
        assertThat(p.properties()).hasSizeBetween(3, 4);
        assertThat(p.properties()).extracting(Property::timezone).doesNotHaveDuplicates();
        assertThat(p.properties()).allSatisfy(property -> {
            assertThat(property.unitCount()).isBetween(10, 30);
            assertThat(property.emergencyInstructions()).isNotBlank();
        });
        assertThat(p.units()).hasSize(p.properties().stream().mapToInt(Property::unitCount).sum());
        assertThat(p.leases()).hasSize((int) p.units().stream().filter(u -> !u.tenantIds().isEmpty()).count());
        assertThat(p.tenants()).allSatisfy(t -> {
            assertThat(t.email()).endsWith("@example.com");
            assertThat(t.phone()).matches("\\+1 555-01\\d\\d|\\+44 20 7946 0\\d{3}");
        });
        assertThat(p.applications()).isNotEmpty();
        assertThat(p.inspections()).hasSize(2 * p.properties().size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void vendorsCoverEveryTradeWithTwoDeliberateGaps(long seed) {
        // given
        Portfolio p = PortfolioGenerator.generate(seed, START);
        var propertyIds = p.properties().stream().map(Property::id).toList();
        // then
        assertThat(p.vendors()).hasSizeBetween(18, 22);
        assertThat(p.vendors()).anyMatch(v -> !v.active());
        assertThat(p.behaviours()).hasSameSizeAs(p.vendors());
        for (Category trade : Category.values()) {
            for (String propertyId : propertyIds) {
                boolean covered = p.vendors().stream().anyMatch(v -> v.active() && v.trades().contains(trade)
                        && v.propertyIds().contains(propertyId));
                boolean gap = VendorGenerator.isGap(trade, propertyId, propertyIds);
                assertThat(covered).as(trade + " at " + propertyId).isEqualTo(!gap);
            }
        }
    }

    @Test
    void dueDatesSpreadAroundTodayWithSomethingOverdueAndSomethingThisWeek() {
        // given
        Portfolio p = PortfolioGenerator.generate(7, START);
        Map<String, Property> properties = p.properties().stream()
                .collect(Collectors.toMap(Property::id, Function.identity()));
        // then
        for (Property property : p.properties()) {
            LocalDate today = START.atZone(ZoneId.of(property.timezone())).toLocalDate();
            var pm = p.pmSchedules().stream().filter(s -> s.propertyId().equals(property.id())).toList();
            var compliance = p.complianceItems().stream().filter(c -> c.propertyId().equals(property.id())).toList();
            assertThat(pm).anyMatch(s -> s.nextDueDate().isBefore(today));
            assertThat(pm).anyMatch(s -> !s.nextDueDate().isBefore(today) && s.nextDueDate().isBefore(today.plusDays(7)));
            assertThat(compliance).anyMatch(c -> c.dueDate().isBefore(today));
            assertThat(compliance).anyMatch(c -> !c.dueDate().isBefore(today) && c.dueDate().isBefore(today.plusDays(7)));
        }
        assertThat(properties).containsKeys("prop-1", "prop-2", "prop-3");
    }

    @Test
    void idsAreDerivedFromPositions() {
        // when
        Portfolio p = PortfolioGenerator.generate(7, START);
        // then
        assertThat(p.properties().get(0).id()).isEqualTo("prop-1");
        assertThat(p.units().get(3).id()).isEqualTo("unit-1-04");
        assertThat(p.vendors()).extracting(Vendor::id).startsWith("ven-01", "ven-02");
        assertThat(p.tenants().get(0).id()).matches("ten-1-\\d\\d-1");
    }
}
