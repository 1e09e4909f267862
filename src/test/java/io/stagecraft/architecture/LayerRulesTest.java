package io.stagecraft.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/adr/0001-layers.md, checked on the compiled classes. */
class LayerRulesTest {
  private static JavaClasses imported;

  @BeforeAll
  static void importClasses() {
    imported =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stagecraft");
  }

  @Test
  void coreUsesTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("io.stagecraft.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.stagecraft.core..")
        .check(imported);
  }

  @Test
  void coreDoesNotReachOutwards() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.stagecraft.ui..",
            "io.stagecraft.engine..",
            "io.stagecraft.persistence..",
            "io.stagecraft.app..",
            "io.stagecraft.cli..",
            "io.stagecraft.layout..")
        .check(imported);
  }

  @Test
  void syntaxKnowsNothingOfStagesOrEdits() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.core.syntax..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.stagecraft.core.model..",
            "io.stagecraft.core.edit..",
            "io.stagecraft.core.document..")
        .check(imported);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("io.stagecraft.core.(*)..").should().beFreeOfCycles().check(imported);
  }

  @Test
  void uiStaysAwayFromEngineAndPersistenceImplementations() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.github.dockerjava..", "com.fasterxml.jackson..", "io.stagecraft.engine..")
        .allowEmptyShould(true)
        .check(imported);
  }

  @Test
  void engineDoesNotUseTheUi() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "io.stagecraft.ui..", "org.fxmisc..")
        .allowEmptyShould(true)
        .check(imported);
  }

  @Test
  void layoutUsesCoreAndElkButNoJavaFx() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.layout..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "com.fasterxml..",
            "com.github.dockerjava..",
            "io.stagecraft.ui..",
            "io.stagecraft.persistence..",
            "io.stagecraft.app..",
            "io.stagecraft.cli..")
        .check(imported);
  }

  @Test
  void persistenceUsesCoreAndJacksonOnly() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "com.github.dockerjava..",
            "io.stagecraft.ui..",
            "io.stagecraft.layout..",
            "io.stagecraft.app..",
            "io.stagecraft.cli..")
        .check(imported);
  }

  @Test
  void uiDoesNotReachTheEntryPoints() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.stagecraft.app..", "io.stagecraft.cli..")
        .check(imported);
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching("io.stagecraft.(*)..").should().beFreeOfCycles().check(imported);
  }
}
