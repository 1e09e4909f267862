package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.ReferenceContext;
import io.stagecraft.engine.EngineEndpoint;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas resolves stage references with the design's build args and the engine's platform. */
@ExtendWith(ApplicationExtension.class)
class DesignReferencesTest {
  private static final String BY_ARG =
      "ARG FLAVOUR=plain\n"
          + "FROM alpine AS app-plain\n"
          + "FROM alpine AS app-debug\n"
          + "FROM app-${FLAVOUR}\n";

  private AppFixture app;
  private DockerEngineGateway gateway;

  @Start
  void start(javafx.stage.Stage stage) throws Exception {
    app = new AppFixture(stage);
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    gateway =
        new DockerEngineGateway(
            EngineEndpoint.of(URI.create("tcp://127.0.0.1:" + closedPort), "test"),
            Duration.ofSeconds(2));
    BuildPanels.attach(app.window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
  }

  @AfterEach
  void tearDown() {
    gateway.close();
    app.dispose();
  }

  @Test
  void theDesignsBuildArgsChooseTheStageTheCanvasDraws(FxRobot robot) {
    robot.interact(() -> app.window.codePane().area().replaceText(BY_ARG));
    assertEquals(new NodeRef.StageRef(0), baseOfLastStage(), "the ARG's default");
    BuildSettings settings = fx(() -> app.window.files().openFile().build());
    VariantSettings b = settings.b().withBuildArgs(Map.of("FLAVOUR", "debug"));
    robot.interact(
        () ->
            app.window
                .files()
                .setBuildSettings(
                    new BuildSettings(
                        settings.context(),
                        settings.target(),
                        settings.buildArgs(),
                        settings.a(),
                        b,
                        settings.sequential())));
    assertEquals(new NodeRef.StageRef(1), baseOfLastStage(), "variant B's --build-arg");
    assertEquals(
        Map.of("FLAVOUR", "debug"), fx(() -> app.window.model().referenceContext().buildArgs()));
  }

  @Test
  void theArgsAreThoseOfTheVariantThatBuildsTheDesignOnTheEnginesPlatform() {
    VariantSettings design =
        new VariantSettings(
            VariantSettings.Source.DOCUMENT, null, null, Map.of("V", "b"), ".", null, null);
    VariantSettings original =
        new VariantSettings(
            VariantSettings.Source.ORIGINAL, null, null, Map.of("V", "a"), ".", null, null);
    BuildSettings bIsTheDesign = new BuildSettings(".", null, Map.of(), original, design, false);
    BuildSettings aIsTheDesign =
        new BuildSettings(
            ".", null, Map.of(), design, original.withSource(VariantSettings.Source.FILE), false);
    assertEquals(
        new ReferenceContext(Map.of("V", "b"), "linux/arm64", "linux/arm64"),
        DesignReferences.context(bIsTheDesign, "linux/arm64"));
    assertEquals(Map.of("V", "b"), DesignReferences.context(aIsTheDesign, null).buildArgs());
    assertEquals(
        "linux/amd64",
        DesignReferences.context(aIsTheDesign, null).targetPlatform(),
        "no engine: BuildKit's default");
    assertEquals(
        "windows",
        DesignReferences.context(bIsTheDesign, "windows/amd64").platformArgs().get("TARGETOS"));
  }

  @Test
  void theEnginesPlatformChoosesTheStageOfTargetos(FxRobot robot) {
    robot.interact(
        () ->
            app.window
                .codePane()
                .area()
                .replaceText(
                    "FROM alpine AS bin-linux\nFROM alpine AS bin-windows\nFROM bin-$TARGETOS\n"));
    assertEquals(new NodeRef.StageRef(0), baseOfLastStage(), "linux/amd64 with no engine");
    robot.interact(
        () ->
            app.window
                .model()
                .setReferenceContext(
                    DesignReferences.context(
                        app.window.files().openFile().build(), "windows/amd64")));
    assertEquals(new NodeRef.StageRef(1), baseOfLastStage());
  }

  /** What the canvas draws the last stage's FROM from. */
  private NodeRef baseOfLastStage() {
    return fx(
        () -> {
          var graph = app.window.model().currentSnapshot().graph();
          int last = graph.stages().size() - 1;
          return graph.edges().stream()
              .filter(e -> e.to() == last)
              .map(Edge::from)
              .findFirst()
              .orElseThrow();
        });
  }
}
