package dev.opscore.tools.pms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Unit;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.workorder.NewWorkOrder;
import dev.opscore.tools.pms.workorder.StatusChange;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Look-ups in the seeded demo data and the paging checks of {@link PmsContractSuite}. */
final class PmsContractSupport {

    /** What a list endpoint is, for the paging checks: (page, size) → page. */
    @FunctionalInterface
    interface Lister<T> {
        Page<T> list(int page, int size);
    }

    static final int WALK_SIZE = Page.MAX_SIZE;
    private static final int MAX_PAGES = 100;

    private final PmsApis pms;

    PmsContractSupport(PmsApis pms) {
        this.pms = pms;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static String marker(String what) {
        return "contract " + what + " " + UUID.randomUUID();
    }

    /** Every item, walking the pages (bounded). */
    static <T> List<T> all(Lister<T> lister) {
        List<T> items = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<T> current = lister.list(page, WALK_SIZE);
            items.addAll(current.items());
            if (!current.hasNext()) {
                return items;
            }
        }
        throw new AssertionError("more than " + MAX_PAGES + " pages");
    }

    /**
     * Page 0 and 1 of size 2 hold what {@code total} says, {@code hasNext} agrees, the pages do not
     * overlap, a page past the end is empty, and walking every page yields {@code total} distinct items.
     */
    static <T> void assertPaging(Lister<T> lister, Function<T, String> id) {
        Page<T> first = lister.list(0, 2);
        assertPage(first, 0, 2);
        if (first.hasNext()) {
            Page<T> second = lister.list(1, 2);
            assertPage(second, 1, 2);
            assertThat(second.total()).isEqualTo(first.total());
            assertThat(ids(second.items(), id)).doesNotContainAnyElementsOf(ids(first.items(), id));
        }
        Page<T> beyond = lister.list(MAX_PAGES * 10, 2);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.hasNext()).isFalse();
        List<String> walked = ids(all(lister), id);
        assertThat(walked).doesNotHaveDuplicates().hasSize((int) first.total());
    }

    private static <T> void assertPage(Page<T> page, int number, int size) {
        assertThat(page.page()).as("page").isEqualTo(number);
        assertThat(page.size()).as("size").isEqualTo(size);
        long expected = Math.max(0, Math.min(size, page.total() - (long) number * size));
        assertThat(page.items()).as("items of page %d", number).hasSize((int) expected);
        assertThat(page.hasNext()).as("hasNext").isEqualTo((long) (number + 1) * size < page.total());
    }

    static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    Property property() {
        List<Property> properties = pms.properties().listProperties(0, 50).items();
        assertThat(properties).as("seeded properties").isNotEmpty();
        return properties.get(0);
    }

    /** A unit with a current tenant, in any property. */
    Unit occupiedUnit() {
        for (Property property : all(pms.properties()::listProperties)) {
            Optional<Unit> unit = all((page, size) -> pms.properties().listUnits(property.id(), page, size)).stream()
                    .filter(candidate -> candidate.tenantIds() != null && !candidate.tenantIds().isEmpty())
                    .findFirst();
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        throw new AssertionError("the seeded portfolio has no occupied unit");
    }

    /** An active vendor of that trade covering the property. */
    Vendor vendorFor(Category trade, String propertyId) {
        return all((page, size) -> pms.vendors().list(trade, propertyId, page, size)).stream()
                .filter(Vendor::active).findFirst()
                .orElseThrow(() -> new AssertionError("no active " + trade + " vendor covers " + propertyId));
    }

    NewWorkOrder newWorkOrder(String propertyId, Category category, String title) {
        return new NewWorkOrder(propertyId, null, null, category, Priority.ROUTINE, title,
                "Kitchen tap drips constantly", new BigDecimal("180.00"), List.of("https://photos.example/tap.jpg"));
    }

    WorkOrder createWorkOrder(Category category) {
        Property property = property();
        return pms.workOrders().create(key(), newWorkOrder(property.id(), category, marker("work order")));
    }

    WorkOrder move(WorkOrder order, WorkOrderStatus to) {
        WorkOrder moved = pms.workOrders().changeStatus(key(), order.id(), new StatusChange(to, "contract test"));
        assertThat(moved.status()).as("%s -> %s", order.status(), to).isEqualTo(to);
        return moved;
    }

    /** How many work orders of the property carry this title (all statuses). */
    long countByTitle(String propertyId, String title) {
        return all((page, size) -> pms.workOrders().list(propertyId, null, null, page, size)).stream()
                .filter(order -> title.equals(order.title())).count();
    }

    Set<String> idsOfWorkOrdersTitled(String propertyId, String title) {
        Set<String> ids = new HashSet<>();
        all((page, size) -> pms.workOrders().list(propertyId, null, null, page, size)).stream()
                .filter(order -> title.equals(order.title())).forEach(order -> ids.add(order.id()));
        return ids;
    }
}
