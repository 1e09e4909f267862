package io.stagecraft.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
  void languageServerUsesCoreAndLsp4jOnly() {
    noClasses()
        .that()
        .resideInAPackage("io.stagecraft.lsp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "com.fasterxml..",
            "com.github.dockerjava..",
            "io.stagecraft.ui..",
            "io.stagecraft.engine..",
            "io.stagecraft.persistence..",
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

  /**
   * The ui packages (the shared look in {@code ui} itself, the view model in {@code ui.model}, and
   * the canvas, code pane, build panel, split review and dialogs) may use one another only one way;
   * the window that wires them together lives in {@code app}.
   */
  @Test
  void uiPackagesHaveNoCycles() {
    slices().assignedFrom(UI_PACKAGES).should().beFreeOfCycles().check(imported);
  }

  /** Each ui package, the root one included, as its own slice. */
  private static final SliceAssignment UI_PACKAGES =
      new SliceAssignment() {
        private static final String UI = "io.stagecraft.ui";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String pkg = javaClass.getPackageName();
          if (pkg.equals(UI)) {
            return SliceIdentifier.of("ui");
          }
          if (pkg.startsWith(UI + ".")) {
            return SliceIdentifier.of("ui." + pkg.substring(UI.length() + 1).split("\\.")[0]);
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the io.stagecraft.ui package and each of its sub-packages";
        }
      };

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching("io.stagecraft.(*)..").should().beFreeOfCycles().check(imported);
  }
}
