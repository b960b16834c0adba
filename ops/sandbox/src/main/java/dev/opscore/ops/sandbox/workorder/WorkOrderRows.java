package dev.opscore.ops.sandbox.workorder;

import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.store.SandboxJson;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.work_order}. */
@Repository
@ConditionalOnSandbox
public class WorkOrderRows {

    private static final String SELECT = "SELECT w.*, w.photo_urls::text AS photo_urls_json, w.notes::text AS notes_json"
            + " FROM sandbox.work_order w";
    private static final String FILTER = " WHERE (CAST(:propertyId AS text) IS NULL OR w.property_id = :propertyId)"
            + " AND (CAST(:unitId AS text) IS NULL OR w.unit_id = :unitId)"
            + " AND (CAST(:status AS text) IS NULL OR w.status = :status)";

    private final JdbcClient jdbc;
    private final SandboxJson json;

    public WorkOrderRows(JdbcClient jdbc, SandboxJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<WorkOrderRecord> find(String id) {
        return jdbc.sql(SELECT + " WHERE w.id = :id").param("id", id).query(this::record).optional();
    }

    /** The row, locked until the caller's transaction ends. */
    public Optional<WorkOrderRecord> lock(String id) {
        return jdbc.sql(SELECT + " WHERE w.id = :id FOR UPDATE").param("id", id).query(this::record).optional();
    }

    public boolean exists(String id) {
        return id != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM sandbox.work_order WHERE id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    public Page<WorkOrder> list(String propertyId, String unitId, WorkOrderStatus status, Paging paging) {
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM sandbox.work_order w" + FILTER).param("propertyId", propertyId)
                .param("unitId", unitId).param("status", statusName).query(Long.class).single();
        List<WorkOrder> items = jdbc.sql(SELECT + FILTER + " ORDER BY w.seq LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("unitId", unitId).param("status", statusName)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(this::record).list().stream().map(WorkOrderRecord::order).toList();
        return paging.of(items, total);
    }

    /** Every work order in {@code status}, oldest first: what the world looks at. */
    public List<WorkOrderRecord> inStatus(WorkOrderStatus status) {
        return jdbc.sql(SELECT + " WHERE w.status = :status ORDER BY w.seq").param("status", status.name())
                .query(this::record).list();
    }

    void insert(WorkOrderRecord r) {
        jdbc.sql("INSERT INTO sandbox.work_order (id, seq, property_id, unit_id, tenant_id, category, priority, status,"
                        + " title, description, vendor_id, estimated_cost, not_to_exceed, actual_cost, photo_urls, notes,"
                        + " scheduled_for, completed_at, created_at, updated_at, status_changes, dispatch_count,"
                        + " dispatched_at, started_at) VALUES (:id, :seq, :propertyId, :unitId, :tenantId, :category,"
                        + " :priority, :status, :title, :description, :vendorId, :estimatedCost, :notToExceed, :actualCost,"
                        + " CAST(:photoUrls AS jsonb), CAST(:notes AS jsonb), :scheduledFor, :completedAt, :createdAt,"
                        + " :updatedAt, :statusChanges, :dispatchCount, :dispatchedAt, :startedAt)")
                .params(params(r)).update();
    }

    void update(WorkOrderRecord r) {
        jdbc.sql("UPDATE sandbox.work_order SET unit_id = :unitId, tenant_id = :tenantId, category = :category,"
                        + " priority = :priority, status = :status, title = :title, description = :description,"
                        + " vendor_id = :vendorId, estimated_cost = :estimatedCost, not_to_exceed = :notToExceed,"
                        + " actual_cost = :actualCost, photo_urls = CAST(:photoUrls AS jsonb), notes = CAST(:notes AS jsonb),"
                        + " scheduled_for = :scheduledFor, completed_at = :completedAt, updated_at = :updatedAt,"
                        + " status_changes = :statusChanges, dispatch_count = :dispatchCount,"
                        + " dispatched_at = :dispatchedAt, started_at = :startedAt WHERE id = :id")
                .params(params(r)).update();
    }

    private Map<String, Object> params(WorkOrderRecord r) {
        WorkOrder o = r.order();
        Map<String, Object> params = new HashMap<>();
        params.put("id", o.id());
        params.put("seq", r.seq());
        params.put("propertyId", o.propertyId());
        params.put("unitId", o.unitId());
        params.put("tenantId", o.tenantId());
        params.put("category", o.category().name());
        params.put("priority", o.priority().name());
        params.put("status", o.status().name());
        params.put("title", o.title());
        params.put("description", o.description());
        params.put("vendorId", o.vendorId());
        params.put("estimatedCost", o.estimatedCost());
        params.put("notToExceed", o.notToExceed());
        params.put("actualCost", o.actualCost());
        params.put("photoUrls", json.write(o.photoUrls()));
        params.put("notes", json.write(o.notes()));
        params.put("scheduledFor", timestamp(o.scheduledFor()));
        params.put("completedAt", timestamp(o.completedAt()));
        params.put("createdAt", timestamp(o.createdAt()));
        params.put("updatedAt", timestamp(o.updatedAt()));
        params.put("statusChanges", r.statusChanges());
        params.put("dispatchCount", r.dispatchCount());
        params.put("dispatchedAt", timestamp(r.dispatchedAt()));
        params.put("startedAt", timestamp(r.startedAt()));
        return params;
    }

    private WorkOrderRecord record(ResultSet rs, int n) throws SQLException {
        WorkOrder order = new WorkOrder(rs.getString("id"), rs.getString("property_id"), rs.getString("unit_id"),
                rs.getString("tenant_id"), Category.valueOf(rs.getString("category")),
                Priority.valueOf(rs.getString("priority")), WorkOrderStatus.valueOf(rs.getString("status")),
                rs.getString("title"), rs.getString("description"), rs.getString("vendor_id"),
                rs.getBigDecimal("estimated_cost"), rs.getBigDecimal("not_to_exceed"), rs.getBigDecimal("actual_cost"),
                json.strings(rs.getString("photo_urls_json")), json.list(rs.getString("notes_json"), WorkOrder.Note.class),
                instant(rs, "scheduled_for"), instant(rs, "completed_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
        return new WorkOrderRecord(order, rs.getLong("seq"), rs.getInt("status_changes"), rs.getInt("dispatch_count"),
                instant(rs, "dispatched_at"), instant(rs, "started_at"));
    }
}
