package dev.opscore.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One action the agent proposes, typed. Nullable: {@code category}, {@code priority},
 * {@code intent}, {@code recipient}, {@code dueDate}. Defaults applied by the constructor: a
 * {@code null} amount is 0, {@code null} risk flags are none (repeated flags keep their first
 * position), a {@code null} timezone is UTC. {@code at} is required: the caller supplies the time.
 *
 * <p>Amounts are ignored on types without spend. A MESSAGE_SEND without a recipient is treated as
 * addressed to a TENANT, the most guarded audience.
 */
public record Action(ActionType type, BigDecimal amount, Category category, Priority priority,
                     int vendorOpenWorkOrders, Intent intent, List<RiskFlag> riskFlags, Recipient recipient,
                     LocalDate dueDate, OffsetDateTime at, ZoneId timezone) {

    public Action {
        Validation.required(type, "type");
        amount = amount == null ? BigDecimal.ZERO : Validation.nonNegative(amount, "amount");
        Validation.nonNegative(vendorOpenWorkOrders, "vendorOpenWorkOrders");
        riskFlags = riskFlags == null ? List.of() : List.copyOf(new LinkedHashSet<>(riskFlags));
        Validation.required(at, "at");
        timezone = timezone == null ? ZoneOffset.UTC : timezone;
    }

    /**
     * Reads an action from untyped JSON; {@code at} must be present. See
     * {@link #fromMap(Map, String, OffsetDateTime)}.
     */
    public static Action fromMap(Map<String, Object> action, String fieldPrefix) {
        return ActionParser.parse(action, fieldPrefix, null);
    }

    /**
     * Reads an action from untyped JSON (maps, lists, strings, numbers of any boxed type,
     * booleans, nulls; a {@code null} value counts as absent). An unrecognised {@code type} string
     * becomes {@link ActionType#UNKNOWN}; keys the engine does not use are ignored.
     *
     * @param fieldPrefix the JSON path of the action, e.g. {@code "action"}
     * @param defaultAt   the caller's clock time, used when {@code at} is absent; may be {@code null}
     *                    to make {@code at} required
     * @throws PolicyValidationException when the action or its type is missing, or any field has
     *                                   the wrong JSON type or an unknown value
     */
    public static Action fromMap(Map<String, Object> action, String fieldPrefix, OffsetDateTime defaultAt) {
        return ActionParser.parse(action, fieldPrefix, defaultAt);
    }

    boolean is(ActionType candidate) {
        return type == candidate;
    }

    boolean hasPriority(Priority candidate) {
        return priority == candidate;
    }

    boolean hasIntent(Intent candidate) {
        return intent == candidate;
    }

    /** The recipient the rules see: a MESSAGE_SEND without one goes to a TENANT. */
    boolean isAddressedTo(Recipient candidate) {
        Recipient audience = recipient == null && is(ActionType.MESSAGE_SEND) ? Recipient.TENANT : recipient;
        return audience == candidate;
    }

    ZonedDateTime localAt() {
        return at.atZoneSameInstant(timezone);
    }
}
