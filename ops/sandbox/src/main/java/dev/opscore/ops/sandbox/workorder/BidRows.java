package dev.opscore.ops.sandbox.workorder;

import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.workorder.Bid;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.bid}. */
@Repository
@ConditionalOnSandbox
public class BidRows {

    private final JdbcClient jdbc;

    public BidRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Bid> list(String workOrderId, Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sandbox.bid WHERE work_order_id = :id").param("id", workOrderId)
                .query(Long.class).single();
        List<Bid> items = jdbc.sql("SELECT * FROM sandbox.bid WHERE work_order_id = :id ORDER BY seq"
                        + " LIMIT :limit OFFSET :offset")
                .param("id", workOrderId).param("limit", paging.size()).param("offset", paging.offset())
                .query(BidRows::bid).list();
        return paging.of(items, total);
    }

    public Optional<Bid> find(String id) {
        return jdbc.sql("SELECT * FROM sandbox.bid WHERE id = :id").param("id", id).query(BidRows::bid).optional();
    }

    public Optional<Bid> lock(String id) {
        return jdbc.sql("SELECT * FROM sandbox.bid WHERE id = :id FOR UPDATE").param("id", id)
                .query(BidRows::bid).optional();
    }

    /** Every REQUESTED bid, oldest first: what the world's vendors answer. */
    public List<Bid> requested() {
        return jdbc.sql("SELECT * FROM sandbox.bid WHERE status = 'REQUESTED' ORDER BY seq").query(BidRows::bid).list();
    }

    boolean hasOpenBid(String workOrderId, String vendorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM sandbox.bid WHERE work_order_id = :wo AND vendor_id = :vendor"
                        + " AND status IN ('REQUESTED', 'SUBMITTED'))")
                .param("wo", workOrderId).param("vendor", vendorId).query(Boolean.class).single();
    }

    void insert(Bid bid, long seq) {
        jdbc.sql("INSERT INTO sandbox.bid (id, seq, work_order_id, vendor_id, status, amount, requested_at, due_by,"
                        + " responded_at, notes) VALUES (:id, :seq, :wo, :vendor, :status, :amount, :requestedAt, :dueBy,"
                        + " :respondedAt, :notes)")
                .param("id", bid.id()).param("seq", seq).param("wo", bid.workOrderId()).param("vendor", bid.vendorId())
                .param("status", bid.status().name()).param("amount", bid.amount())
                .param("requestedAt", timestamp(bid.requestedAt())).param("dueBy", timestamp(bid.dueBy()))
                .param("respondedAt", timestamp(bid.respondedAt())).param("notes", bid.notes())
                .update();
    }

    /** Moves a bid on; {@code expected} guards against a bid that moved on since it was read. True when it moved. */
    public boolean answer(String id, Bid.BidStatus expected, Bid.BidStatus to, BigDecimal amount,
                          Instant at, String notes) {
        return jdbc.sql("UPDATE sandbox.bid SET status = :to, amount = COALESCE(:amount, amount), responded_at = :at,"
                        + " notes = COALESCE(:notes, notes) WHERE id = :id AND status = :expected")
                .param("id", id).param("expected", expected.name()).param("to", to.name()).param("amount", amount)
                .param("at", timestamp(at)).param("notes", notes).update() == 1;
    }

    /** Rejects the work order's other open bids once one is accepted. */
    void rejectOthers(String workOrderId, String acceptedId, Instant at) {
        jdbc.sql("UPDATE sandbox.bid SET status = 'REJECTED', responded_at = COALESCE(responded_at, :at)"
                        + " WHERE work_order_id = :wo AND id <> :id AND status IN ('REQUESTED', 'SUBMITTED')")
                .param("wo", workOrderId).param("id", acceptedId).param("at", timestamp(at)).update();
    }

    private static Bid bid(ResultSet rs, int n) throws SQLException {
        return new Bid(rs.getString("id"), rs.getString("work_order_id"), rs.getString("vendor_id"),
                Bid.BidStatus.valueOf(rs.getString("status")), rs.getBigDecimal("amount"), instant(rs, "requested_at"),
                instant(rs, "due_by"), instant(rs, "responded_at"), rs.getString("notes"));
    }
}
