package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Action.fromMap: typing, defaults, and every validation error naming its field. */
class ActionParsingTest {

    private static Map<String, Object> dispatchWith(String key, Object value) {
        Map<String, Object> json = new HashMap<>(Map.of("type", "VENDOR_DISPATCH"));
        json.put(key, value);
        return json;
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("type", null, "action.type"),
                Arguments.of("type", 5, "action.type"),
                Arguments.of("type", List.of("READ"), "action.type"),
                Arguments.of("amount", -1, "action.amount"),
                Arguments.of("amount", -0.01, "action.amount"),
                Arguments.of("amount", "420.00", "action.amount"),
                Arguments.of("amount", true, "action.amount"),
                Arguments.of("amount", Double.POSITIVE_INFINITY, "action.amount"),
                Arguments.of("category", "ROOFING", "action.category"),
                Arguments.of("category", "plumbing", "action.category"),
                Arguments.of("priority", "HIGH", "action.priority"),
                Arguments.of("priority", 1, "action.priority"),
                Arguments.of("recipient", "LANDLORD", "action.recipient"),
                Arguments.of("intent", "CHITCHAT", "action.intent"),
                Arguments.of("riskFlags", List.of("SAFETY", "DANGER"), "action.riskFlags[1]"),
                Arguments.of("riskFlags", "SAFETY", "action.riskFlags"),
                Arguments.of("vendorOpenWorkOrders", -1, "action.vendorOpenWorkOrders"),
                Arguments.of("vendorOpenWorkOrders", 1.5, "action.vendorOpenWorkOrders"),
                Arguments.of("vendorOpenWorkOrders", "3", "action.vendorOpenWorkOrders"),
                Arguments.of("dueDate", "2026-13-01", "action.dueDate"),
                Arguments.of("dueDate", "2026-02-30", "action.dueDate"),
                Arguments.of("dueDate", "01/02/2026", "action.dueDate"),
                Arguments.of("dueDate", "2026-01-14T00:00:00Z", "action.dueDate"),
                Arguments.of("at", "2026-01-14T23:10:00", "action.at"),
                Arguments.of("at", "2026-01-14", "action.at"),
                Arguments.of("at", "yesterday", "action.at"),
                Arguments.of("at", "2026-01-14T25:10:00-05:00", "action.at"),
                Arguments.of("at", 1768450200, "action.at"),
                Arguments.of("timezone", "Mars/Olympus_Mons", "action.timezone"),
                Arguments.of("timezone", "", "action.timezone"),
                Arguments.of("timezone", -5, "action.timezone"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("invalidFields")
    void invalidFieldIsRejectedNamingIt(String key, Object value, String expectedField) {
        // given
        Map<String, Object> json = dispatchWith(key, value);

        // when
        PolicyValidationException error = catchThrowableOfType(PolicyValidationException.class,
                () -> Action.fromMap(json, "action", NOON));

        // then
        assertThat(error).as("validation error for %s = %s", key, value).isNotNull();
        assertThat(error.field()).isEqualTo(expectedField);
        assertThat(error.getMessage()).startsWith(expectedField + " ");
    }

    @Test
    void missingActionIsRejected() {
        // when / then
        assertThatThrownBy(() -> Action.fromMap(null, "action", NOON))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.field()).isEqualTo("action"))
                .hasMessage("action is required");
    }

    @Test
    void missingTypeIsRejected() {
        // when / then
        assertThatThrownBy(() -> Action.fromMap(Map.of("amount", 5), "action", NOON))
                .isInstanceOfSatisfying(PolicyValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("action.type"));
    }

    @Test
    void missingAtIsRejectedWithoutADefault() {
        // when / then
        assertThatThrownBy(() -> Action.fromMap(Map.of("type", "READ"), "action"))
                .isInstanceOfSatisfying(PolicyValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("action.at"));
    }

