package dev.opscore.ops.sandbox.lease;

import static dev.opscore.ops.sandbox.store.SqlValues.date;
import static dev.opscore.ops.sandbox.store.SqlValues.localDate;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.store.SandboxJson;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.lease.Lease;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.lease}. */
@Repository
@ConditionalOnSandbox
public class LeaseRows {

    private static final String SELECT = "SELECT l.*, l.tenant_ids::text AS tenant_ids_json FROM sandbox.lease l";
    private static final String FILTER = " WHERE (CAST(:propertyId AS text) IS NULL OR property_id = :propertyId)"
            + " AND (CAST(:unitId AS text) IS NULL OR unit_id = :unitId)"
            + " AND (CAST(:status AS text) IS NULL OR status = :status)";

    private final JdbcClient jdbc;
    private final SandboxJson json;

    public LeaseRows(JdbcClient jdbc, SandboxJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Page<Lease> list(String propertyId, String unitId, Lease.LeaseStatus status, Paging paging) {
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM sandbox.lease" + FILTER).param("propertyId", propertyId)
                .param("unitId", unitId).param("status", statusName).query(Long.class).single();
        List<Lease> items = jdbc.sql(SELECT + FILTER + " ORDER BY id LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("unitId", unitId).param("status", statusName)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(this::lease).list();
        return paging.of(items, total);
    }

    Optional<Lease> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::lease).optional();
    }

    public void insert(Lease lease) {
        jdbc.sql("INSERT INTO sandbox.lease (id, property_id, unit_id, tenant_ids, start_date, end_date, monthly_rent,"
                        + " status) VALUES (:id, :propertyId, :unitId, CAST(:tenantIds AS jsonb), :start, :end, :rent, :status)")
                .param("id", lease.id()).param("propertyId", lease.propertyId()).param("unitId", lease.unitId())
                .param("tenantIds", json.write(lease.tenantIds())).param("start", date(lease.startDate()))
                .param("end", date(lease.endDate())).param("rent", lease.monthlyRent())
                .param("status", lease.status().name())
                .update();
    }

    private Lease lease(ResultSet rs, int n) throws SQLException {
        return new Lease(rs.getString("id"), rs.getString("property_id"), rs.getString("unit_id"),
                json.strings(rs.getString("tenant_ids_json")), localDate(rs, "start_date"), localDate(rs, "end_date"),
                rs.getBigDecimal("monthly_rent"), Lease.LeaseStatus.valueOf(rs.getString("status")));
    }
}
