package dev.opscore.policy;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The policy module's hard rules: plain Java, no I/O, no clock or randomness, no static mutable state. */
class ArchitectureTest {

    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opscore.policy");

    @Test
    void dependsOnNothingButTheJdkCore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.fasterxml..", "jakarta..", "java.io..", "java.nio..", "java.net..",
                        "java.sql..", "java.util.concurrent..", "java.lang.reflect..")
                .because("policy is plain Java with no I/O")
                .check(POLICY);
    }

    @Test
    void readsNoClockAndDrawsNoRandomness() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().callMethodWhere(target(nameMatching("now|currentTimeMillis|nanoTime|random")))
                .check(POLICY);
    }

    @Test
    void hasNoStaticMutableFields() {
        fields().that().areStatic().should().beFinal().check(POLICY);
    }

    @Test
    void onlyTheEntryTypesArePublic() {
        // given
        Set<String> expected = new TreeSet<>(Set.of(
                "Action", "ActionType", "Category", "ComplianceSettings", "ConfigMerge", "Decision", "EffectClass",
                "EscalationChannel", "EscalationSettings", "EvaluationResult", "FinancialSettings", "Intent",
                "LegalSettings", "MessagingSettings", "Outcome", "PolicyConfig", "PolicyDefaults", "PolicyEngine",
                "PolicyEvaluation", "PolicyValidationException", "Priority", "QuietHours", "ReasonCode", "Recipient",
                "RiskFlag", "ScopeResolution", "ScopeResolution$Resolved", "SpendLimits", "StoredPolicy",
                "WorkOrderSettings"));

        // when
        Set<String> publicTypes = new TreeSet<>();
        for (JavaClass type : POLICY) {
            if (type.getModifiers().contains(JavaModifier.PUBLIC) && !type.getSimpleName().isEmpty()) {
                publicTypes.add(type.getName().substring("dev.opscore.policy.".length()));
            }
        }

        // then
        assertThat(publicTypes).isEqualTo(expected);
    }
}
