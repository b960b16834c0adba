package dev.opscore.jobs.maintenance;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The service levels and first estimates the planner works with. Response windows follow
 * {@code triage.md}'s target response per priority; completion targets are what the SLA KPI measures.
 */
final class ServiceTargets {

    private ServiceTargets() {
    }

    /** How long a dispatched vendor has to accept before the next one is tried. */
    static Duration vendorAnswerWindow(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> Duration.ofHours(1);
            case URGENT -> Duration.ofHours(4);
            case ROUTINE -> Duration.ofHours(24);
        };
    }

    /** When the work should be completed, counted from the order's creation. */
    static Duration completionTarget(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> Duration.ofHours(24);
            case URGENT -> Duration.ofDays(3);
            case ROUTINE -> Duration.ofDays(7);
        };
    }

    static Duration bidWindow() {
        return Duration.ofHours(48);
    }

    static Duration troubleshootingWindow() {
        return Duration.ofHours(12);
    }

    static Duration satisfactionWindow() {
        return Duration.ofHours(72);
    }

    /**
     * A first estimate by trade and urgency (call-out plus typical hours); a message describing a
     * replacement or a major component multiplies it, which is what sends a job to bids.
     */
    static BigDecimal estimate(Category category, Priority priority, boolean largeJob) {
        int base = switch (category) {
            case PLUMBING -> 240;
            case HVAC -> 320;
            case ELECTRICAL -> 260;
            case APPLIANCE -> 220;
            case PEST -> 180;
            case LOCKS_DOORS -> 160;
            case GENERAL -> 200;
        };
        double factor = switch (priority) {
            case EMERGENCY -> 1.8;
            case URGENT -> 1.3;
            case ROUTINE -> 1.0;
        };
        return BigDecimal.valueOf(base * factor * (largeJob ? 5 : 1)).setScale(2, RoundingMode.HALF_UP);
    }
}
