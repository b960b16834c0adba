package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.application.ApplicationRows;
import dev.opscore.ops.sandbox.compliance.ComplianceRows;
import dev.opscore.ops.sandbox.inspection.InspectionRows;
import dev.opscore.ops.sandbox.lease.LeaseRows;
import dev.opscore.ops.sandbox.pm.PmScheduleRows;
import dev.opscore.ops.sandbox.store.SandboxJson;
import dev.opscore.ops.sandbox.vendor.VendorRows;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import dev.opscore.tools.pms.vendor.Vendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores a {@link Portfolio} in the (empty) sandbox schema, inside the caller's transaction. */
@Component
@ConditionalOnSandbox
class PortfolioWriter {

    private final JdbcClient jdbc;
    private final SandboxJson json;
    private final VendorRows vendors;
    private final LeaseRows leases;
    private final PmScheduleRows pmSchedules;
    private final ComplianceRows compliance;
    private final ApplicationRows applications;
    private final InspectionRows inspections;

    PortfolioWriter(JdbcClient jdbc, SandboxJson json, VendorRows vendors, LeaseRows leases, PmScheduleRows pmSchedules,
                    ComplianceRows compliance, ApplicationRows applications, InspectionRows inspections) {
        this.jdbc = jdbc;
        this.json = json;
        this.vendors = vendors;
        this.leases = leases;
        this.pmSchedules = pmSchedules;
        this.compliance = compliance;
        this.applications = applications;
        this.inspections = inspections;
    }

    void write(Portfolio portfolio) {
        portfolio.properties().forEach(this::property);
        portfolio.units().forEach(this::unit);
        portfolio.tenants().forEach(this::tenant);
        portfolio.leases().forEach(leases::insert);
        portfolio.vendors().forEach(this::vendor);
        portfolio.behaviours().forEach(vendors::saveBehaviour);
        portfolio.pmSchedules().forEach(pmSchedules::insert);
        portfolio.complianceItems().forEach(compliance::insert);
        portfolio.applications().forEach(applications::insert);
        long seq = 0;
        for (Inspection inspection : portfolio.inspections()) {
            inspections.insert(inspection, ++seq);
        }
        jdbc.sql("INSERT INTO sandbox.id_counter (kind, last_value) VALUES ('insp', :last)").param("last", seq).update();
    }

    private void property(Property p) {
        jdbc.sql("INSERT INTO sandbox.property (id, portfolio_id, name, address, timezone, emergency_instructions)"
                        + " VALUES (:id, :portfolioId, :name, :address, :timezone, :emergency)")
                .param("id", p.id()).param("portfolioId", p.portfolioId()).param("name", p.name())
                .param("address", p.address()).param("timezone", p.timezone())
                .param("emergency", p.emergencyInstructions())
                .update();
    }

    private void unit(Unit u) {
        jdbc.sql("INSERT INTO sandbox.unit (id, property_id, number, floor) VALUES (:id, :propertyId, :number, :floor)")
                .param("id", u.id()).param("propertyId", u.propertyId()).param("number", u.number())
                .param("floor", u.floor())
                .update();
    }

    private void tenant(Tenant t) {
        jdbc.sql("INSERT INTO sandbox.tenant (id, property_id, unit_id, name, phone, email, preferred_language)"
                        + " VALUES (:id, :propertyId, :unitId, :name, :phone, :email, :language)")
                .param("id", t.id()).param("propertyId", t.propertyId()).param("unitId", t.unitId())
                .param("name", t.name()).param("phone", t.phone()).param("email", t.email())
                .param("language", t.preferredLanguage())
                .update();
    }

    private void vendor(Vendor v) {
        jdbc.sql("INSERT INTO sandbox.vendor (id, name, trades, property_ids, hourly_rate, callout_fee,"
                        + " max_open_work_orders, rating, on_time_rate, phone, email, active) VALUES (:id, :name,"
                        + " CAST(:trades AS jsonb), CAST(:propertyIds AS jsonb), :hourlyRate, :calloutFee, :maxOpen, :rating,"
                        + " :onTimeRate, :phone, :email, :active)")
                .param("id", v.id()).param("name", v.name()).param("trades", json.write(v.trades()))
                .param("propertyIds", json.write(v.propertyIds())).param("hourlyRate", v.hourlyRate())
                .param("calloutFee", v.calloutFee()).param("maxOpen", v.maxOpenWorkOrders()).param("rating", v.rating())
                .param("onTimeRate", v.onTimeRate()).param("phone", v.phone()).param("email", v.email())
                .param("active", v.active())
                .update();
    }
}
