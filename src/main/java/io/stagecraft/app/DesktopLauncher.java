package io.stagecraft.app;

import io.stagecraft.ui.UserState;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.dialog.DialogPrompts;
import io.stagecraft.ui.failure.FailureHandler;
import io.stagecraft.ui.failure.FailureLog;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Starts the JavaFX desktop application, on the given file or else on the built-in sample.
 *
 * <p>The first frame shows the window with the document, its text in a light preview. Once it is
 * painted the window is completed ({@link MainWindow#complete()}: the code pane replaces the
 * preview, the menus get their items), and the first diagram is parsed and laid out, with the
 * layout library loaded beforehand on a thread of its own ({@link LayoutWarmUp}); none of them
 * competes with the first frame for the processor; the build panel replaces an empty one and the
 * look for the Docker engine starts. {@code -Dstagecraft.theme=dark} starts in the dark theme. With
 * {@code -Dstagecraft.reportFirstPaint=true} it prints the wall-clock time of the first painted
 * frame and exits, which is how cold start is measured; with {@code -Dstagecraft.reportUsable=true}
 * it prints that and the time the window became usable ({@link UsableWindow}: the diagram drawn,
 * the code pane taking keys), then exits.
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
    if (reportUsable) {
      UsableWindow.whenUsable(
          window,
          () -> {
            FirstPaint.stamp("usable");
            Platform.exit();
          });
    }
    FirstPaint.whenPainted(
        stage.getScene(),
        () -> {
          background.release();
          LayoutWarmUp.start();
          if (reportFirstPaint) {
            FirstPaint.printAndExit();
            return;
          }
          if (reportUsable) {
            FirstPaint.stamp("first-paint");
          }
          window.complete();
          // The engine has a background of its own: a slow or dead engine must not hold up the
          // diagram's layout.
          BuildPanels.attach(window, engines, ExecutorBackgroundWork.started(), Platform::runLater);
        });
    fitToScreen(stage);
    stage.show();
  }
}
