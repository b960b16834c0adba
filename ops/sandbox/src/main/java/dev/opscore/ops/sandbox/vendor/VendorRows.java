package dev.opscore.ops.sandbox.vendor;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.store.SandboxJson;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.policy.Category;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.vendor.Vendor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Data access for {@code sandbox.vendor} and {@code sandbox.vendor_behaviour}. A vendor's open work
 * orders are those assigned to it and not yet completed, closed or cancelled.
 */
@Repository
@ConditionalOnSandbox
public class VendorRows {

    private static final String SELECT = "SELECT v.*, v.trades::text AS trades_json, v.property_ids::text AS property_ids_json,"
            + " (SELECT count(*) FROM sandbox.work_order w WHERE w.vendor_id = v.id"
            + " AND w.status NOT IN ('COMPLETED', 'CLOSED', 'CANCELLED')) AS open_work_orders FROM sandbox.vendor v";
    private static final String FILTER = " WHERE (CAST(:trade AS text) IS NULL OR v.trades @> jsonb_build_array(CAST(:trade AS text)))"
            + " AND (CAST(:propertyId AS text) IS NULL OR v.property_ids @> jsonb_build_array(CAST(:propertyId AS text)))";

    private final JdbcClient jdbc;
    private final SandboxJson json;

    public VendorRows(JdbcClient jdbc, SandboxJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page<Vendor> list(Category trade, String propertyId, Paging paging) {
        String tradeName = trade == null ? null : trade.name();
        long total = jdbc.sql("SELECT count(*) FROM sandbox.vendor v" + FILTER)
                .param("trade", tradeName).param("propertyId", propertyId).query(Long.class).single();
        var items = jdbc.sql(SELECT + FILTER + " ORDER BY v.id LIMIT :limit OFFSET :offset")
                .param("trade", tradeName).param("propertyId", propertyId)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(this::vendor).list();
        return paging.of(items, total);
    }

    public Optional<Vendor> find(String id) {
        return jdbc.sql(SELECT + " WHERE v.id = :id").param("id", id).query(this::vendor).optional();
    }

    /**
     * The vendor, its row locked until the caller's transaction ends, so that two assignments cannot
     * both take its last free slot.
     */
    public Optional<Vendor> lock(String id) {
        if (id == null) {
            return Optional.empty();
        }
        boolean exists = jdbc.sql("SELECT id FROM sandbox.vendor WHERE id = :id FOR UPDATE").param("id", id)
                .query(String.class).optional().isPresent();
        return exists ? find(id) : Optional.empty();
    }

    public Optional<VendorBehaviour> behaviour(String vendorId) {
        return jdbc.sql("SELECT * FROM sandbox.vendor_behaviour WHERE vendor_id = :id").param("id", vendorId)
                .query(VendorRows::behaviour).optional();
    }

    public void saveBehaviour(VendorBehaviour b) {
        jdbc.sql("INSERT INTO sandbox.vendor_behaviour (vendor_id, accept_probability, ignore_probability,"
                        + " response_delay_minutes, no_show_probability, duration_minutes, cost_spread)"
                        + " VALUES (:id, :accept, :ignore, :delay, :noShow, :duration, :spread)"
                        + " ON CONFLICT (vendor_id) DO UPDATE SET accept_probability = :accept,"
                        + " ignore_probability = :ignore, response_delay_minutes = :delay,"
                        + " no_show_probability = :noShow, duration_minutes = :duration, cost_spread = :spread")
                .param("id", b.vendorId()).param("accept", b.acceptProbability()).param("ignore", b.ignoreProbability())
                .param("delay", b.responseDelayMinutes()).param("noShow", b.noShowProbability())
                .param("duration", b.durationMinutes()).param("spread", b.costSpread())
                .update();
    }

    private Vendor vendor(ResultSet rs, int n) throws SQLException {
        return new Vendor(rs.getString("id"), rs.getString("name"),
                json.strings(rs.getString("trades_json")).stream().map(Category::valueOf).toList(),
                json.strings(rs.getString("property_ids_json")), rs.getBigDecimal("hourly_rate"),
                rs.getBigDecimal("callout_fee"), rs.getInt("max_open_work_orders"), rs.getInt("open_work_orders"),
                rs.getDouble("rating"), rs.getDouble("on_time_rate"), rs.getString("phone"), rs.getString("email"),
                rs.getBoolean("active"));
    }

    private static VendorBehaviour behaviour(ResultSet rs, int n) throws SQLException {
        return new VendorBehaviour(rs.getString("vendor_id"), rs.getDouble("accept_probability"),
                rs.getDouble("ignore_probability"), rs.getInt("response_delay_minutes"),
                rs.getDouble("no_show_probability"), rs.getInt("duration_minutes"), rs.getDouble("cost_spread"));
    }
}
