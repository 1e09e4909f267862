package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.BuildResult;
import io.stagecraft.core.build.Builder;
import io.stagecraft.core.build.RunResult;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.engine.DockerBuildEngine;
import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineTests;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.model.DiagramSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
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
 * The canvas resolves BuildKit's automatic platform args with the platform the real engine reports
 * (ADR 17): {@code FROM base-$TARGETOS} is drawn from the stage named for the engine's operating
 * system, follows the engine when it is looked for again, and is the stage the engine's own build
 * takes.
 */
@ExtendWith(ApplicationExtension.class)
class EnginePlatformOnTheCanvasIT {
  private static final String PROJECT = "engine-platform-on-the-canvas-it";
  @TempDir Path dir;
  private AppFixture app;
  private BuildPanel panel;
  private DockerEngineGateway gateway;
  private EngineConnection engine;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
    gateway = new DockerEngineGateway();
    panel =
        BuildPanels.attach(
            app.window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
  }

  @BeforeEach
  void requireEngine() throws Exception {
    engine = EngineTests.requireEngine();
    waitForTheEngine();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (engine != null) {
      new DockerBuildEngine(engine).removeBuilt(BuildLabels.PROJECT, PROJECT);
      engine.close();
    }
    if (gateway != null) {
      gateway.close();
    }
    if (app != null) {
      app.dispose();
    }
  }

  @Test
  void theFinalStageIsDrawnFromTheStageOfTheEnginesOs(FxRobot robot) throws Exception {
    String os = engine.info().os().toLowerCase(Locale.ROOT);
    String other = os.equals("windows") ? "linux" : "windows";
    app.replaceText(
        robot,
        "FROM stagecraft/busybox AS base-"
            + os
            + "\nRUN echo "
            + os
            + " > /os\n"
            + "FROM stagecraft/busybox AS base-"
            + other
            + "\nFROM base-$TARGETOS\nCMD [\"cat\", \"/os\"]\n");
    assertEquals(
        os + "/" + engine.info().arch(),
        fx(() -> panel.model().engineProperty().get().platform()),
        "the platform the build panel took from the engine");
    assertEquals(
        os, fx(() -> app.window.model().referenceContext().targetPlatform().split("/")[0]));
    assertDrawnFrom("base-" + os);
    assertNull(
        fx(() -> app.window.canvas().nodeView(DiagramBuilder.imageId("base-" + os))),
        "base-" + os + " is a stage, not an external image");

    // As the canvas would stand after an engine of another platform: the other stage.
    robot.interact(
        () ->
            app.window
                .model()
                .setReferenceContext(
                    DesignReferences.context(
                        app.window.files().openFile().build(), other + "/amd64")));
    assertDrawnFrom("base-" + other);

    // Looking for the engine again brings back what the real engine reports.
    robot.clickOn("#engine-recheck");
    waitForTheEngine();
    assertDrawnFrom("base-" + os);

    // The engine's own build takes the same stage: the image prints what that stage wrote.
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(dockerfile, app.text());
    DockerBuildEngine builds = new DockerBuildEngine(engine);
    BuildResult built =
        builds
            .start(
                BuildRequest.of(dir, dockerfile)
                    .withBuilder(Builder.BUILDKIT)
                    .withLabel(BuildLabels.PROJECT, PROJECT),
                BuildListener.NONE)
            .await();
    RunResult run = builds.run(built.imageId(), List.of(), Duration.ofSeconds(30));
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(os, run.stdout().strip());
  }

  /**
   * Waits until the canvas draws the final stage's FROM arrow from the box of {@code stage}, and
   * checks that the box and the arrow are on the canvas.
   */
  private void assertDrawnFrom(String stage) throws Exception {
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> stage.equals(fx(() -> drawnFrom(app.window.model().currentSnapshot()))));
    assertNotNull(fx(() -> app.window.canvas().nodeView(stage)), "the box of " + stage);
    int arrow =
        fx(
            () -> {
              StageGraph graph = app.window.model().currentSnapshot().graph();
              return graph.edges().indexOf(fromArrowOfTheLastStage(graph));
            });
    assertNotNull(fx(() -> app.window.canvas().edgeView(arrow)), "the FROM arrow from " + stage);
  }

  /** The node the final stage's FROM arrow starts at, in the shown snapshot; null while none. */
  private static String drawnFrom(DiagramSnapshot snapshot) {
    if (snapshot == null) {
      return null;
    }
    StageGraph graph = snapshot.graph();
    Edge from = fromArrowOfTheLastStage(graph);
    if (from == null) {
      return null;
    }
    return from.from() instanceof NodeRef.StageRef s
        ? DiagramBuilder.nodeIds(graph).get(s.index())
        : DiagramBuilder.imageId(((NodeRef.ImageRef) from.from()).image());
  }

  private static Edge fromArrowOfTheLastStage(StageGraph graph) {
    int last = graph.stages().size() - 1;
    return graph.edges().stream()
        .filter(e -> e.to() == last && e.kind() == EdgeKind.BASE)
        .findFirst()
        .orElse(null);
  }

  private void waitForTheEngine() throws Exception {
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    !panel.model().checkingProperty().get()
                        && panel.model().engineProperty().get() != null
                        && panel.model().engineProperty().get().isConnected()));
  }

  private static <T> T fx(Callable<T> call) {
    return AppFixture.fx(call);
  }
}
