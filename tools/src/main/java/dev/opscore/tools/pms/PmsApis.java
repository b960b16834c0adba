package dev.opscore.tools.pms;

import dev.opscore.tools.pms.application.ApplicationsApi;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.inspection.InspectionsApi;
import dev.opscore.tools.pms.lease.LeasesApi;
import dev.opscore.tools.pms.message.MessagesApi;
import dev.opscore.tools.pms.notification.NotificationsApi;
import dev.opscore.tools.pms.pm.PmSchedulesApi;
import dev.opscore.tools.pms.property.PropertiesApi;
import dev.opscore.tools.pms.vendor.VendorsApi;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import java.util.Objects;

/** The whole contract, one implementation per resource family (normally the Feign clients of {@code pms.client}). */
public record PmsApis(PropertiesApi properties, WorkOrdersApi workOrders, MessagesApi messages, VendorsApi vendors,
                      ComplianceApi compliance, PmSchedulesApi pmSchedules, InspectionsApi inspections,
                      LeasesApi leases, ApplicationsApi applications, NotificationsApi notifications) {

    public PmsApis {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(workOrders, "workOrders");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(vendors, "vendors");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(pmSchedules, "pmSchedules");
        Objects.requireNonNull(inspections, "inspections");
        Objects.requireNonNull(leases, "leases");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(notifications, "notifications");
    }
}
