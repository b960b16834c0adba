package dev.opscore.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The {@code workOrders} section. {@code maxOpenPerVendor} is non-negative. */
public record WorkOrderSettings(Set<Category> autoAssignAllowedCategories, boolean emergencyAlwaysEscalate,
                                int maxOpenPerVendor) {

    public WorkOrderSettings {
        autoAssignAllowedCategories = immutableEnumSet(
                Validation.required(autoAssignAllowedCategories, "autoAssignAllowedCategories"), Category.class);
        Validation.nonNegative(maxOpenPerVendor, "maxOpenPerVendor");
    }

    static <E extends Enum<E>> Set<E> immutableEnumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }
}
