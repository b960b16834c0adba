package dev.opscore.ops.sandbox.property;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.store.SandboxJson;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.property}, {@code sandbox.unit} and {@code sandbox.tenant}. */
@Repository
@ConditionalOnSandbox
public class PropertyRows {

    private static final String PROPERTY = "SELECT p.*, (SELECT count(*) FROM sandbox.unit u WHERE u.property_id = p.id)"
            + " AS unit_count FROM sandbox.property p";
    private static final String UNIT = "SELECT u.*, COALESCE((SELECT jsonb_agg(t.id ORDER BY t.id) FROM sandbox.tenant t"
            + " WHERE t.unit_id = u.id), '[]'::jsonb)::text AS tenant_ids FROM sandbox.unit u";

    private final JdbcClient jdbc;
    private final SandboxJson json;

    public PropertyRows(JdbcClient jdbc, SandboxJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page<Property> properties(Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sandbox.property").query(Long.class).single();
        var items = jdbc.sql(PROPERTY + " ORDER BY p.id LIMIT :limit OFFSET :offset")
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(PropertyRows::mapProperty).list();
        return paging.of(items, total);
    }

    public Optional<Property> property(String id) {
        return jdbc.sql(PROPERTY + " WHERE p.id = :id").param("id", id).query(PropertyRows::mapProperty).optional();
    }

    public Page<Unit> units(String propertyId, Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sandbox.unit WHERE property_id = :propertyId")
                .param("propertyId", propertyId).query(Long.class).single();
        var items = jdbc.sql(UNIT + " WHERE u.property_id = :propertyId ORDER BY u.id LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("limit", paging.size()).param("offset", paging.offset())
                .query(this::mapUnit).list();
        return paging.of(items, total);
    }

    public Optional<Unit> unit(String id) {
        return jdbc.sql(UNIT + " WHERE u.id = :id").param("id", id).query(this::mapUnit).optional();
    }

    public Optional<Tenant> tenant(String id) {
        return jdbc.sql("SELECT * FROM sandbox.tenant WHERE id = :id").param("id", id)
                .query(PropertyRows::mapTenant).optional();
    }

    public boolean propertyExists(String id) {
        return exists("sandbox.property", id);
    }

    public boolean unitExists(String id) {
        return exists("sandbox.unit", id);
    }

    public boolean tenantExists(String id) {
        return exists("sandbox.tenant", id);
    }

    private boolean exists(String table, String id) {
        return id != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)")
                .param("id", id).query(Boolean.class).single();
    }

    private static Property mapProperty(ResultSet rs, int n) throws SQLException {
        return new Property(rs.getString("id"), rs.getString("portfolio_id"), rs.getString("name"),
                rs.getString("address"), rs.getString("timezone"), rs.getString("emergency_instructions"),
                rs.getInt("unit_count"));
    }

    private Unit mapUnit(ResultSet rs, int n) throws SQLException {
        return new Unit(rs.getString("id"), rs.getString("property_id"), rs.getString("number"), rs.getInt("floor"),
                json.strings(rs.getString("tenant_ids")));
    }

    private static Tenant mapTenant(ResultSet rs, int n) throws SQLException {
        return new Tenant(rs.getString("id"), rs.getString("property_id"), rs.getString("unit_id"), rs.getString("name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("preferred_language"));
    }
}
