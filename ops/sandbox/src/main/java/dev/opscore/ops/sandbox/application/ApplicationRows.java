package dev.opscore.ops.sandbox.application;

import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.application.RentalApplication;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.rental_application}. */
@Repository
@ConditionalOnSandbox
public class ApplicationRows {

    private static final String FILTER = " WHERE (CAST(:propertyId AS text) IS NULL OR property_id = :propertyId)"
            + " AND (CAST(:status AS text) IS NULL OR status = :status)";

    private final JdbcClient jdbc;

    public ApplicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<RentalApplication> list(String propertyId, RentalApplication.ApplicationStatus status, Paging paging) {
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM sandbox.rental_application" + FILTER)
                .param("propertyId", propertyId).param("status", statusName).query(Long.class).single();
        List<RentalApplication> items = jdbc.sql("SELECT * FROM sandbox.rental_application" + FILTER
                        + " ORDER BY id LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("status", statusName)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(ApplicationRows::application).list();
        return paging.of(items, total);
    }

    Optional<RentalApplication> find(String id) {
        return jdbc.sql("SELECT * FROM sandbox.rental_application WHERE id = :id").param("id", id)
                .query(ApplicationRows::application).optional();
    }

    public void insert(RentalApplication a) {
        jdbc.sql("INSERT INTO sandbox.rental_application (id, property_id, unit_id, applicant_name, email, phone, status,"
                        + " submitted_at) VALUES (:id, :propertyId, :unitId, :name, :email, :phone, :status, :submittedAt)")
                .param("id", a.id()).param("propertyId", a.propertyId()).param("unitId", a.unitId())
                .param("name", a.applicantName()).param("email", a.email()).param("phone", a.phone())
                .param("status", a.status().name()).param("submittedAt", timestamp(a.submittedAt()))
                .update();
    }

    private static RentalApplication application(ResultSet rs, int n) throws SQLException {
        return new RentalApplication(rs.getString("id"), rs.getString("property_id"), rs.getString("unit_id"),
                rs.getString("applicant_name"), rs.getString("email"), rs.getString("phone"),
                RentalApplication.ApplicationStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"));
    }
}
