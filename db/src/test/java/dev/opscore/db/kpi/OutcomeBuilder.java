package dev.opscore.db.kpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A maintenance run's {@code outcome_json}, every key present as the workflow writes it. Starts as
 * an URGENT order resolved autonomously within its SLA; times are offsets from the run's creation.
 */
public final class OutcomeBuilder {

    private String priority = "URGENT";
    private boolean resolved = true;
    private int managerTouches;
    private Boolean slaMet = true;
    private BigDecimal cost = new BigDecimal("100.00");
    private boolean repeatIssue;
    private Duration acknowledgedAfter;
    private Duration dispatchedAfter;

    public static OutcomeBuilder resolved() {
        return new OutcomeBuilder();
    }

    /** Not completed by the run: no SLA verdict, no cost. */
    public static OutcomeBuilder unresolved() {
        OutcomeBuilder outcome = new OutcomeBuilder();
        outcome.resolved = false;
        outcome.slaMet = null;
        outcome.cost = null;
        return outcome;
    }

    public OutcomeBuilder priority(String priority) {
        this.priority = priority;
        return this;
    }

    public OutcomeBuilder managerTouches(int managerTouches) {
        this.managerTouches = managerTouches;
        return this;
    }

    public OutcomeBuilder slaMet(Boolean slaMet) {
        this.slaMet = slaMet;
        return this;
    }

    public OutcomeBuilder cost(String cost) {
        this.cost = cost == null ? null : new BigDecimal(cost);
        return this;
    }

    public OutcomeBuilder repeatIssue() {
        this.repeatIssue = true;
        return this;
    }

    public OutcomeBuilder acknowledgedAfter(Duration delay) {
        this.acknowledgedAfter = delay;
        return this;
    }

    public OutcomeBuilder dispatchedAfter(Duration delay) {
        this.dispatchedAfter = delay;
        return this;
    }

    Map<String, Object> toJson(Instant createdAt, Instant completedAt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workflow", "maintenance");
        json.put("workOrderId", "wo-" + createdAt.toEpochMilli());
        json.put("category", "PLUMBING");
        json.put("priority", priority);
        json.put("resolved", resolved);
        json.put("autonomous", managerTouches == 0);
        json.put("managerTouches", managerTouches);
        json.put("slaMet", slaMet);
        json.put("cost", cost);
        json.put("repeatIssue", repeatIssue);
        json.put("acknowledgedAt", after(createdAt, acknowledgedAfter));
        json.put("dispatchedAt", after(createdAt, dispatchedAfter));
        json.put("completedAt", resolved ? completedAt.toString() : null);
        return json;
    }

    private static String after(Instant start, Duration delay) {
        return delay == null ? null : start.plus(delay).toString();
    }
}
