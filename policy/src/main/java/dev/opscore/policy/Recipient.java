package dev.opscore.policy;

/** Who a MESSAGE_SEND or NOTIFICATION_SEND is addressed to. */
public enum Recipient {
    TENANT, VENDOR, STAFF
}
