package io.stagecraft.app;

import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.build.BuildPanelModel;
import io.stagecraft.ui.build.EngineCheck;
import io.stagecraft.ui.build.EngineGateway;
import io.stagecraft.ui.build.Sources;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.split.RuntimeInspector;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Puts a build panel into a main window and keeps its settings and the open project in step. */
public final class BuildPanels {
  private BuildPanels() {}

  /**
   * Creates the panel, adds it to {@code window} and starts looking for the engine.
   *
   * @param background where engine calls run; a dead engine must never hold up the window's own
   *     work
   * @param fx runs a task on the JavaFX thread
   */
  public static BuildPanel attach(
      MainWindow window, EngineGateway gateway, BackgroundWork background, Executor fx) {
    FileActions files = window.files();
    BuildPanelModel model = new BuildPanelModel(gateway, background, fx, () -> sources(window));
    BuildPanel panel = new BuildPanel(model, window.codePane(), window.prompts(), background);
    Runnable follow =
        () -> {
          model.settingsProperty().set(files.openFile().build());
          panel.setNote(files.isSampleOpen() ? SampleProject.BUILD_NOTE : "");
          model.refreshComparing();
        };
    follow.run();
    files.openFileProperty().addListener((o, was, now) -> follow.run());
    model.settingsProperty().addListener((o, was, now) -> files.setBuildSettings(now));
    window.setBuildPanel(panel);
    window.buildPanelDock().dock(window.workSplit(), panel);
    window
        .splits()
        .connectEngine(
            () -> inspector(model), () -> projectImages(model), panel::verifySplit, background);
    DesignReferences.follow(model, window.model());
    model.checkEngine();
    return panel;
  }

  /** The engine's inspection of runtime images for the split, or null while there is no engine. */
  private static RuntimeInspector inspector(BuildPanelModel model) {
    EngineCheck check = model.engineProperty().get();
    return check == null || !check.isConnected() ? null : check.engine()::inspectRuntime;
  }

  /** The images the variants' build arguments name, such as local stand-ins for base images. */
  private static List<String> projectImages(BuildPanelModel model) {
    BuildSettings s = model.settingsProperty().get();
    return java.util.stream.Stream.of(s.a(), s.b())
        .flatMap(v -> v.buildArgs().values().stream())
        .filter(value -> !value.isBlank() && value.chars().noneMatch(Character::isWhitespace))
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * What holds the panel's place until {@link #attach} replaces it: an empty panel under the same
   * title, so the canvas and the code pane keep their size when the panel arrives. It is cheap to
   * make, which is why the window shows it in its first frame.
   */
  public static Node placeholder() {
    Label title = new Label("BUILD & COMPARE");
    title.getStyleClass().add("pane-title");
    HBox header = new HBox(title);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("pane-header");
    VBox panel = new VBox(header);
    panel.getStyleClass().add("build-panel");
    // The real panel starts folded unless the user left it open: the placeholder takes no more.
    panel.setMaxHeight(Region.USE_PREF_SIZE);
    return panel;
  }

  /** The Dockerfiles as they are now; read on the JavaFX thread. */
  private static Sources sources(MainWindow window) {
    OpenFile file = window.files().openFile();
    boolean sample = window.files().isSampleOpen();
    Supplier<Path> base = () -> FileActions.baseDirectory(file, sample);
    return new Sources(
        window.model().document().text(),
        file.dockerfile(),
        file.original() == null ? null : file.original().text(),
        file.original() == null ? null : file.original().path(),
        base);
  }
}
