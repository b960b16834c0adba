package dev.opscore.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of architecture.md: dependencies point one way, and policy stays pure. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.opscore");
    }

    @Test
    void policyIsPlainJavaWithoutSpringOrIo() {
        noClasses().that().resideInAPackage("dev.opscore.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..",
                        "java.nio.file..", "java.net..", "java.sql..", "tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void policyReadsNoClockAndDrawsNoRandomness() {
        noClasses().that().resideInAPackage("dev.opscore.policy..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .check(classes);
    }

    @Test
    void policyDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.opscore.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.opscore.db..", "dev.opscore.tools..",
                        "dev.opscore.jobs..", "dev.opscore.app..", "dev.opscore.ops..")
                .check(classes);
    }

    @Test
    void dbAndToolsDoNotDependOnTheRuntimeOrTheApp() {
        noClasses().that().resideInAnyPackage("dev.opscore.db..", "dev.opscore.tools..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.opscore.jobs..", "dev.opscore.app..")
                .check(classes);
    }

    @Test
    void jobsDoNotDependOnTheApp() {
        noClasses().that().resideInAPackage("dev.opscore.jobs..")
                .should().dependOnClassesThat().resideInAPackage("dev.opscore.app..")
                .check(classes);
    }

    @Test
    void theRuntimeReadsTimeOnlyThroughTheInjectedClock() {
        noClasses().that().resideInAPackage("dev.opscore.jobs..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .check(classes);
    }
}
