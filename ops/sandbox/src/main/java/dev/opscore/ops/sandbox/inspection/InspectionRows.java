package dev.opscore.ops.sandbox.inspection;

import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.inspection.Inspection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.inspection}. */
@Repository
@ConditionalOnSandbox
public class InspectionRows {

    private static final String FILTER = " WHERE (CAST(:propertyId AS text) IS NULL OR property_id = :propertyId)"
            + " AND (CAST(:status AS text) IS NULL OR status = :status)";

    private final JdbcClient jdbc;

    public InspectionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Inspection> list(String propertyId, Inspection.InspectionStatus status, Paging paging) {
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM sandbox.inspection" + FILTER).param("propertyId", propertyId)
                .param("status", statusName).query(Long.class).single();
        List<Inspection> items = jdbc.sql("SELECT * FROM sandbox.inspection" + FILTER
                        + " ORDER BY seq LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("status", statusName)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(InspectionRows::inspection).list();
        return paging.of(items, total);
    }

    Optional<Inspection> find(String id) {
        return jdbc.sql("SELECT * FROM sandbox.inspection WHERE id = :id").param("id", id)
                .query(InspectionRows::inspection).optional();
    }

    Optional<Inspection> lock(String id) {
        return jdbc.sql("SELECT * FROM sandbox.inspection WHERE id = :id FOR UPDATE").param("id", id)
                .query(InspectionRows::inspection).optional();
    }

    public void insert(Inspection i, long seq) {
        jdbc.sql("INSERT INTO sandbox.inspection (id, seq, property_id, unit_id, type, scheduled_for, status, findings,"
                        + " completed_at) VALUES (:id, :seq, :propertyId, :unitId, :type, :scheduledFor, :status, :findings,"
                        + " :completedAt)")
                .param("id", i.id()).param("seq", seq).param("propertyId", i.propertyId()).param("unitId", i.unitId())
                .param("type", i.type().name()).param("scheduledFor", timestamp(i.scheduledFor()))
                .param("status", i.status().name()).param("findings", i.findings())
                .param("completedAt", timestamp(i.completedAt()))
                .update();
    }

    void complete(Inspection i) {
        jdbc.sql("UPDATE sandbox.inspection SET status = :status, findings = :findings, completed_at = :completedAt"
                        + " WHERE id = :id")
                .param("id", i.id()).param("status", i.status().name()).param("findings", i.findings())
                .param("completedAt", timestamp(i.completedAt()))
                .update();
    }

    private static Inspection inspection(ResultSet rs, int n) throws SQLException {
        return new Inspection(rs.getString("id"), rs.getString("property_id"), rs.getString("unit_id"),
                Inspection.InspectionType.valueOf(rs.getString("type")), instant(rs, "scheduled_for"),
                Inspection.InspectionStatus.valueOf(rs.getString("status")), rs.getString("findings"),
                instant(rs, "completed_at"));
    }
}
