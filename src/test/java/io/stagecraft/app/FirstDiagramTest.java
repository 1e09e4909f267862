package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.stagecraft.engine.EngineEndpoint;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import io.stagecraft.ui.model.DiagramSnapshot;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample's first diagram is already the one its build resolves stage references with, so the
 * build panel, which the desktop brings in once the window is usable, does not make the diagram be
 * derived and laid out again.
 */
@ExtendWith(ApplicationExtension.class)
class FirstDiagramTest {
  private MainWindow window;
  private DockerEngineGateway gateway;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            stage,
            new SameThreadBackgroundWork(),
            new ScriptedPrompts(),
            new RecentFiles(Preferences.userRoot().node("io/stagecraft/test/" + UUID.randomUUID())),
            true);
    window.files().openSample();
    stage.show();
  }

  @AfterEach
  void tearDown() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void theFirstDiagramResolvesWithTheSamplesBuildArgs() {
    assertEquals(
        DesignReferences.designArgs(SampleProject.buildSettings()),
        fx(() -> window.model().referenceContext().buildArgs()));
    assertNotNull(fx(() -> window.model().currentSnapshot()), "drawn before any build panel");
  }

  @Test
  void theBuildPanelArrivingLaterKeepsTheDiagram() {
    fx(window::complete);
    DiagramSnapshot drawn = fx(() -> window.model().currentSnapshot());
    long layouts = fx(() -> window.model().layoutsRun());
    // No engine answers on port 9 of this machine: the panel's settings alone reach the canvas.
    gateway =
        new DockerEngineGateway(
            EngineEndpoint.of(URI.create("tcp://127.0.0.1:9"), "test"), Duration.ofSeconds(2));
    fx(
        () ->
            BuildPanels.attach(
                window, gateway, ExecutorBackgroundWork.started(), Platform::runLater));
    assertSame(drawn, fx(() -> window.model().currentSnapshot()), "not derived again");
    assertEquals(layouts, fx(() -> window.model().layoutsRun()));
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(10000, c);
  }

  private static void fx(Runnable r) {
    fx(
        () -> {
          r.run();
          return null;
        });
  }
}
