package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.SplitCheck;
import io.stagecraft.engine.DockerBuildEngine;
import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineTests;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.build.SplitVerifier;
import io.stagecraft.ui.build.VariantRequests;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.split.SplitDecision;
import io.stagecraft.ui.split.SplitReview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Slim it", then "Apply and verify", on the real engine: the lesson's single-stage Python
 * calculator is split onto a local runtime image, and the build panel builds the original and the
 * split, runs both and shows the verdict. A runtime without Python shows the mismatch plainly.
 */
@ExtendWith(ApplicationExtension.class)
class SplitVerifyInTheAppIT {
  private static final Path SAMPLE = Path.of("assets/samples/python-calculator");
  private AppFixture app;
  private BuildPanel panel;
  private DockerEngineGateway gateway;
  private EngineConnection engine;
  @TempDir Path dir;

  @Start
  void start(javafx.stage.Stage stage) throws Exception {
    for (String name : List.of("Dockerfile", "app.py", "requirements.txt")) {
      Files.copy(SAMPLE.resolve(name), dir.resolve(name));
    }
    app = new AppFixture(stage);
    gateway = new DockerEngineGateway();
    panel =
        BuildPanels.attach(
            app.window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
    // The panel starts folded to its header; these tests work in its body.
    panel.expandedProperty().set(true);
    app.window.files().load(dir.resolve("Dockerfile"));
    // No registry is reachable where this runs: the original's base is the local Debian image.
    VariantSettings local =
        new VariantSettings(
            VariantSettings.Source.DOCUMENT,
            null,
            null,
            Map.of("BASE_IMAGE", "stagecraft/debian:bookworm"),
            ".",
            null,
            null);
    panel
        .model()
        .settingsProperty()
        .set(new BuildSettings(".", null, Map.of(), local, local, false));
  }

  @BeforeEach
  void requireEngine() throws Exception {
    engine = EngineTests.requireEngine();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    panel.model().engineProperty().get() != null
                        && panel.model().engineProperty().get().isConnected()));
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      // Null when the test was skipped for want of an engine.
      if (engine != null) {
        new DockerBuildEngine(engine).removeBuilt(BuildLabels.PROJECT, VariantRequests.PROJECT);
      }
    } finally {
      if (engine != null) {
        engine.close();
      }
      if (gateway != null) {
        gateway.close();
      }
      if (app != null) {
        app.dispose();
      }
    }
  }

  @Test
  void theSplitOntoADistrolessLikeRuntimeIsVerifiedAndSmaller(FxRobot robot) throws Exception {
    slimAndVerifyOn(robot, "stagecraft/distroless-python3:latest");
    SplitVerifier.Verdict verdict = awaitVerdict();
    assertEquals(SplitVerifier.State.PASSED, verdict.state(), verdict.text());
    SplitCheck check = verdict.check();
    // The sizes judged are the engine's own.
    ComparedVariant a = fx(() -> panel.model().variant("A").resultProperty().get());
    ComparedVariant b = fx(() -> panel.model().variant("B").resultProperty().get());
    assertEquals(
        engine.client().inspectImageCmd(a.image().imageId()).exec().getSize(),
        check.originalBytes());
    assertEquals(
        engine.client().inspectImageCmd(b.image().imageId()).exec().getSize(), check.splitBytes());
    assertTrue(check.ratio() > 5, check.size());
    assertEquals(
        "same outcome: both exit with 0 and print the same "
            + a.run().stdout().lines().count()
            + " line(s)",
        check.behaviour());
    assertTrue(a.run().stdout().contains("2 + 3 * 4 = 14"), a.run().stdout());
    String shown = fx(() -> robot.lookup("#verify-verdict").queryAs(Label.class).getText());
    assertTrue(
        shown.startsWith("Split verified: same outcome") && shown.contains(check.size()), shown);
    assertEquals("Results", fx(() -> panel.tabs().getSelectionModel().getSelectedItem().getText()));
    System.out.printf(
        Locale.ROOT,
        "verified in the app: A %,d bytes, B %,d bytes, A/B %.2f%n",
        check.originalBytes(),
        check.splitBytes(),
        check.ratio());
  }

  @Test
  void aRuntimeWithoutPythonIsShownAsAMismatch(FxRobot robot) throws Exception {
    slimAndVerifyOn(robot, "stagecraft/busybox:latest");
    SplitVerifier.Verdict verdict = awaitVerdict();
    assertEquals(SplitVerifier.State.FAILED, verdict.state(), verdict.text());
    assertNotNull(
        verdict.check(),
        () -> "both built and ran, so the failure is the runs' difference: " + verdict.text());
    assertFalse(verdict.check().sameOutcome());
    assertTrue(
        verdict.check().difference().startsWith("exit codes 0 (A) and 127 (B)"),
        verdict.check().difference());
    String shown = fx(() -> robot.lookup("#verify-verdict").queryAs(Label.class).getText());
    assertTrue(shown.startsWith("Split NOT verified: MISMATCH"), shown);
    // The outputs are side by side, where the difference shows.
    assertEquals(
        "Run both", fx(() -> panel.tabs().getSelectionModel().getSelectedItem().getText()));
    assertTrue(
        fx(() -> robot.lookup("#run-output-B").queryAs(TextArea.class).getText())
            .contains("exit code 127"));
  }

  /**
   * "Slim it" with {@code runtime}, reviewed once its inspection is in, then "Apply and verify".
   */
  private void slimAndVerifyOn(FxRobot robot, String runtime) throws Exception {
    app.window
        .splits()
        .setReviewer(
            review -> {
              review.setRuntime(runtime);
              awaitInspection(review);
              assertTrue(
                  review.knowledge().startsWith("Inspected on the engine"), review.knowledge());
              return Optional.of(new SplitDecision(review.outcome().preview(), true));
            });
    robot.clickOn("#slim-it");
    // The review waits for the engine as a dialog does, so the click returns before the split is
    // applied.
    WaitForAsyncUtils.waitFor(
        2,
        TimeUnit.MINUTES,
        () ->
            fx(() -> app.window.model().document().text())
                .contains("FROM " + runtime + " AS runtime\n"));
    BuildSettings settings = fx(() -> panel.model().settingsProperty().get());
    assertEquals(VariantSettings.Source.ORIGINAL, settings.a().source());
    assertEquals(VariantSettings.Source.DOCUMENT, settings.b().source());
    assertEquals("runtime", settings.b().target());
    assertTrue(
        fx(() -> app.window.model().document().text())
            .contains("FROM " + runtime + " AS runtime\n"));
  }

  /** Waits as a dialog would, letting the engine's answer arrive on the JavaFX thread. */
  private static void awaitInspection(SplitReview review) {
    if (!review.inspecting()) {
      return;
    }
    Object key = new Object();
    boolean[] done = {false};
    review.addListener(
        () -> {
          if (!review.inspecting() && !done[0]) {
            done[0] = true;
            Platform.exitNestedEventLoop(key, null);
          }
        });
    Platform.enterNestedEventLoop(key);
  }

  private SplitVerifier.Verdict awaitVerdict() throws Exception {
    WaitForAsyncUtils.waitFor(
        15,
        TimeUnit.MINUTES,
        () -> {
          SplitVerifier.Verdict v = fx(() -> panel.verifier().verdictProperty().get());
          return v != null && v.state() != SplitVerifier.State.RUNNING;
        });
    return fx(() -> panel.verifier().verdictProperty().get());
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }
}
