package dev.opscore.ops.simulator.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A month (or any number of days) of work for a portfolio, generated from a seed: tenant messages
 * with their ground truth, incidents, PM tasks falling due, and how tenants answer troubleshooting.
 * Pure and deterministic: the same seed, portfolio, start and days give equal events in the same order;
 * nothing reads a clock. See the module README ("Scenario") for the volumes and the labelling rules.
 *
 * <p>Callers own the timeline: they feed the events to OpsCore in order, on virtual time, and ask
 * {@link #replies()} when OpsCore sends a tenant troubleshooting steps.
 */
public final class MonthScenario {

    static final int MAX_DAYS = 366;

    private final List<ScenarioEvent> events;
    private final TenantReplies replies;

    private MonthScenario(List<ScenarioEvent> events, TenantReplies replies) {
        this.events = events;
        this.replies = replies;
    }

    /**
     * Generates {@code days} days (1..366) from {@code start} for {@code portfolio}. The season (heating
     * or cooling problems) follows the month of {@code start}.
     */
    public static MonthScenario generate(long seed, PortfolioView portfolio, Instant start, int days) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(start, "start");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + " (was " + days + ")");
        }
        Season season = Season.at(start);
        MessageComposer composer = new MessageComposer(new Problems(season));
        Collected collected = new Collected();
        for (PropertyView property : portfolio.properties()) {
            collected.nextProperty();
            new PropertyMonth(seed, property, start, days, composer, season).generate(collected);
        }
        return new MonthScenario(collected.sorted(), new TenantReplies(seed, collected.troubleshooting(), portfolio));
    }

    /** Every event, by time, then by the property's position in the portfolio, then in generation order. */
    public List<ScenarioEvent> events() {
        return events;
    }

    /** The events of one kind, in order. */
    public <T extends ScenarioEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How tenants answer troubleshooting steps. */
    public TenantReplies replies() {
        return replies;
    }
}
