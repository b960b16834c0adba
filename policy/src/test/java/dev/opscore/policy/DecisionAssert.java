package dev.opscore.policy;

import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/** AssertJ assertions for decisions. */
final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    private DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    static DecisionAssert assertThatDecision(Decision actual) {
        return new DecisionAssert(actual);
    }

    DecisionAssert hasOutcome(Outcome expected) {
        isNotNull();
        Assertions.assertThat(actual.outcome()).as("outcome of %s", actual).isEqualTo(expected);
        return this;
    }

    DecisionAssert isAllowed() {
        return hasOutcome(Outcome.ALLOW);
    }

    DecisionAssert needsApproval() {
        return hasOutcome(Outcome.APPROVAL);
    }

    DecisionAssert isBlocked() {
        return hasOutcome(Outcome.BLOCK);
    }

    /** Exactly these reasons, in this order. */
    DecisionAssert hasReasons(ReasonCode... expected) {
        isNotNull();
        Assertions.assertThat(actual.reasons()).as("reasons of %s", actual).containsExactly(expected);
        return this;
    }

    DecisionAssert hasReasonsIncluding(ReasonCode... expected) {
        isNotNull();
        Assertions.assertThat(actual.reasons()).as("reasons of %s", actual).contains(expected);
        return this;
    }

    DecisionAssert startsWith(ReasonCode first) {
        isNotNull();
        Assertions.assertThat(actual.reasons()).as("reasons of %s", actual).first().isEqualTo(first);
        return this;
    }

    DecisionAssert escalates() {
        isNotNull();
        Assertions.assertThat(actual.escalate()).as("escalate of %s", actual).isTrue();
        return this;
    }

    DecisionAssert doesNotEscalate() {
        isNotNull();
        Assertions.assertThat(actual.escalate()).as("escalate of %s", actual).isFalse();
        return this;
    }

    DecisionAssert hasNotBefore(String expectedIso) {
        isNotNull();
        Assertions.assertThat(actual.notBefore()).as("notBefore of %s", actual).isNotNull();
        // compare the text, so that the offset counts, not only the instant
        Assertions.assertThat(actual.notBefore().toString()).as("notBefore of %s", actual)
                .isEqualTo(OffsetDateTime.parse(expectedIso).toString());
        return this;
    }

    DecisionAssert hasNoNotBefore() {
        isNotNull();
        Assertions.assertThat(actual.notBefore()).as("notBefore of %s", actual).isNull();
        return this;
    }

    List<ReasonCode> reasons() {
        return actual.reasons();
    }
}
