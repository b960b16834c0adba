package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.SandboxProperties;
import dev.opscore.tools.pms.application.RentalApplication;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.lease.Lease;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Builds the demo portfolio from a seed: 3–4 properties in different zones, 10–30 units each, about
 * nine in ten occupied by one or two tenants on an active lease, a few rental applications and
 * inspections, then vendors ({@link VendorGenerator}) and PM and compliance due dates around today
 * ({@link DueDateGenerator}). Pure: one {@code Random(seed)} drawn in a fixed order, ids derived from
 * positions ({@code prop-1}, {@code unit-1-04}, {@code ten-1-04-2}, {@code lease-1-04} …).
 *
 * <p>With a property count, the same per building, over {@link ScaledBuildings} (every {@link Metro}
 * in turn) and with city-local vendors ({@link RegionalVendorGenerator}). Without one it draws exactly
 * what it always drew: the default demo world, which the tests and the walkthroughs know by heart.
 */
final class PortfolioGenerator {

    private static final double OCCUPANCY = 0.9;
    private static final double SECOND_TENANT = 0.35;

    private PortfolioGenerator() {
    }

    /** The default demo portfolio: three or four buildings (New York, Chicago, Los Angeles, London). */
    static Portfolio generate(long seed, Instant start) {
        Random random = new Random(seed);
        int propertyCount = 3 + random.nextInt(2);
        return build(random, PropertyTemplate.ALL.subList(0, propertyCount), start,
                properties -> VendorGenerator.generate(random, properties.stream().map(Property::id).toList()));
    }

    /** A portfolio of {@code propertyCount} buildings (1..200: {@link SandboxProperties#validPropertyCount}). */
    static Portfolio generate(long seed, Instant start, int propertyCount) {
        if (!SandboxProperties.validPropertyCount(propertyCount)) {
            throw new IllegalArgumentException("property count " + propertyCount + " is outside "
                    + SandboxProperties.MIN_PROPERTIES + ".." + SandboxProperties.MAX_PROPERTIES);
        }
        Random random = new Random(seed);
        List<PropertyTemplate> buildings = ScaledBuildings.make(random, propertyCount);
        return build(random, buildings, start, properties -> RegionalVendorGenerator.generate(random, properties));
    }

    private static Portfolio build(Random random, List<PropertyTemplate> buildings, Instant start,
                                   Function<List<Property>, VendorGenerator.Vendors> vendorsFor) {
        List<Property> properties = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        List<Tenant> tenants = new ArrayList<>();
        List<Lease> leases = new ArrayList<>();
        List<RentalApplication> applications = new ArrayList<>();
        List<Inspection> inspections = new ArrayList<>();
        for (int p = 1; p <= buildings.size(); p++) {
            PropertyTemplate template = buildings.get(p - 1);
            String propertyId = "prop-" + p;
            LocalDate today = start.atZone(ZoneId.of(template.timezone())).toLocalDate();
            int unitCount = 10 + random.nextInt(21);
            int perFloor = 4 + random.nextInt(3);
            List<Unit> own = new ArrayList<>();
            for (int u = 1; u <= unitCount; u++) {
                String unitId = String.format(Locale.ROOT, "unit-%d-%02d", p, u);
                int floor = (u - 1) / perFloor + 1;
                List<String> occupants = new ArrayList<>();
                if (random.nextDouble() < OCCUPANCY) {
                    int count = random.nextDouble() < SECOND_TENANT ? 2 : 1;
                    for (int t = 1; t <= count; t++) {
                        Tenant tenant = tenant(random, template, propertyId, unitId, unitId.replace("unit-", "ten-") + "-" + t);
                        tenants.add(tenant);
                        occupants.add(tenant.id());
                    }
                    leases.add(lease(random, template, propertyId, unitId, occupants, today));
                }
                own.add(new Unit(unitId, propertyId, String.valueOf(floor * 100 + (u - 1) % perFloor + 1), floor,
                        List.copyOf(occupants)));
            }
            units.addAll(own);
            properties.add(new Property(propertyId, template.portfolioId(), template.name(), template.address(),
                    template.timezone(), template.emergencyInstructions(), unitCount));
            applications.addAll(applications(random, template, propertyId, own, start));
            inspections.addAll(inspections(random, template, propertyId, own, today, inspections.size()));
        }
        VendorGenerator.Vendors vendors = vendorsFor.apply(properties);
        DueDateGenerator.DueItems due = DueDateGenerator.generate(random, properties, start);
        return new Portfolio(properties, units, tenants, leases, vendors.vendors(), vendors.behaviours(),
                due.pmSchedules(), due.complianceItems(), applications, inspections);
    }

