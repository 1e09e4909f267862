package io.stagecraft.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
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

  /** Which layer may use which: the "may use" column of ADR 1, as an allow-list. */
  @Test
  void layersUseOnlyTheLayersAdr1Allows() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy("io.stagecraft.core..")
        .layer("engine")
        .definedBy("io.stagecraft.engine..")
        .layer("persistence")
        .definedBy("io.stagecraft.persistence..")
        .layer("layout")
        .definedBy("io.stagecraft.layout..")
        .layer("lsp")
        .definedBy("io.stagecraft.lsp..")
        .layer("ui")
        .definedBy("io.stagecraft.ui..")
        .layer("cli")
        .definedBy("io.stagecraft.cli..")
        .layer("app")
        .definedBy("io.stagecraft.app..")
        .whereLayer("core")
        .mayNotAccessAnyLayer()
        .whereLayer("engine")
        .mayOnlyAccessLayers("core")
        .whereLayer("persistence")
        .mayOnlyAccessLayers("core")
        .whereLayer("layout")
        .mayOnlyAccessLayers("core")
        .whereLayer("lsp")
        .mayOnlyAccessLayers("core")
        .whereLayer("ui")
        .mayOnlyAccessLayers("core", "layout", "persistence")
        .whereLayer("cli")
        .mayOnlyAccessLayers("core", "engine", "persistence", "layout", "lsp")
        .whereLayer("app")
        .mayNotBeAccessedByAnyLayer()
        .check(imported);
  }

  @Test
  void coreUsesTheJdkOnly() {
    usesOnly("io.stagecraft.core..");
  }

  @Test
  void engineUsesDockerJavaAndItsTransport() {
    usesOnly(
        "io.stagecraft.engine..",
        "javax.net.ssl..",
        "com.github.dockerjava..",
        "com.fasterxml.jackson..",
        "org.bouncycastle..");
  }

  @Test
  void persistenceUsesJackson() {
    usesOnly("io.stagecraft.persistence..", "com.fasterxml.jackson..");
  }

  @Test
  void layoutUsesElk() {
    usesOnly("io.stagecraft.layout..", "org.eclipse.elk..");
  }

  /** LSP4J's JSON-RPC hands command arguments over as Gson values. */
  @Test
  void languageServerUsesLsp4j() {
    usesOnly("io.stagecraft.lsp..", "org.eclipse.lsp4j..", "com.google.gson..");
  }

  @Test
  void uiUsesJavaFxAndRichTextFx() {
    usesOnly(
        "io.stagecraft.ui..",
        "io.stagecraft.layout..",
        "io.stagecraft.persistence..",
        "javax.imageio..",
        "javafx..",
        "org.fxmisc..",
        "org.reactfx..");
  }

  @Test
  void cliUsesPicocliAndJacksonButNoJavaFx() {
    usesOnly(
        "io.stagecraft.cli..",
        "io.stagecraft.engine..",
        "io.stagecraft.persistence..",
        "io.stagecraft.layout..",
        "io.stagecraft.lsp..",
        "picocli..",
        "com.fasterxml.jackson..");
  }

  /**
   * The classes of {@code layer} depend only on the JDK, core, their own layer's other packages
   * named in {@code allowed}, and the libraries named there.
   */
  private static void usesOnly(String layer, String... allowed) {
    List<String> packages = new ArrayList<>(List.of("java..", "io.stagecraft.core..", layer));
    packages.addAll(List.of(allowed));
    classes()
        .that()
        .resideInAPackage(layer)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(packages.toArray(String[]::new))
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
