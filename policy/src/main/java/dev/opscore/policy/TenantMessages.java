package dev.opscore.policy;

/** Predicates shared by the messaging rules (8, 9 and 10). */
final class TenantMessages {

    private TenantMessages() {
    }

    static boolean isMessageToTenant(Action action) {
        return action.is(ActionType.MESSAGE_SEND) && action.isAddressedTo(Recipient.TENANT);
    }

    static boolean isMessageToTenantOrVendor(Action action) {
        return action.is(ActionType.MESSAGE_SEND)
                && (action.isAddressedTo(Recipient.TENANT) || action.isAddressedTo(Recipient.VENDOR));
    }
}
