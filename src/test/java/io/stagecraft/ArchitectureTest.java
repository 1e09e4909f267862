package io.stagecraft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: core needs only the JDK, and each outer layer sees only what it may. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.stagecraft");
  }

  @Test
  void coreUsesTheJdkOnly() {
    noClasses().that().resideInAPackage("io.stagecraft.core..")
        .should().dependOnClassesThat().resideOutsideOfPackages("io.stagecraft.core..", "java..")
        .check(classes);
  }

  @Test
  void layoutUsesCoreAndElkButNoJavaFx() {
    noClasses().that().resideInAPackage("io.stagecraft.layout..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "com.github.dockerjava..",
            "io.stagecraft.ui..", "io.stagecraft.persistence..", "io.stagecraft.app..", "io.stagecraft.cli..")
        .check(classes);
  }

  @Test
  void persistenceUsesCoreAndJacksonOnly() {
    noClasses().that().resideInAPackage("io.stagecraft.persistence..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.github.dockerjava..", "io.stagecraft.ui..",
            "io.stagecraft.layout..", "io.stagecraft.app..", "io.stagecraft.cli..")
        .check(classes);
  }

  @Test
  void uiGoesThroughPersistenceAndNeverTouchesJacksonOrDockerJava() {
    noClasses().that().resideInAPackage("io.stagecraft.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "com.github.dockerjava..",
            "io.stagecraft.app..", "io.stagecraft.cli..")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.stagecraft.(*)..").should().beFreeOfCycles().check(classes);
  }
}
