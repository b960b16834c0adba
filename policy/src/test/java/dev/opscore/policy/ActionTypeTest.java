package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.NOON;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionTypeTest {

    private final PolicyEngine engine = new PolicyEngine();

    @ParameterizedTest
    @ValueSource(strings = {"TELEPORT", "read", "Vendor_Dispatch", "", " READ", "UNKNOWN"})
    void unrecognisedTypeIsBlocked(String type) {
        // given
        Action action = Action.fromMap(Map.of("type", type), "action", NOON);

        // when
        Decision decision = engine.evaluate(PolicyConfig.defaults(), action, false);

        // then
        assertThat(action.type()).isEqualTo(ActionType.UNKNOWN);
        assertThatDecision(decision).isBlocked().hasReasons(UNKNOWN_ACTION_TYPE).escalates();
    }

    @Test
    void unknownTypeWithKillSwitchListsTheKillSwitchFirst() {
        // given
        Action action = Action.fromMap(Map.of("type", "TELEPORT"), "action", NOON);

        // when
        Decision decision = engine.evaluate(PolicyConfig.defaults(), action, true);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY, UNKNOWN_ACTION_TYPE);
    }

    @ParameterizedTest
    @CsvSource({
        "READ, READ_ONLY",
        "WORK_ORDER_CREATE, REVERSIBLE_WRITE", "WORK_ORDER_UPDATE, REVERSIBLE_WRITE", "WORK_ORDER_CLOSE, REVERSIBLE_WRITE",
        "VENDOR_ASSIGN, REVERSIBLE_WRITE_WITH_SPEND", "VENDOR_DISPATCH, REVERSIBLE_WRITE_WITH_SPEND",
        "BID_REQUEST, REVERSIBLE_WRITE_WITH_SPEND", "BID_ACCEPT, REVERSIBLE_WRITE_WITH_SPEND",
        "MESSAGE_SEND, COMMUNICATION", "NOTIFICATION_SEND, COMMUNICATION",
        "COMPLIANCE_TASK_CREATE, REVERSIBLE_WRITE", "PM_TASK_CREATE, REVERSIBLE_WRITE",
        "LEGAL_NOTICE_SEND, IRREVERSIBLE_LEGAL", "EVICTION_FILE, IRREVERSIBLE_LEGAL", "LEASE_TERMINATE, IRREVERSIBLE_LEGAL",
        "REFUND_ISSUE, IRREVERSIBLE_FINANCIAL", "PAYMENT_SEND, IRREVERSIBLE_FINANCIAL", "FEE_WAIVE, IRREVERSIBLE_FINANCIAL",
        "DEPOSIT_DEDUCT, IRREVERSIBLE_FINANCIAL"
    })
    void everyContractTypeIsRecognisedWithItsEffectClass(String wireName, EffectClass effectClass) {
        // given / when
        ActionType type = ActionType.fromWireName(wireName);

        // then
        assertThat(type.name()).isEqualTo(wireName);
        assertThat(type.effectClass()).isEqualTo(effectClass);
    }
}
