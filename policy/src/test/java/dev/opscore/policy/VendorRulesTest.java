package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.a;
import static dev.opscore.policy.ActionBuilder.plumbingDispatch;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules 5 (category), 6 (emergency) and 7 (vendor capacity). */
class VendorRulesTest {

    @Nested
    class Category5 {

        @ParameterizedTest
        @EnumSource(value = ActionType.class, names = {"VENDOR_ASSIGN", "VENDOR_DISPATCH"})
        void categoryNotInTheListNeedsApproval(ActionType type) {
            // given
            ActionBuilder action = a(type).withAmount("100").withCategory(Category.PEST);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(CATEGORY_NOT_AUTO_ASSIGNABLE, SPEND_WITHIN_AUTO_LIMIT);
        }

        @Test
        void missingCategoryIsNotInTheList() {
            // given
            ActionBuilder action = a(ActionType.VENDOR_ASSIGN).withAmount("100");

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(CATEGORY_NOT_AUTO_ASSIGNABLE, SPEND_WITHIN_AUTO_LIMIT);
        }

        @Test
        void categoryAddedByConfigurationIsAutoAssignable() {
            // given
            PolicyConfig config = TestConfigs.with("workOrders.autoAssignAllowedCategories", List.of("PEST"));
            ActionBuilder action = a(ActionType.VENDOR_DISPATCH).withAmount("100").withCategory(Category.PEST);

            // when
            Decision decision = Decide.with(config, action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
        }

        @Test
        void bidRequestIsNotSubjectToTheCategoryRule() {
            // given
            ActionBuilder action = a(ActionType.BID_REQUEST).withAmount("100").withCategory(Category.PEST);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
        }
    }

    @Nested
    class Emergency6 {

        @ParameterizedTest
        @EnumSource(value = ActionType.class, names = {"VENDOR_ASSIGN", "VENDOR_DISPATCH", "BID_REQUEST"})
        void emergencyVendorEngagementNeedsApproval(ActionType type) {
            // given
            ActionBuilder action = a(type).withAmount("100").withCategory(Category.PLUMBING).withPriority(Priority.EMERGENCY);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(EMERGENCY_ESCALATION, SPEND_WITHIN_AUTO_LIMIT).escalates();
        }

        @Test
        void emergencyBidAcceptIsNotCovered() {
            // given
            ActionBuilder action = a(ActionType.BID_ACCEPT).withAmount("100").withPriority(Priority.EMERGENCY);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
        }

        @Test
        void emergencyDispatchProceedsWhenEmergencyEscalationIsOff() {
            // given
            PolicyConfig config = TestConfigs.with("workOrders.emergencyAlwaysEscalate", false);
            ActionBuilder action = plumbingDispatch("100").withPriority(Priority.EMERGENCY);

            // when
            Decision decision = Decide.with(config, action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT).doesNotEscalate();
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
        void emergencyWorkOrderIsCreatedAndEscalatesWhateverTheSetting(boolean emergencyAlwaysEscalate) {
            // given
            PolicyConfig config = TestConfigs.with("workOrders.emergencyAlwaysEscalate", emergencyAlwaysEscalate);
            ActionBuilder action = a(ActionType.WORK_ORDER_CREATE).withPriority(Priority.EMERGENCY);

            // when
            Decision decision = Decide.with(config, action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(EMERGENCY_ESCALATION).escalates();
        }

        @ParameterizedTest
        @EnumSource(value = Priority.class, names = {"URGENT", "ROUTINE"})
        void nonEmergencyWorkOrderDoesNotEscalate(Priority priority) {
            // given
            ActionBuilder action = a(ActionType.WORK_ORDER_CREATE).withPriority(priority);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
        }

        @Test
        void emergencyWorkOrderUpdateIsNotCovered() {
            // given
            ActionBuilder action = a(ActionType.WORK_ORDER_UPDATE).withPriority(Priority.EMERGENCY);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
        }
    }

    @Nested
    class Capacity7 {

        @ParameterizedTest
        @EnumSource(value = ActionType.class, names = {"VENDOR_ASSIGN", "VENDOR_DISPATCH"})
        void vendorAtExactlyMaxOpenIsBlocked(ActionType type) {
            // given
            ActionBuilder action = a(type).withAmount("100").withCategory(Category.PLUMBING).withOpenWorkOrders(25);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).isBlocked().hasReasons(VENDOR_AT_CAPACITY, SPEND_WITHIN_AUTO_LIMIT);
        }

        @Test
        void vendorOneBelowMaxOpenIsAllowed() {
            // given
            ActionBuilder action = plumbingDispatch("100").withOpenWorkOrders(24);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
        }

        @Test
        void missingOpenWorkOrdersCountsAsZero() {
            // given
            PolicyConfig noCapacity = TestConfigs.with("workOrders.maxOpenPerVendor", 0);
            Action action = Action.fromMap(java.util.Map.of("type", "VENDOR_ASSIGN", "category", "HVAC"), "action",
                    ActionBuilder.NOON);

            // when
            Decision decision = new PolicyEngine().evaluate(noCapacity, action, false);

            // then
            assertThatDecision(decision).isBlocked().hasReasons(VENDOR_AT_CAPACITY, SPEND_WITHIN_AUTO_LIMIT);
        }

        @Test
        void bidRequestIgnoresCapacity() {
            // given
            ActionBuilder action = a(ActionType.BID_REQUEST).withAmount("100").withOpenWorkOrders(500);

            // when
            Decision decision = Decide.withDefaults(action);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
        }
    }
}
