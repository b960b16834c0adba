package dev.opscore.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder for actions; defaults to noon in New York, outside the default quiet hours. */
final class ActionBuilder {

    static final OffsetDateTime NOON = OffsetDateTime.parse("2026-01-14T12:00:00-05:00");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private ActionType type;
    private BigDecimal amount;
    private Category category;
    private Priority priority;
    private int vendorOpenWorkOrders;
    private Intent intent;
    private List<RiskFlag> riskFlags = new ArrayList<>();
    private Recipient recipient;
    private LocalDate dueDate;
    private OffsetDateTime at = NOON;
    private ZoneId timezone = NEW_YORK;

    static ActionBuilder an(ActionType type) {
        ActionBuilder builder = new ActionBuilder();
        builder.type = type;
        return builder;
    }

    static ActionBuilder a(ActionType type) {
        return an(type);
    }

    static ActionBuilder from(Action action) {
        ActionBuilder builder = an(action.type());
        builder.amount = action.amount();
        builder.category = action.category();
        builder.priority = action.priority();
        builder.vendorOpenWorkOrders = action.vendorOpenWorkOrders();
        builder.intent = action.intent();
        builder.riskFlags = new ArrayList<>(action.riskFlags());
        builder.recipient = action.recipient();
        builder.dueDate = action.dueDate();
        builder.at = action.at();
        builder.timezone = action.timezone();
        return builder;
    }

    /** A MESSAGE_SEND to a tenant with an auto-allowed intent: ALLOW at noon. */
    static ActionBuilder tenantMessage() {
        return a(ActionType.MESSAGE_SEND).to(Recipient.TENANT).withIntent(Intent.FAQ);
    }

    /** A routine plumbing dispatch to a vendor with no open work orders. */
    static ActionBuilder plumbingDispatch(String amount) {
        return a(ActionType.VENDOR_DISPATCH).withAmount(amount).withCategory(Category.PLUMBING)
                .withPriority(Priority.ROUTINE);
    }

    ActionBuilder ofType(ActionType newType) {
        this.type = newType;
        return this;
    }

    ActionBuilder withAmount(String value) {
        this.amount = value == null ? null : new BigDecimal(value);
        return this;
    }

    ActionBuilder withAmount(BigDecimal value) {
        this.amount = value;
        return this;
    }

    ActionBuilder withCategory(Category value) {
        this.category = value;
        return this;
    }

    ActionBuilder withPriority(Priority value) {
        this.priority = value;
        return this;
    }

    ActionBuilder withOpenWorkOrders(int value) {
        this.vendorOpenWorkOrders = value;
        return this;
    }

    ActionBuilder withIntent(Intent value) {
        this.intent = value;
        return this;
    }

    ActionBuilder withRiskFlags(RiskFlag... flags) {
        this.riskFlags = new ArrayList<>(List.of(flags));
        return this;
    }

    ActionBuilder withRiskFlags(List<RiskFlag> flags) {
        this.riskFlags = new ArrayList<>(flags);
        return this;
    }

    ActionBuilder to(Recipient value) {
        this.recipient = value;
        return this;
    }

    ActionBuilder due(String isoDate) {
        this.dueDate = isoDate == null ? null : LocalDate.parse(isoDate);
        return this;
    }

    ActionBuilder due(LocalDate date) {
        this.dueDate = date;
        return this;
    }

    ActionBuilder at(String isoOffsetDateTime) {
        this.at = OffsetDateTime.parse(isoOffsetDateTime);
        return this;
    }

    ActionBuilder at(OffsetDateTime value) {
        this.at = value;
        return this;
    }

    ActionBuilder inZone(String zone) {
        this.timezone = zone == null ? null : ZoneId.of(zone);
        return this;
    }

    ActionBuilder inZone(ZoneId zone) {
        this.timezone = zone;
        return this;
    }

    Action build() {
        return new Action(type, amount, category, priority, vendorOpenWorkOrders, intent, riskFlags, recipient,
                dueDate, at, timezone);
    }
}
