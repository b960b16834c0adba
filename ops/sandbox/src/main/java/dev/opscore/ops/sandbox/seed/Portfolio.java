package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.tools.pms.application.RentalApplication;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.lease.Lease;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import dev.opscore.tools.pms.vendor.Vendor;
import java.util.List;

/** A whole demo portfolio as values, in the contract's own records: what one seed makes. */
record Portfolio(List<Property> properties, List<Unit> units, List<Tenant> tenants, List<Lease> leases,
                 List<Vendor> vendors, List<VendorBehaviour> behaviours, List<PmSchedule> pmSchedules,
                 List<ComplianceItem> complianceItems, List<RentalApplication> applications,
                 List<Inspection> inspections) {
}