    @Test
    void fieldPrefixStartsEveryField() {
        // when / then
        assertThatThrownBy(() -> Action.fromMap(dispatchWith("amount", -3), "payload.action", NOON))
                .isInstanceOfSatisfying(PolicyValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("payload.action.amount"));
    }

    @Test
    void contractExampleIsTyped() {
        // given
        Map<String, Object> json = new HashMap<>();
        json.put("type", "VENDOR_DISPATCH");
        json.put("amount", 420.00);
        json.put("category", "PLUMBING");
        json.put("priority", "ROUTINE");
        json.put("vendorOpenWorkOrders", 12);
        json.put("intent", null);
        json.put("riskFlags", List.of());
        json.put("recipient", "TENANT");
        json.put("dueDate", null);
        json.put("at", "2026-01-14T23:10:00-05:00");
        json.put("timezone", "America/New_York");

        // when
        Action action = Action.fromMap(json, "action");

        // then
        assertThat(action).isEqualTo(new Action(ActionType.VENDOR_DISPATCH, new BigDecimal("420.0"), Category.PLUMBING,
                Priority.ROUTINE, 12, null, List.of(), Recipient.TENANT, null,
                OffsetDateTime.parse("2026-01-14T23:10:00-05:00"), ZoneId.of("America/New_York")));
    }

    @Test
    void nullsCountAsAbsent() {
        // given
        Map<String, Object> json = new HashMap<>();
        json.put("type", "MESSAGE_SEND");
        for (String key : List.of("amount", "category", "priority", "vendorOpenWorkOrders", "intent", "riskFlags",
                "recipient", "dueDate", "at", "timezone")) {
            json.put(key, null);
        }

        // when
        Action action = Action.fromMap(json, "action", NOON);

        // then
        assertThat(action).isEqualTo(new Action(ActionType.MESSAGE_SEND, BigDecimal.ZERO, null, null, 0, null,
                List.of(), null, null, NOON, ZoneOffset.UTC));
    }

    @Test
    void allFieldsAreRead() {
        // given
        Map<String, Object> json = new HashMap<>();
        json.put("type", "COMPLIANCE_TASK_CREATE");
        json.put("priority", "URGENT");
        json.put("intent", "MAINTENANCE_INTAKE");
        json.put("riskFlags", new ArrayList<>(List.of("HARASSMENT", "SAFETY")));
        json.put("recipient", "STAFF");
        json.put("dueDate", "2026-02-01");
        json.put("vendorOpenWorkOrders", 7.0);
        json.put("timezone", "Europe/Berlin");
        json.put("workOrderId", "wo-1");

        // when
        Action action = Action.fromMap(json, "action", NOON);

        // then
        assertThat(action.priority()).isEqualTo(Priority.URGENT);
        assertThat(action.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
        assertThat(action.riskFlags()).containsExactly(RiskFlag.HARASSMENT, RiskFlag.SAFETY);
        assertThat(action.recipient()).isEqualTo(Recipient.STAFF);
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(action.vendorOpenWorkOrders()).isEqualTo(7);
        assertThat(action.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(action.at()).isEqualTo(NOON);
    }

    @Test
    void atWithUtcDesignatorIsAccepted() {
        // when
        Action action = Action.fromMap(Map.of("type", "READ", "at", "2026-01-14T23:10:00Z"), "action");

        // then
        assertThat(action.at()).isEqualTo(OffsetDateTime.of(2026, 1, 14, 23, 10, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void actionIsImmutable() {
        // given
        List<RiskFlag> flags = new ArrayList<>(List.of(RiskFlag.SAFETY));
        Action action = ActionBuilder.tenantMessage().withRiskFlags(flags).build();

        // when
        flags.add(RiskFlag.LEGAL);

        // then
        assertThat(action.riskFlags()).containsExactly(RiskFlag.SAFETY);
        assertThatThrownBy(() -> action.riskFlags().add(RiskFlag.LEGAL)).isInstanceOf(UnsupportedOperationException.class);
    }
}
