package io.stagecraft.app;

import io.stagecraft.ui.UserState;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.dialog.DialogPrompts;
import io.stagecraft.ui.failure.FailureHandler;
import io.stagecraft.ui.failure.FailureLog;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Starts the JavaFX desktop application, on the given file or else on the built-in sample.
 *
 * <p>The first frame shows the window with the document, its text in a light preview. The
 * document's first parse and diagram layout start on the background as the window is shown, so the
 * layout runs on the second core while the window is completed after its first frame ({@link
 * MainWindow#complete()}: the code pane replaces the preview, the menus get their items). Once the
 * window is usable ({@link UsableWindow}) the build panel replaces an empty one and the look for
 * the Docker engine starts; neither is needed to draw the diagram or to type, and both would
 * compete with them for the processor (docs/adr/0028-usable-window-and-jdk-25.md). {@code
 * -Dstagecraft.theme=dark} starts in the dark theme. With {@code
 * -Dstagecraft.reportFirstPaint=true} it prints the wall-clock time of the first painted frame and
 * exits, which is how cold start is measured; with {@code -Dstagecraft.reportUsable=true} it prints
 * that and the time the window became usable ({@link UsableWindow}: the diagram drawn, the code
 * pane taking keys), then exits.
 */
public final class DesktopLauncher extends Application {

  static void open(String... args) {
    DesktopLog.install(UserState.folder());
    Application.launch(DesktopLauncher.class, args);
  }

  /**
   * Opens at 1280×800, or smaller on a smaller screen; {@code -Dstagecraft.maximized=true} fills
   * the screen instead, also where no window manager could maximize it.
   */
  private static void fitToScreen(Stage stage) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    if (Boolean.getBoolean("stagecraft.maximized")) {
      stage.setX(screen.getMinX());
      stage.setY(screen.getMinY());
      stage.setWidth(screen.getWidth());
      stage.setHeight(screen.getHeight());
    } else if (screen.getWidth() < 1280 || screen.getHeight() < 800) {
      stage.setWidth(Math.min(1280, screen.getWidth()));
      stage.setHeight(Math.min(800, screen.getHeight()));
    }
  }

  /**
   * How long after the first frame the build panel comes at the latest, should the diagram never be
   * drawn (a layout that fails).
   */
  private static final Duration BUILD_PANEL_AT_THE_LATEST = Duration.seconds(5);

  private final DockerEngineGateway engines = new DockerEngineGateway();

  @Override
  public void stop() {
    engines.close();
  }

  @Override
  public void start(Stage stage) {
    ExecutorBackgroundWork background = ExecutorBackgroundWork.holdUntilReleased();
    DialogPrompts prompts = new DialogPrompts(() -> stage);
    new FailureHandler(FailureLog.forUser(), prompts).install();
    MainWindow window = new MainWindow(stage, background, prompts, RecentFiles.forUser(), true);
    window.setBuildPanel(BuildPanels.placeholder());
    List<String> args = getParameters().getRaw();
    if (args.isEmpty() || !window.files().load(Path.of(args.get(0)))) {
      window.files().openSample();
    }
    boolean reportUsable = Boolean.getBoolean("stagecraft.reportUsable");
    boolean reportFirstPaint = !reportUsable && Boolean.getBoolean("stagecraft.reportFirstPaint");
    Runnable buildPanel = once(() -> attachBuildPanel(window));
    UsableWindow.whenUsable(
        window,
        () -> {
          if (reportUsable) {
            FirstPaint.stamp("usable");
          }
          buildPanel.run();
          if (reportUsable) {
            // After the build panel, so that the class list made from this run
            // (packaging/make-startup-classlist.sh) covers the panel's classes too.
            Platform.exit();
          }
        });
    FirstPaint.whenPainted(
        stage.getScene(),
        () -> {
          if (reportFirstPaint) {
            FirstPaint.printAndExit();
            return;
          }
          if (reportUsable) {
            FirstPaint.stamp("first-paint");
          }
          window.complete();
          PauseTransition latest = new PauseTransition(BUILD_PANEL_AT_THE_LATEST);
          latest.setOnFinished(e -> buildPanel.run());
          latest.play();
        });
    fitToScreen(stage);
    stage.show();
    // The window's scene is made and styled; what is left of the first frame is mostly rendering.
    // The document's parse and layout (the layout library loading cold) start now on the other
    // cores, so that the diagram is ready about when the window is completed.
    background.release();
  }

  /** The engine has a background of its own: a slow or dead engine must not hold up the window. */
  private void attachBuildPanel(MainWindow window) {
    BuildPanels.attach(window, engines, ExecutorBackgroundWork.started(), Platform::runLater);
  }

  private static Runnable once(Runnable action) {
    boolean[] done = new boolean[1];
    return () -> {
      if (!done[0]) {
        done[0] = true;
        action.run();
      }
    };
  }
}
