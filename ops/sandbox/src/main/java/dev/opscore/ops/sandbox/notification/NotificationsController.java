package dev.opscore.ops.sandbox.notification;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.property.PropertyRows;
import dev.opscore.ops.sandbox.store.IdCounters;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.vendor.VendorRows;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.policy.Recipient;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.notification.NewNotification;
import dev.opscore.tools.pms.notification.Notification;
import dev.opscore.tools.pms.notification.NotificationsApi;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/notifications*}. */
@RestController
@ConditionalOnSandbox
class NotificationsController implements NotificationsApi {

    private static final int MAX_SUBJECT = 200;
    private static final int MAX_BODY = 4000;

    private final NotificationRows rows;
    private final PropertyRows properties;
    private final VendorRows vendors;
    private final IdCounters ids;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    NotificationsController(NotificationRows rows, PropertyRows properties, VendorRows vendors, IdCounters ids,
                            SandboxClock clock, SandboxTransactions transactions) {
        this.rows = rows;
        this.properties = properties;
        this.vendors = vendors;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Notification send(String idempotencyKey, NewNotification body) {
        new Validation()
                .required("recipientType", body.recipientType())
                .required("recipientId", body.recipientId())
                .required("channel", body.channel())
                .maxLength("subject", body.subject(), MAX_SUBJECT)
                .required("body", body.body())
                .maxLength("body", body.body(), MAX_BODY)
                .check(body.recipientId() == null || recipientExists(body.recipientType(), body.recipientId()),
                        "recipientId", body.recipientType() + " " + body.recipientId() + " does not exist")
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            IdCounters.Minted id = ids.next("ntf");
            Notification notification = new Notification(id.id(), body.recipientType(), body.recipientId(),
                    body.channel(), body.subject(), body.body(), Notification.NotificationStatus.SENT, clock.instant());
            rows.insert(notification, id.seq());
            return notification;
        });
    }

    @Override
    public Page<Notification> list(String recipientId, int page, int size) {
        return rows.list(recipientId, Paging.of(page, size));
    }

    @Override
    public Notification get(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("notification", id));
    }

    private boolean recipientExists(Recipient type, String id) {
        if (type == Recipient.TENANT) {
            return properties.tenantExists(id);
        }
        if (type == Recipient.VENDOR) {
            return vendors.find(id).isPresent();
        }
        return true;
    }
}
