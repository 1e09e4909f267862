package io.stagecraft.ui.build;

import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.Icon;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.dialog.Prompts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The build panel: the engine chip, the two variants' settings and builds, and the comparison of
 * the images they made.
 */
public final class BuildPanel extends VBox {
  private final BuildPanelModel model;
  private final CodePane codePane;
  private final Prompts prompts;
  private final BackgroundWork background;
  private final VariantEditor editorA;
  private final VariantEditor editorB;
  private final ComparisonView comparison = new ComparisonView();
  private final TabPane tabs = new TabPane();
  private final Tab resultsTab;
  private final Label note = new Label();
  private final SplitVerifier verifier;
  private final Tab runTab;
  private final Tab imagesTab;
  private final javafx.beans.property.BooleanProperty expanded =
      new javafx.beans.property.SimpleBooleanProperty(true);

  public BuildPanel(
      BuildPanelModel model, CodePane codePane, Prompts prompts, BackgroundWork background) {
    this.model = model;
    this.codePane = codePane;
    this.prompts = prompts;
    this.background = background;
    this.verifier = new SplitVerifier(model);
    getStyleClass().add("build-panel");
    setId("build-panel");
    Supplier<Optional<Path>> chooseDockerfile =
        () -> prompts.chooseFileToOpen(Prompts.FileKind.DOCKERFILE);
    editorA =
        new VariantEditor(
            "A", v -> model.update("A", v), chooseDockerfile, () -> chooseContext("A"));
    editorB =
        new VariantEditor(
            "B", v -> model.update("B", v), chooseDockerfile, () -> chooseContext("B"));
    model
        .settingsProperty()
        .addListener(
            (o, was, s) -> {
              editorA.show(s.a());
              editorB.show(s.b());
            });
    editorA.show(model.settingsProperty().get().a());
    editorB.show(model.settingsProperty().get().b());
    Tab variants = new Tab("Variants", new HBox(12, column("A", editorA), column("B", editorB)));
    ((HBox) variants.getContent()).setPadding(new Insets(6, 8, 6, 8));
    resultsTab = new Tab("Results", comparison);
    runTab = new Tab("Run both", new RunBothView(model));
    imagesTab =
        new Tab("Built images", new BuiltImagesTable(model, java.time.ZoneId.systemDefault()));
    tabs.getTabs().addAll(variants, resultsTab, runTab, imagesTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("build-tabs");
    // Tall results scroll inside the panel; they must not push the divider over the canvas and
    // code.
    tabs.setMinHeight(0);
    setMinHeight(120);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    Label message = new Label();
    message.setId("build-message");
    message.getStyleClass().add("build-error");
    message.textProperty().bind(model.messageProperty());
    message.managedProperty().bind(model.messageProperty().isNotEmpty());
    note.setId("build-note");
    note.getStyleClass().add("build-note");
    note.setWrapText(true);
    note.setMinHeight(Region.USE_PREF_SIZE);
    note.managedProperty().bind(note.textProperty().isNotEmpty());
    // A line of its own: in the header it would squeeze the buttons.
    Label notice = new Label();
    notice.setId("build-notice");
    notice.getStyleClass().add("build-note");
    notice.textProperty().bind(model.noticeProperty());
    notice.managedProperty().bind(model.noticeProperty().isNotEmpty());
    VBox body = new VBox(verdictBanner(), message, notice, note, tabs);
    body.setId("build-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    // Folded, the panel is its header alone and the canvas and code get the room.
    body.visibleProperty().bind(expanded);
    body.managedProperty().bind(expanded);
    getChildren().addAll(header(), body);
    for (String label : new String[] {"A", "B"}) {
      VariantRun runOf = model.variant(label);
      runOf.currentLineProperty().addListener((o, was, line) -> markLine(label, line.intValue()));
      runOf.resultProperty().addListener((o, was, now) -> showResults());
    }
  }

  /**
   * Verifies a split just applied: builds the original and stage {@code runtimeStage} of the
   * document, runs both and shows the verdict above the tabs.
   */
  public void verifySplit(String runtimeStage) {
    tabs.getSelectionModel().select(0);
    comparison.showNothing();
    verifier.verify(runtimeStage);
  }

  public SplitVerifier verifier() {
    return verifier;
  }

  /**
   * The verification's verdict, plainly coloured; a mismatch switches to the runs' outputs side by
   * side.
   */
  private HBox verdictBanner() {
    Label text = new Label();
    text.setId("verify-verdict");
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    StackPane icon = new StackPane(Icon.SHIELD_CHECK_OUTLINE.node());
    Button close = new Button(null, Icon.CLOSE.node());
    close.setTooltip(new Tooltip("Hide the verdict"));
    close.getStyleClass().add("flat");
    close.setOnAction(e -> verifier.dismiss());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox.setHgrow(text, Priority.SOMETIMES);
    HBox banner = new HBox(8, icon, text, spacer, close);
    banner.setAlignment(Pos.CENTER_LEFT);
    banner.getStyleClass().add("verify-banner");
    banner.setPadding(new Insets(4, 8, 4, 8));
    banner.setVisible(false);
    banner.managedProperty().bind(banner.visibleProperty());
    verifier
        .verdictProperty()
        .addListener(
            (o, was, v) -> {
              banner.setVisible(v != null);
              banner.getStyleClass().removeAll("verify-running", "verify-passed", "verify-failed");
              if (v == null) {
                return;
              }
              text.setText(v.text());
              banner
                  .getStyleClass()
                  .add("verify-" + v.state().name().toLowerCase(java.util.Locale.ROOT));
              icon.getChildren()
                  .setAll(
                      switch (v.state()) {
                        case RUNNING -> Icon.HAMMER_WRENCH.node();
                        case PASSED -> Icon.SHIELD_CHECK_OUTLINE.node();
                        case FAILED -> Icon.ALERT_OCTAGON_OUTLINE.node();
                      });
              if (v.state() == SplitVerifier.State.FAILED
                  && v.check() != null
                  && !v.check().sameOutcome()) {
                tabs.getSelectionModel().select(runTab);
              } else if (v.state() == SplitVerifier.State.PASSED) {
                tabs.getSelectionModel().select(resultsTab);
              }
            });
    return banner;
  }

  /**
   * Shows a note above the variants, such as where the sample's base images come from; empty for
   * none.
   */
  public void setNote(String text) {
    note.setText(text == null ? "" : text);
  }

  public BuildPanelModel model() {
    return model;
  }

  /** Whether the panel shows its settings and results, or only its header. */
  public javafx.beans.property.BooleanProperty expandedProperty() {
    return expanded;
  }

  public TabPane tabs() {
    return tabs;
  }

  private HBox header() {
    Label title = new Label("BUILD & COMPARE");
    title.getStyleClass().add("pane-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.control.ToggleButton fold = new javafx.scene.control.ToggleButton();
    fold.setId("build-panel-toggle");
    fold.getStyleClass().add("flat");
    fold.selectedProperty().bindBidirectional(expanded);
    fold.textProperty().bind(Bindings.when(expanded).then("\u25BE").otherwise("\u25B8"));
    fold.setTooltip(new Tooltip("Show or hide the build panel (Ctrl+J)"));
    Button recheck = new Button(null, Icon.REFRESH.node());
    recheck.setId("engine-recheck");
    recheck.setTooltip(new Tooltip("Look for the Docker engine again"));
    recheck.disableProperty().bind(model.checkingProperty());
    recheck.setOnAction(e -> model.checkEngine());
    CheckBox sequential = new CheckBox("One after the other");
    sequential.setId("build-sequential");
    sequential.setTooltip(new Tooltip("Build A, then B, instead of both at once"));
    sequential.setSelected(model.settingsProperty().get().sequential());
    model.settingsProperty().addListener((o, was, s) -> sequential.setSelected(s.sequential()));
    sequential
        .selectedProperty()
        .addListener(
            (o, was, now) -> {
              if (now != model.settingsProperty().get().sequential()) {
                model.settingsProperty().set(model.settingsProperty().get().withSequential(now));
              }
            });
    Button build = new Button("Build both", Icon.HAMMER_WRENCH.node());
    build.setId("build-both");
    // With nothing to compare (a design never saved, no original), one Build of the design is
    // offered instead.
    build
        .textProperty()
        .bind(Bindings.when(model.comparingProperty()).then("Build both").otherwise("Build"));
    build.setTooltip(new Tooltip());
    build
        .getTooltip()
        .textProperty()
        .bind(
            Bindings.when(model.comparingProperty())
                .then("Build variants A and B and compare them")
                .otherwise("Build the design (B); A has nothing to build until the file is saved"));
    build.getStyleClass().add("accent");
    build.disableProperty().bind(model.buildingProperty().or(model.engineProperty().isNull()));
    build.setOnAction(
        e -> {
          verifier.dismiss();
          tabs.getSelectionModel().select(0);
          comparison.showNothing();
          model.buildBoth();
        });
    build.setMinWidth(Region.USE_PREF_SIZE);
    sequential.setMinWidth(Region.USE_PREF_SIZE);
    Button cancel = new Button("Cancel", Icon.STOP_CIRCLE_OUTLINE.node());
    cancel.setId("build-cancel");
    cancel.disableProperty().bind(model.buildingProperty().not());
    cancel.setOnAction(e -> model.cancel());
    Button export = new Button("Export\u2026", Icon.EXPORT_VARIANT.node());
    export.setId("build-export");
    export.setTooltip(
        new Tooltip("Save the comparison as Markdown, with the size chart as a PNG beside it"));
    export
        .disableProperty()
        .bind(
            model
                .variant("A")
                .resultProperty()
                .isNull()
                .or(model.variant("B").resultProperty().isNull()));
    export.setOnAction(e -> exportComparison());
    // On a narrow window the engine's name gives way (its tooltip keeps it), never these.
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    export.setMinWidth(Region.USE_PREF_SIZE);
    Button list = new Button(null, Icon.FORMAT_LIST_BULLETED.node());
    list.setId("build-list-images");
    list.setTooltip(new Tooltip("List the images Stagecraft built on this engine"));
    list.disableProperty().bind(model.engineProperty().isNull());
    // Showing the tab lists the images; pressed again, the button lists them afresh.
    imagesTab.setOnSelectionChanged(
        e -> {
          if (imagesTab.isSelected()) {
            model.listBuilt();
          }
        });
    list.setOnAction(
        e -> {
          expanded.set(true);
          if (imagesTab.isSelected()) {
            model.listBuilt();
          } else {
            tabs.getSelectionModel().select(imagesTab);
          }
        });
    Button remove = new Button(null, Icon.DELETE_SWEEP_OUTLINE.node());
    remove.setId("build-remove-images");
    remove.setTooltip(new Tooltip("Remove the images Stagecraft built on this engine"));
    remove.disableProperty().bind(model.buildingProperty().or(model.engineProperty().isNull()));
    remove.setOnAction(e -> model.removeBuilt());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header =
        new HBox(
            8,
            fold,
            title,
            new EngineChip(model),
            recheck,
            spacer,
            sequential,
            build,
            cancel,
            export,
            list,
            remove);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("pane-header");
    header.setPadding(new Insets(2, 8, 2, 0));
    return header;
  }

  private VBox column(String label, VariantEditor editor) {
    Label title = new Label("Variant " + label);
    title.getStyleClass().add("variant-title");
    VariantProgress progress =
        new VariantProgress(model.variant(label), codePane::showLine, () -> buildsDocument(label));
    VBox column = new VBox(4, title, editor, progress);
    VBox.setVgrow(progress, Priority.ALWAYS);
    HBox.setHgrow(column, Priority.ALWAYS);
    column.setPrefWidth(0);
    return column;
  }

  private boolean buildsDocument(String label) {
    VariantSettings s =
        label.equals("A") ? model.settingsProperty().get().a() : model.settingsProperty().get().b();
    return s.source() == VariantSettings.Source.DOCUMENT;
  }

  /** Marks the running step in the code pane when the variant builds the document shown there. */
  private void markLine(String label, int line) {
    if (buildsDocument(label)) {
      codePane.markBuildLine(line);
    }
  }

  private void showResults() {
    ComparedVariant a = model.variant("A").resultProperty().get();
    ComparedVariant b = model.variant("B").resultProperty().get();
    if (a == null || b == null) {
      return;
    }
    comparison.show(a, b, label -> buildsDocument(label) ? (IntConsumer) codePane::showLine : null);
    if (a.run() == null && b.run() == null) {
      tabs.getSelectionModel().select(resultsTab);
    }
  }

  /**
   * Asks for a variant's context folder, starting in the one it names now, and stores the answer
   * relative to the project's folder when it is in or next to it.
   */
  private void chooseContext(String label) {
    model.findBaseDirectory(
        base -> {
          Path start = base;
          try {
            Path current = Path.of(model.settings(label).context());
            start =
                current.isAbsolute()
                    ? current
                    : base == null ? null : base.resolve(current).normalize();
          } catch (java.nio.file.InvalidPathException typo) {
            // The field holds no usable path: start in the project's folder.
          }
          prompts
              .chooseFolder("Choose the build context folder of variant " + label, start)
              .ifPresent(
                  folder ->
                      model.update(
                          label,
                          model
                              .settings(label)
                              .withContext(VariantSettings.relativeTo(folder, base))));
        },
        failure ->
            prompts.showError(
                "Cannot choose the context folder", String.valueOf(failure.getMessage())));
  }

  /** Asks where, then writes the Markdown and, beside it with the same name, the chart as PNG. */
  private void exportComparison() {
    ComparedVariant a = model.variant("A").resultProperty().get();
    ComparedVariant b = model.variant("B").resultProperty().get();
    if (a == null || b == null) {
      return;
    }
    prompts
        .chooseFileToSave(Prompts.FileKind.MARKDOWN, "comparison.md")
        .ifPresent(
            file -> {
              String base = file.getFileName().toString().replaceFirst("\\.md$", "");
              Path png = file.resolveSibling(base + ".png");
              String markdown = model.markdown(png.getFileName().toString());
              // Painting needs the JavaFX thread; encoding and writing do not.
              var image =
                  ComparisonExport.chart(
                      a, b, getScene().getStylesheets(), getScene().getRoot().getStyleClass());
              background.run(
                  () -> {
                    try {
                      Files.write(png, ComparisonExport.png(image));
                      Files.writeString(file, markdown, StandardCharsets.UTF_8);
                      return file;
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  },
                  written -> model.messageProperty().set(""),
                  failure -> prompts.showError("Export failed", failure.getMessage()));
            });
  }
}
