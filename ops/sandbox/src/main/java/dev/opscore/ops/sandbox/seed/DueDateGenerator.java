package dev.opscore.ops.sandbox.seed;

import dev.opscore.policy.Category;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.property.Property;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * PM schedules (4–6 per property) and compliance items (3–5 per property) with due dates spread
 * around the property's today: the first of each property is overdue, the second due within 7
 * days, the rest anywhere from 10 days ago to two months ahead.
 */
final class DueDateGenerator {

    private record PmTemplate(Category category, String task, int intervalDays) {
    }

    private record ComplianceTemplate(String type, String description) {
    }

    private static final List<PmTemplate> PM = List.of(
            new PmTemplate(Category.HVAC, "Replace HVAC filters in common areas", 90),
            new PmTemplate(Category.PLUMBING, "Flush and inspect water heaters", 365),
            new PmTemplate(Category.ELECTRICAL, "Test GFCI outlets and emergency lighting", 180),
            new PmTemplate(Category.PEST, "Quarterly pest treatment of common areas", 90),
            new PmTemplate(Category.GENERAL, "Inspect roof, gutters and downspouts", 180),
            new PmTemplate(Category.APPLIANCE, "Clean laundry-room dryer vents", 365),
            new PmTemplate(Category.LOCKS_DOORS, "Check entry door closers and locks", 180));
    private static final List<ComplianceTemplate> US_COMPLIANCE = List.of(
            new ComplianceTemplate("FIRE_EXTINGUISHER_INSPECTION", "Annual fire extinguisher inspection and tagging"),
            new ComplianceTemplate("ELEVATOR_CERTIFICATE", "Elevator inspection certificate renewal"),
            new ComplianceTemplate("BOILER_INSPECTION", "Annual boiler inspection"),
            new ComplianceTemplate("BACKFLOW_TEST", "Backflow prevention device test"),
            new ComplianceTemplate("SMOKE_DETECTOR_TEST", "Smoke and CO detector test in every unit"),
            new ComplianceTemplate("FIRE_ALARM_TEST", "Fire alarm system test"));
    private static final List<ComplianceTemplate> UK_COMPLIANCE = List.of(
            new ComplianceTemplate("GAS_SAFETY_CERTIFICATE", "Annual gas safety check (CP12)"),
            new ComplianceTemplate("EICR", "Electrical installation condition report"),
            new ComplianceTemplate("FIRE_RISK_ASSESSMENT", "Fire risk assessment review"),
            new ComplianceTemplate("LEGIONELLA_RISK_ASSESSMENT", "Legionella risk assessment"),
            new ComplianceTemplate("SMOKE_DETECTOR_TEST", "Smoke and CO alarm test in every flat"));

    private DueDateGenerator() {
    }

    record DueItems(List<PmSchedule> pmSchedules, List<ComplianceItem> complianceItems) {
    }

    static DueItems generate(Random random, List<Property> properties, Instant start) {
        List<PmSchedule> schedules = new ArrayList<>();
        List<ComplianceItem> items = new ArrayList<>();
        for (Property property : properties) {
            LocalDate today = start.atZone(ZoneId.of(property.timezone())).toLocalDate();
            String p = property.id().substring("prop-".length());
            List<PmTemplate> pm = new ArrayList<>(PM);
            Collections.shuffle(pm, random);
            int pmCount = 4 + random.nextInt(3);
            for (int i = 0; i < pmCount; i++) {
                PmTemplate t = pm.get(i);
                LocalDate due = today.plusDays(offset(random, i));
                schedules.add(new PmSchedule(String.format(Locale.ROOT, "pm-%s-%02d", p, i + 1), property.id(), null,
                        t.category(), t.task(), t.intervalDays(), due, due.minusDays(t.intervalDays()), true));
            }
            List<ComplianceTemplate> compliance = new ArrayList<>(
                    property.timezone().startsWith("Europe/") ? UK_COMPLIANCE : US_COMPLIANCE);
            Collections.shuffle(compliance, random);
            int complianceCount = 3 + random.nextInt(3);
            for (int i = 0; i < complianceCount; i++) {
                ComplianceTemplate t = compliance.get(i);
                items.add(new ComplianceItem(String.format(Locale.ROOT, "cmp-%s-%02d", p, i + 1), property.id(),
                        t.type(), t.description(), today.plusDays(offset(random, i)),
                        ComplianceItem.ComplianceStatus.OPEN, null, null));
            }
        }
        return new DueItems(schedules, items);
    }

    /** Days from today: overdue, then within the week, then spread. */
    private static int offset(Random random, int index) {
        if (index == 0) {
            return -(1 + random.nextInt(20));
        }
        if (index == 1) {
            return random.nextInt(7);
        }
        return -10 + random.nextInt(71);
    }
}