    private static Tenant tenant(Random random, PropertyTemplate template, String propertyId, String unitId,
                                 String tenantId) {
        String first = FakeNames.first(random);
        String last = FakeNames.last(random);
        String language = !template.uk() && random.nextDouble() < 0.15 ? "es" : "en";
        return new Tenant(tenantId, propertyId, unitId, first + " " + last, FakeNames.phone(random, template.uk()),
                FakeNames.email(first, last, tenantId.substring("ten-".length())), language);
    }

    private static Lease lease(Random random, PropertyTemplate template, String propertyId, String unitId,
                               List<String> tenantIds, LocalDate today) {
        LocalDate startDate = today.minusDays(30 + random.nextInt(600));
        while (startDate.plusYears(1).isBefore(today)) {
            startDate = startDate.plusYears(1);
        }
        LocalDate endDate = startDate.plusYears(1).minusDays(1);
        boolean renewalDue = endDate.isBefore(today.plusDays(60)) && random.nextBoolean();
        BigDecimal rent = template.baseRent().multiply(BigDecimal.valueOf(0.75 + 0.5 * random.nextDouble()))
                .divide(BigDecimal.valueOf(25), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(25))
                .setScale(2, RoundingMode.UNNECESSARY);
        return new Lease(unitId.replace("unit-", "lease-"), propertyId, unitId, List.copyOf(tenantIds), startDate,
                endDate, rent, renewalDue ? Lease.LeaseStatus.RENEWAL_OFFERED : Lease.LeaseStatus.ACTIVE);
    }

    private static List<RentalApplication> applications(Random random, PropertyTemplate template, String propertyId,
                                                        List<Unit> units, Instant start) {
        List<Unit> vacant = units.stream().filter(u -> u.tenantIds().isEmpty()).toList();
        List<Unit> pool = vacant.isEmpty() ? units : vacant;
        RentalApplication.ApplicationStatus[] statuses = RentalApplication.ApplicationStatus.values();
        List<RentalApplication> result = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int a = 1; a <= count; a++) {
            String id = String.format(Locale.ROOT, "app-%s-%02d", propertyId.substring("prop-".length()), a);
            String first = FakeNames.first(random);
            String last = FakeNames.last(random);
            Unit unit = pool.get(random.nextInt(pool.size()));
            result.add(new RentalApplication(id, propertyId, unit.id(), first + " " + last,
                    FakeNames.email(first, last, id.substring("app-".length())), FakeNames.phone(random, template.uk()),
                    statuses[random.nextInt(4)], start.minus(Duration.ofHours(1 + random.nextInt(240)))));
        }
        return result;
    }

    private static List<Inspection> inspections(Random random, PropertyTemplate template, String propertyId,
                                                List<Unit> units, LocalDate today, int before) {
        ZoneId zone = ZoneId.of(template.timezone());
        Unit unit = units.get(random.nextInt(units.size()));
        Instant routine = today.plusDays(2 + random.nextInt(12)).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        Instant moveOut = today.minusDays(5 + random.nextInt(25)).atTime(LocalTime.of(14, 0)).atZone(zone).toInstant();
        return List.of(
                new Inspection("insp-" + (before + 1), propertyId, null, Inspection.InspectionType.ROUTINE, routine,
                        Inspection.InspectionStatus.SCHEDULED, null, null),
                new Inspection("insp-" + (before + 2), propertyId, unit.id(), Inspection.InspectionType.MOVE_OUT, moveOut,
                        Inspection.InspectionStatus.COMPLETED, "Scuffed walls in the bedroom; carpet needs cleaning;"
                        + " smoke detector tested OK.", moveOut.plus(Duration.ofHours(1))));
    }
}
