package dev.opscore.ops.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/** Rules of the module: every component is switched by the sandbox's condition; time and chance come from the world. */
class SandboxComponentsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.opscore.ops.sandbox");
    }

    @Test
    void everySpringComponentIsConditionalOnTheSandbox() {
        classes().that().areMetaAnnotatedWith(Component.class).and().areNotAnnotations()
                .should().beAnnotatedWith(ConditionalOnSandbox.class)
                .because("an application scanning dev.opscore must not get the sandbox when a real PMS is configured")
                .check(classes);
    }

    @Test
    void nothingReadsTheSystemClockOrDrawsRandomIds() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .because("the sandbox clock decides what time it is")
                .check(classes);
    }

    @Test
    void onlyTheSeedTheWorldAndTheFaultsDrawRandomNumbers() {
        noClasses().that().resideOutsideOfPackages("..sandbox.seed..", "..sandbox.world..", "..sandbox.fault..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .check(classes);
    }
}
