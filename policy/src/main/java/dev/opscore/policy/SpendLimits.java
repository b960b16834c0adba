package dev.opscore.policy;

import java.math.BigDecimal;

/**
 * The {@code spend} section: amounts up to {@code autoApproveMax} are allowed, up to
 * {@code hardBlockAbove} need approval, above it are blocked. {@code requireApprovalAbove} only
 * takes part in validation. All three are non-negative and
 * {@code autoApproveMax <= requireApprovalAbove <= hardBlockAbove}; the constructor throws
 * {@link PolicyValidationException} otherwise.
 */
public record SpendLimits(BigDecimal autoApproveMax, BigDecimal requireApprovalAbove, BigDecimal hardBlockAbove) {

    public SpendLimits {
        Validation.nonNegative(autoApproveMax, "autoApproveMax");
        Validation.nonNegative(requireApprovalAbove, "requireApprovalAbove");
        Validation.nonNegative(hardBlockAbove, "hardBlockAbove");
        Validation.notGreaterThan(autoApproveMax, "autoApproveMax", requireApprovalAbove, "requireApprovalAbove");
        Validation.notGreaterThan(requireApprovalAbove, "requireApprovalAbove", hardBlockAbove, "hardBlockAbove");
    }

    boolean isWithinAutoLimit(BigDecimal amount) {
        return amount.compareTo(autoApproveMax) <= 0;
    }

    boolean isAboveHardBlock(BigDecimal amount) {
        return amount.compareTo(hardBlockAbove) > 0;
    }
}
