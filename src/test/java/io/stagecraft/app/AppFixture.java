package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.layout.RoutedEdge;
import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window wired for tests: work on the calling thread, scripted prompts, private recent
 * files.
 */
final class AppFixture {
  /** How long a call on the JavaFX thread may take (a large file's load is the slowest). */
  private static final long FX_TIMEOUT_MILLIS = 20_000;

  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences recentNode =
      Preferences.userRoot().node("io/stagecraft/test/" + UUID.randomUUID());
  final MainWindow window;

  AppFixture(Stage stage) {
    window =
        new MainWindow(stage, new SameThreadBackgroundWork(), prompts, new RecentFiles(recentNode));
    window.files().openSample();
    stage.show();
  }

  /** Writes {@code text} to a Dockerfile in {@code folder} and opens it in the window. */
  Path open(Path folder, String text) throws Exception {
    Path file = Files.writeString(folder.resolve("Dockerfile"), text, StandardCharsets.UTF_8);
    assertTrue(fx(() -> window.files().load(file)));
    return file;
  }

  /** The open document's text. */
  String text() {
    return fx(() -> window.model().document().text());
  }

  /** The code pane's text area. */
  CodeArea area() {
    return window.codePane().area();
  }

  /** Runs {@code call} on the JavaFX thread once the events waiting there are handled. */
  static <T> T fx(Callable<T> call) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(FX_TIMEOUT_MILLIS, call);
  }

  /** Runs {@code run} on the JavaFX thread once the events waiting there are handled. */
  static void fx(Runnable run) {
    fx(
        () -> {
          run.run();
          return null;
        });
  }

  void dispose() {
    try {
      recentNode.removeNode();
    } catch (BackingStoreException e) {
      // Test preferences are scratch data.
    }
  }

  /** Replaces everything in the code pane with {@code text}, as typing over it would. */
  void replaceText(FxRobot robot, String text) {
    robot.interact(() -> area().replaceText(text));
  }

  /** Where a box is drawn on the canvas, without its shadow. Call on the JavaFX thread. */
  Bounds boxBounds(String id) {
    Node view = window.canvas().nodeView(id);
    Bounds b = view.getLayoutBounds();
    return new BoundingBox(
        view.getLayoutX() + b.getMinX(),
        view.getLayoutY() + b.getMinY(),
        b.getWidth(),
        b.getHeight());
  }

  /** Where on the screen the first arrow {@code which} accepts has its label spot. */
  Point2D arrowPoint(Predicate<RoutedEdge> which) {
    return fx(
        () -> {
          RoutedEdge routed =
              window.model().snapshot().layout().edges().stream()
                  .filter(which)
                  .findFirst()
                  .orElseThrow();
          return window
              .canvas()
              .drawing()
              .localToScreen(routed.labelAt().x(), routed.labelAt().y());
        });
  }

  /**
   * A box's bounds in the canvas's own coordinates, through the view's zoom and pan. Call on the
   * JavaFX thread.
   */
  Bounds inCanvas(String id) {
    Node view = window.canvas().nodeView(id);
    return window.canvas().sceneToLocal(view.localToScene(view.getLayoutBounds()));
  }
}
