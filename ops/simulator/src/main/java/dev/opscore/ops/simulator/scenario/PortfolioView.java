package dev.opscore.ops.simulator.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The portfolio a month is generated for, as the caller read it (from the sandbox PMS, or built by
 * hand in a test): only what the scenario needs. The order of the properties matters: it is the
 * tie-break for events at the same instant.
 */
public record PortfolioView(List<PropertyView> properties) {

    public PortfolioView {
        properties = List.copyOf(Objects.requireNonNull(properties, "properties"));
    }
}
