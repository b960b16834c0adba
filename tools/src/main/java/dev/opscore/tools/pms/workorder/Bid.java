package dev.opscore.tools.pms.workorder;

import java.math.BigDecimal;
import java.time.Instant;

/** A vendor's bid on a work order: requested by the agent, then submitted (or declined) by the vendor. */
public record Bid(String id, String workOrderId, String vendorId, BidStatus status, BigDecimal amount,
                  Instant requestedAt, Instant dueBy, Instant respondedAt, String notes) {

    public enum BidStatus { REQUESTED, SUBMITTED, DECLINED, ACCEPTED, REJECTED, EXPIRED }
}
