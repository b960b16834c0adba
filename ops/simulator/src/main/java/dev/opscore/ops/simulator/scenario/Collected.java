package dev.opscore.ops.simulator.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events as they are generated, each with its property's position and its own number within
 * the property: the tie-break for equal instants, so the order never depends on a hash or the JVM.
 */
final class Collected {

    private record Numbered(ScenarioEvent event, int property, int number) {
    }

    private static final Comparator<Numbered> ORDER = Comparator.comparing((Numbered n) -> n.event().at())
            .thenComparingInt(Numbered::property).thenComparingInt(Numbered::number);

    private final List<Numbered> events = new ArrayList<>();
    private final Map<TenantMessage, TroubleshootingKind> troubleshooting = new HashMap<>();
    private int property;
    private int number;

    void nextProperty() {
        property++;
        number = 0;
    }

    void add(ScenarioEvent event) {
        events.add(new Numbered(event, property, number++));
    }

    void add(TenantMessage message, TroubleshootingKind kind) {
        add(message);
        troubleshooting.put(message, kind);
    }

    List<ScenarioEvent> sorted() {
        return events.stream().sorted(ORDER).map(Numbered::event).toList();
    }

    Map<TenantMessage, TroubleshootingKind> troubleshooting() {
        return Map.copyOf(troubleshooting);
    }
}
