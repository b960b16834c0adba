package dev.opscore.tools.pms.fake;

import dev.opscore.policy.Category;
import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.application.RentalApplication;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.notification.Notification;
import dev.opscore.tools.pms.workorder.Bid;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.lease.Lease;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import dev.opscore.tools.pms.vendor.Vendor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small in-memory PMS with the semantics {@code PmsContractSuite} documents, seeded with a demo
 * portfolio. It proves the suite itself (and shows the sandbox what the suite expects); it is not
 * a sandbox: no HTTP, no database, no simulated world.
 */
public final class InMemoryPms {

    final PmsStore store = new PmsStore(Clock.systemUTC());
    final Map<String, Property> properties = new LinkedHashMap<>();
    final Map<String, Unit> units = new LinkedHashMap<>();
    final Map<String, Tenant> tenants = new LinkedHashMap<>();
    final Map<String, Vendor> vendors = new LinkedHashMap<>();
    final Map<String, Lease> leases = new LinkedHashMap<>();
    final Map<String, RentalApplication> applications = new LinkedHashMap<>();
    final Map<String, ComplianceItem> compliance = new LinkedHashMap<>();
    final Map<String, PmSchedule> pmSchedules = new LinkedHashMap<>();
    final Map<String, WorkOrder> workOrders = new LinkedHashMap<>();
    final Map<String, Bid> bids = new LinkedHashMap<>();
    final Map<String, MessageThread> threads = new LinkedHashMap<>();
    final Map<String, Message> messages = new LinkedHashMap<>();
    final Map<String, Notification> notifications = new LinkedHashMap<>();
    final Map<String, Inspection> inspections = new LinkedHashMap<>();

    public InMemoryPms() {
        property("p-1", "Maple Court", "America/New_York");
        property("p-2", "Harbor View", "America/Los_Angeles");
        for (Category trade : Category.values()) {
            vendor("v-" + trade.name().toLowerCase() + "-1", trade, List.of("p-1", "p-2"));
            vendor("v-" + trade.name().toLowerCase() + "-2", trade, List.of("p-1"));
        }
        LocalDate today = LocalDate.of(2026, 1, 14);
        for (int i = 0; i < 5; i++) {
            String id = "c-" + i;
            compliance.put(id, new ComplianceItem(id, i % 2 == 0 ? "p-1" : "p-2", "FIRE_EXTINGUISHER",
                    "Annual extinguisher service", today.plusDays(10L * i), ComplianceItem.ComplianceStatus.OPEN,
                    null, null));
            String pm = "pm-" + i;
            pmSchedules.put(pm, new PmSchedule(pm, "p-1", null, Category.HVAC, "Replace filters", 30 * (i + 1),
                    today.plusDays(i), null, true));
        }
        for (RentalApplication.ApplicationStatus status : RentalApplication.ApplicationStatus.values()) {
            String id = "a-" + status.ordinal();
            applications.put(id, new RentalApplication(id, "p-2", "u-p-2-3", "Applicant " + id, id + "@example.com",
                    "+1 555 010 000" + status.ordinal(), status, Instant.parse("2026-01-02T10:00:00Z")));
        }
    }

    /** Implementations of every contract interface over this state. */
    public PmsApis apis() {
        return new PmsApis(new FakeReadOnly.Properties(this), new FakeWorkOrders(this), new FakeMessages(this),
                new FakeReadOnly.Vendors(this), new FakeTasks.Compliance(this), new FakeTasks.PmSchedules(this),
                new FakeTasks.Inspections(this), new FakeReadOnly.Leases(this), new FakeReadOnly.Applications(this),
                new FakeMessages.Notifications(this));
    }

    private void property(String id, String name, String zone) {
        properties.put(id, new Property(id, "portfolio-1", name, "1 Main St", zone, "Call 911, then the office", 3));
        for (int n = 1; n <= 3; n++) {
            String unitId = "u-" + id + "-" + n;
            List<String> occupants = new ArrayList<>();
            if (n < 3) {
                String tenantId = "t-" + id + "-" + n;
                tenants.put(tenantId, new Tenant(tenantId, id, unitId, "Tenant " + tenantId, "+1 555 0100",
                        tenantId + "@example.com", "en"));
                occupants.add(tenantId);
                String leaseId = "l-" + unitId;
                leases.put(leaseId, new Lease(leaseId, id, unitId, List.copyOf(occupants), LocalDate.of(2025, 6, 1),
                        LocalDate.of(2026, 5, 31), new BigDecimal("1850.00"), Lease.LeaseStatus.ACTIVE));
            }
            units.put(unitId, new Unit(unitId, id, String.valueOf(100 + n), 1, List.copyOf(occupants)));
        }
    }

    private void vendor(String id, Category trade, List<String> propertyIds) {
        vendors.put(id, new Vendor(id, "Vendor " + id, List.of(trade), propertyIds, new BigDecimal("85.00"),
                new BigDecimal("60.00"), 10, 0, 4.5, 0.9, "+1 555 0199", id + "@example.com", true));
    }
}
