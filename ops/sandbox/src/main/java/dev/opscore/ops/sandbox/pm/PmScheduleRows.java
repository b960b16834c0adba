package dev.opscore.ops.sandbox.pm;

import static dev.opscore.ops.sandbox.store.SqlValues.date;
import static dev.opscore.ops.sandbox.store.SqlValues.localDate;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.policy.Category;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.pm.PmSchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.pm_schedule}. */
@Repository
@ConditionalOnSandbox
public class PmScheduleRows {

    private static final String FILTER = " WHERE (CAST(:propertyId AS text) IS NULL OR property_id = :propertyId)"
            + " AND (CAST(:dueBefore AS date) IS NULL OR next_due_date <= :dueBefore)";

    private final JdbcClient jdbc;

    public PmScheduleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<PmSchedule> list(String propertyId, LocalDate dueBefore, Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sandbox.pm_schedule" + FILTER).param("propertyId", propertyId)
                .param("dueBefore", date(dueBefore)).query(Long.class).single();
        List<PmSchedule> items = jdbc.sql("SELECT * FROM sandbox.pm_schedule" + FILTER
                        + " ORDER BY next_due_date, id LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("dueBefore", date(dueBefore))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(PmScheduleRows::schedule).list();
        return paging.of(items, total);
    }

    Optional<PmSchedule> find(String id) {
        return jdbc.sql("SELECT * FROM sandbox.pm_schedule WHERE id = :id").param("id", id)
                .query(PmScheduleRows::schedule).optional();
    }

    Optional<PmSchedule> lock(String id) {
        return jdbc.sql("SELECT * FROM sandbox.pm_schedule WHERE id = :id FOR UPDATE").param("id", id)
                .query(PmScheduleRows::schedule).optional();
    }

    public void insert(PmSchedule s) {
        jdbc.sql("INSERT INTO sandbox.pm_schedule (id, property_id, unit_id, category, task, interval_days, next_due_date,"
                        + " last_completed_date, active) VALUES (:id, :propertyId, :unitId, :category, :task, :interval,"
                        + " :nextDue, :lastCompleted, :active)")
                .param("id", s.id()).param("propertyId", s.propertyId()).param("unitId", s.unitId())
                .param("category", s.category().name()).param("task", s.task()).param("interval", s.intervalDays())
                .param("nextDue", date(s.nextDueDate())).param("lastCompleted", date(s.lastCompletedDate()))
                .param("active", s.active())
                .update();
    }

    void completed(String id, LocalDate on, LocalDate nextDue) {
        jdbc.sql("UPDATE sandbox.pm_schedule SET last_completed_date = :on, next_due_date = :nextDue WHERE id = :id")
                .param("id", id).param("on", date(on)).param("nextDue", date(nextDue)).update();
    }

    private static PmSchedule schedule(ResultSet rs, int n) throws SQLException {
        return new PmSchedule(rs.getString("id"), rs.getString("property_id"), rs.getString("unit_id"),
                Category.valueOf(rs.getString("category")), rs.getString("task"), rs.getInt("interval_days"),
                localDate(rs, "next_due_date"), localDate(rs, "last_completed_date"), rs.getBoolean("active"));
    }
}
