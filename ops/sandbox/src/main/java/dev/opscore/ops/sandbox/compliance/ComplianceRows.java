package dev.opscore.ops.sandbox.compliance;

import static dev.opscore.ops.sandbox.store.SqlValues.date;
import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.localDate;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.compliance_item}. */
@Repository
@ConditionalOnSandbox
public class ComplianceRows {

    private static final String FILTER = " WHERE (CAST(:propertyId AS text) IS NULL OR property_id = :propertyId)"
            + " AND (CAST(:dueBefore AS date) IS NULL OR due_date <= :dueBefore)"
            + " AND (CAST(:status AS text) IS NULL OR status = :status)";

    private final JdbcClient jdbc;

    public ComplianceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<ComplianceItem> list(String propertyId, LocalDate dueBefore, ComplianceItem.ComplianceStatus status,
                              Paging paging) {
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM sandbox.compliance_item" + FILTER).param("propertyId", propertyId)
                .param("dueBefore", date(dueBefore)).param("status", statusName).query(Long.class).single();
        List<ComplianceItem> items = jdbc.sql("SELECT * FROM sandbox.compliance_item" + FILTER
                        + " ORDER BY due_date, id LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("dueBefore", date(dueBefore)).param("status", statusName)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(ComplianceRows::item).list();
        return paging.of(items, total);
    }

    Optional<ComplianceItem> find(String id) {
        return jdbc.sql("SELECT * FROM sandbox.compliance_item WHERE id = :id").param("id", id)
                .query(ComplianceRows::item).optional();
    }

    Optional<ComplianceItem> lock(String id) {
        return jdbc.sql("SELECT * FROM sandbox.compliance_item WHERE id = :id FOR UPDATE").param("id", id)
                .query(ComplianceRows::item).optional();
    }

    public void insert(ComplianceItem item) {
        jdbc.sql("INSERT INTO sandbox.compliance_item (id, property_id, type, description, due_date, status,"
                        + " work_order_id, completed_at) VALUES (:id, :propertyId, :type, :description, :dueDate, :status,"
                        + " :workOrderId, :completedAt)")
                .param("id", item.id()).param("propertyId", item.propertyId()).param("type", item.type())
                .param("description", item.description()).param("dueDate", date(item.dueDate()))
                .param("status", item.status().name()).param("workOrderId", item.workOrderId())
                .param("completedAt", timestamp(item.completedAt()))
                .update();
    }

    void update(ComplianceItem item) {
        jdbc.sql("UPDATE sandbox.compliance_item SET status = :status, work_order_id = :workOrderId,"
                        + " completed_at = :completedAt WHERE id = :id")
                .param("id", item.id()).param("status", item.status().name()).param("workOrderId", item.workOrderId())
                .param("completedAt", timestamp(item.completedAt()))
                .update();
    }

    private static ComplianceItem item(ResultSet rs, int n) throws SQLException {
        return new ComplianceItem(rs.getString("id"), rs.getString("property_id"), rs.getString("type"),
                rs.getString("description"), localDate(rs, "due_date"),
                ComplianceItem.ComplianceStatus.valueOf(rs.getString("status")), rs.getString("work_order_id"),
                instant(rs, "completed_at"));
    }
}
