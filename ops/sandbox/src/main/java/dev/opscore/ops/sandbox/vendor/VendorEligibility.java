package dev.opscore.ops.sandbox.vendor;

import dev.opscore.ops.sandbox.web.ConflictException;
import dev.opscore.policy.Category;
import dev.opscore.tools.pms.vendor.Vendor;

/**
 * Whether a vendor may take a work order of a category at a property: active, covering the property
 * and the trade, and (for a dispatch) below its capacity. A refusal is a 409 with a {@code reason}:
 * the request is well formed, the vendor just cannot take this order in the world as it is.
 */
public final class VendorEligibility {

    public static final String INACTIVE = "VENDOR_INACTIVE";
    public static final String PROPERTY_NOT_COVERED = "VENDOR_DOES_NOT_COVER_PROPERTY";
    public static final String TRADE_NOT_COVERED = "VENDOR_DOES_NOT_COVER_TRADE";
    public static final String AT_CAPACITY = "VENDOR_AT_CAPACITY";

    private VendorEligibility() {
    }

    /** For a bid request: active and covering; capacity does not matter until it is dispatched. */
    public static void requireCovering(Vendor vendor, String propertyId, Category category) {
        if (!vendor.active()) {
            throw ConflictException.because(INACTIVE, "vendor " + vendor.id() + " is not active");
        }
        if (!vendor.propertyIds().contains(propertyId)) {
            throw ConflictException.because(PROPERTY_NOT_COVERED, "vendor " + vendor.id()
                    + " does not cover property " + propertyId);
        }
        if (!vendor.trades().contains(category)) {
            throw ConflictException.because(TRADE_NOT_COVERED, "vendor " + vendor.id() + " does not work in "
                    + category + " (trades: " + vendor.trades() + ")");
        }
    }

    /** For a dispatch: covering, and with a free slot. */
    public static void requireDispatchable(Vendor vendor, String propertyId, Category category) {
        requireCovering(vendor, propertyId, category);
        if (vendor.openWorkOrders() >= vendor.maxOpenWorkOrders()) {
            throw ConflictException.because(AT_CAPACITY, "vendor " + vendor.id() + " already has "
                    + vendor.openWorkOrders() + " open work orders (capacity " + vendor.maxOpenWorkOrders() + ")");
        }
    }
}
