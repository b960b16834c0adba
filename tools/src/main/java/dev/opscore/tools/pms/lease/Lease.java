package dev.opscore.tools.pms.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A lease. Read-only for the agent in this phase: legal and financial acts on leases are blocked by policy. */
public record Lease(String id, String propertyId, String unitId, List<String> tenantIds, LocalDate startDate,
                    LocalDate endDate, BigDecimal monthlyRent, LeaseStatus status) {

    public enum LeaseStatus { PENDING, ACTIVE, RENEWAL_OFFERED, ENDED }
}
