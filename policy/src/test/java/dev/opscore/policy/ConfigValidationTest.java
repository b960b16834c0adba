package dev.opscore.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PolicyConfig.fromMap: every validation error names its field. */
class ConfigValidationTest {

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                // spend: order, sign and type
                Arguments.of("spend.autoApproveMax", 800, "config.spend.autoApproveMax"),
                Arguments.of("spend.requireApprovalAbove", 5000.01, "config.spend.requireApprovalAbove"),
                Arguments.of("spend.autoApproveMax", -1, "config.spend.autoApproveMax"),
                Arguments.of("spend.requireApprovalAbove", -0.01, "config.spend.requireApprovalAbove"),
                Arguments.of("spend.hardBlockAbove", -5, "config.spend.hardBlockAbove"),
                Arguments.of("spend.hardBlockAbove", 700, "config.spend.requireApprovalAbove"),
                Arguments.of("spend.autoApproveMax", "500", "config.spend.autoApproveMax"),
                Arguments.of("spend.autoApproveMax", true, "config.spend.autoApproveMax"),
                Arguments.of("spend.autoApproveMax", Double.NaN, "config.spend.autoApproveMax"),
                Arguments.of("spend.autoApproveMax", null, "config.spend.autoApproveMax"),
                Arguments.of("spend.autoApprove", 5, "config.spend.autoApprove"),
                Arguments.of("spend", "cheap", "config.spend"),
                Arguments.of("budget", Map.of(), "config.budget"),
                // workOrders
                Arguments.of("workOrders.autoAssignAllowedCategories", List.of("PLUMBING", "ROOFING"),
                        "config.workOrders.autoAssignAllowedCategories[1]"),
                Arguments.of("workOrders.autoAssignAllowedCategories", List.of("plumbing"),
                        "config.workOrders.autoAssignAllowedCategories[0]"),
                Arguments.of("workOrders.autoAssignAllowedCategories", List.of("HVAC", 7),
                        "config.workOrders.autoAssignAllowedCategories[1]"),
                Arguments.of("workOrders.autoAssignAllowedCategories", "PLUMBING",
                        "config.workOrders.autoAssignAllowedCategories"),
                Arguments.of("workOrders.emergencyAlwaysEscalate", "yes", "config.workOrders.emergencyAlwaysEscalate"),
                Arguments.of("workOrders.maxOpenPerVendor", -1, "config.workOrders.maxOpenPerVendor"),
                Arguments.of("workOrders.maxOpenPerVendor", 2.5, "config.workOrders.maxOpenPerVendor"),
                Arguments.of("workOrders.maxOpenPerVendor", 1e12, "config.workOrders.maxOpenPerVendor"),
                // messaging
                Arguments.of("messaging.allowedAutoIntents", List.of("FAQ", "GOSSIP"), "config.messaging.allowedAutoIntents[1]"),
                Arguments.of("messaging.allowedAutoIntents", Map.of(), "config.messaging.allowedAutoIntents"),
                Arguments.of("messaging.quietHours.start", "7:00", "config.messaging.quietHours.start"),
                Arguments.of("messaging.quietHours.start", "24:00", "config.messaging.quietHours.start"),
                Arguments.of("messaging.quietHours.start", "07:60", "config.messaging.quietHours.start"),
                Arguments.of("messaging.quietHours.start", "0700", "config.messaging.quietHours.start"),
                Arguments.of("messaging.quietHours.start", "07:00:00", "config.messaging.quietHours.start"),
                Arguments.of("messaging.quietHours.start", 700, "config.messaging.quietHours.start"),
                Arguments.of("messaging.quietHours.end", "25:00", "config.messaging.quietHours.end"),
                Arguments.of("messaging.quietHours.end", "", "config.messaging.quietHours.end"),
                Arguments.of("messaging.quietHours.middle", "01:00", "config.messaging.quietHours.middle"),
                Arguments.of("messaging.quietHours", List.of("21:00", "07:00"), "config.messaging.quietHours"),
                Arguments.of("messaging.legalKeywordsEscalate", 1, "config.messaging.legalKeywordsEscalate"),
                // compliance
                Arguments.of("compliance.criticalDaysBeforeDue", -1, "config.compliance.criticalDaysBeforeDue"),
                Arguments.of("compliance.criticalDaysBeforeDue", 1.5, "config.compliance.criticalDaysBeforeDue"),
                Arguments.of("compliance.criticalDaysBeforeDue", "7", "config.compliance.criticalDaysBeforeDue"),
                Arguments.of("compliance.autoCreateTasks", null, "config.compliance.autoCreateTasks"),
                Arguments.of("compliance.overdueAlwaysEscalate", "false", "config.compliance.overdueAlwaysEscalate"),
                // escalation
                Arguments.of("escalation.channels", List.of("in_app", "pager"), "config.escalation.channels[1]"),
                Arguments.of("escalation.channels", List.of("EMAIL"), "config.escalation.channels[0]"),
                Arguments.of("escalation.criticalAlsoSms", "no", "config.escalation.criticalAlsoSms"),
                Arguments.of("escalation.webhook", "x", "config.escalation.webhook"),
                // legal and financial
                Arguments.of("legal.autonomousActionsEnabled", "true", "config.legal.autonomousActionsEnabled"),
                Arguments.of("legal.other", true, "config.legal.other"),
                Arguments.of("financial.irreversibleActionsEnabled", 0, "config.financial.irreversibleActionsEnabled"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("invalidSettings")
    void invalidSettingIsRejectedNamingItsField(String path, Object value, String expectedField) {
        // given
        Map<String, Object> config = TestConfigs.defaultsWith(path, value);

        // when
        PolicyValidationException error = catchThrowableOfType(PolicyValidationException.class,
                () -> PolicyConfig.fromMap(config, "config"));

        // then
        assertThat(error).as("validation error for %s = %s", path, value).isNotNull();
        assertThat(error.field()).isEqualTo(expectedField);
        assertThat(error.getMessage()).startsWith(expectedField + " ").hasSizeGreaterThan(expectedField.length() + 5);
    }

    @Test
    void missingSectionIsRequired() {
        // given
        Map<String, Object> config = PolicyDefaults.asMap();
        config.remove("compliance");

        // when / then
        assertThatThrownBy(() -> PolicyConfig.fromMap(config, "config"))
                .isInstanceOfSatisfying(PolicyValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("config.compliance"))
                .hasMessageContaining("required");
    }

    @Test
    void fieldPrefixStartsEveryField() {
        // given
        Map<String, Object> config = TestConfigs.defaultsWith("spend.autoApproveMax", 800);

        // when / then
        assertThatThrownBy(() -> PolicyConfig.fromMap(config, "configJson"))
                .isInstanceOfSatisfying(PolicyValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("configJson.spend.autoApproveMax"))
                .hasMessage("configJson.spend.autoApproveMax must not be greater than requireApprovalAbove (800 > 750)");
    }

    @Test
    void configurationThatIsNotAnObjectIsRejected() {
        // when / then
        assertThatThrownBy(() -> PolicyConfig.fromMap(null, "config"))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.field()).isEqualTo("config"));
    }

    @Test
    void killSwitchKeyIsIgnored() {
        // given
        Map<String, Object> config = TestConfigs.defaultsWith("killSwitch", "not even a boolean");

        // when
        PolicyConfig parsed = PolicyConfig.fromMap(config, "config");

        // then
        assertThat(parsed).isEqualTo(PolicyConfig.defaults());
    }

    @Test
    void defaultsAreTypedExactly() {
        // when
        PolicyConfig config = PolicyConfig.defaults();

        // then
        assertThat(config.spend().autoApproveMax()).isEqualByComparingTo("750");
        assertThat(config.spend().requireApprovalAbove()).isEqualByComparingTo("750");
        assertThat(config.spend().hardBlockAbove()).isEqualByComparingTo("5000");
        assertThat(config.workOrders().autoAssignAllowedCategories())
                .containsExactlyInAnyOrder(Category.PLUMBING, Category.HVAC, Category.ELECTRICAL, Category.GENERAL);
        assertThat(config.workOrders().emergencyAlwaysEscalate()).isTrue();
        assertThat(config.workOrders().maxOpenPerVendor()).isEqualTo(25);
        assertThat(config.messaging().quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
        assertThat(config.messaging().allowedAutoIntents())
                .containsExactlyInAnyOrder(Intent.STATUS_UPDATE, Intent.FAQ, Intent.MAINTENANCE_INTAKE, Intent.RENEWAL_INFO);
        assertThat(config.messaging().legalKeywordsEscalate()).isTrue();
        assertThat(config.compliance()).isEqualTo(new ComplianceSettings(7, true, true));
        assertThat(config.escalation()).isEqualTo(new EscalationSettings(
                List.of(EscalationChannel.IN_APP, EscalationChannel.EMAIL), false));
        assertThat(config.legal().autonomousActionsEnabled()).isFalse();
        assertThat(config.financial().irreversibleActionsEnabled()).isFalse();
    }

    @Test
    void moneyArrivesAsAnyJsonNumberType() {
        // given
        Map<String, Object> config = PolicyDefaults.asMap();
        config.put("spend", Map.of("autoApproveMax", 100L, "requireApprovalAbove", 200.5d,
                "hardBlockAbove", new BigDecimal("300.25")));

        // when
        SpendLimits spend = PolicyConfig.fromMap(config, "config").spend();

        // then
        assertThat(spend.autoApproveMax()).isEqualByComparingTo("100");
        assertThat(spend.requireApprovalAbove()).isEqualByComparingTo("200.5");
        assertThat(spend.hardBlockAbove()).isEqualByComparingTo("300.25");
    }

    @Test
    void equalAndZeroThresholdsAreValid() {
        // given
        Map<String, Object> config = PolicyDefaults.asMap();
        config.put("spend", Map.of("autoApproveMax", 0, "requireApprovalAbove", BigInteger.ZERO, "hardBlockAbove", 0.0));

        // when
        SpendLimits spend = PolicyConfig.fromMap(config, "config").spend();

        // then
        assertThat(spend.hardBlockAbove()).isZero();
    }

    @Test
    void wholeNumberWrittenAsDecimalIsACount() {
        // given
        Map<String, Object> config = TestConfigs.defaultsWith("workOrders.maxOpenPerVendor", 12.0);

        // when
        PolicyConfig parsed = PolicyConfig.fromMap(config, "config");

        // then
        assertThat(parsed.workOrders().maxOpenPerVendor()).isEqualTo(12);
    }

    @Test
    void emptyListsAreValid() {
        // given
        Map<String, Object> config = TestConfigs.defaultsWith("workOrders.autoAssignAllowedCategories", List.of());

        // when
        PolicyConfig parsed = PolicyConfig.fromMap(config, "config");

        // then
        assertThat(parsed.workOrders().autoAssignAllowedCategories()).isEqualTo(Set.of());
    }

    @Test
    void spendLimitsCannotBeBuiltOutOfOrderInCodeEither() {
        // when / then
        assertThatThrownBy(() -> new SpendLimits(new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("20")))
                .isInstanceOfSatisfying(PolicyValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("autoApproveMax"));
    }
}
