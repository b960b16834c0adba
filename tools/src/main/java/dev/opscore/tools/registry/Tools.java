package dev.opscore.tools.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Every tool, one per method of the contract. The constants live in one class per resource
 * family: {@link PropertyTools}, {@link WorkOrderTools}, {@link BidTools}, {@link MessageTools},
 * {@link VendorTools}, {@link ComplianceTools}, {@link PmTools}, {@link InspectionTools},
 * {@link LeaseTools}, {@link ApplicationTools}, {@link NotificationTools}.
 */
public final class Tools {

    private Tools() {
    }

    /** All tools, in a stable order (by family, then as the contract declares them). */
    public static List<Tool<?, ?>> all() {
        List<Tool<?, ?>> all = new ArrayList<>();
        all.addAll(PropertyTools.all());
        all.addAll(WorkOrderTools.all());
        all.addAll(BidTools.all());
        all.addAll(MessageTools.all());
        all.addAll(VendorTools.all());
        all.addAll(ComplianceTools.all());
        all.addAll(PmTools.all());
        all.addAll(InspectionTools.all());
        all.addAll(LeaseTools.all());
        all.addAll(ApplicationTools.all());
        all.addAll(NotificationTools.all());
        return List.copyOf(all);
    }
}
