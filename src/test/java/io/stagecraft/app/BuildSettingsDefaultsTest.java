package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.engine.EngineEndpoint;
import io.stagecraft.persistence.Project;
import io.stagecraft.persistence.ProjectFiles;
import io.stagecraft.ui.UserData;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.build.ResolvedVariant;
import io.stagecraft.ui.build.Sources;
import io.stagecraft.ui.build.VariantRequests;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.dialog.Prompts;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Build settings that work as they come: the sample saved elsewhere, renames, a plain file. */
@ExtendWith(ApplicationExtension.class)
class BuildSettingsDefaultsTest {
  private AppFixture app;
  private BuildPanel panel;
  private DockerEngineGateway gateway;
  @TempDir Path dir;

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
    panel =
        BuildPanels.attach(
            app.window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
  }

  @AfterEach
  void tearDown() {
    gateway.close();
    app.dispose();
  }

  @Test
  void aProjectSavedFromTheSampleBuildsFromTheStableCopyOfItsSources() throws Exception {
    Path project = dir.resolve("projects").resolve("calc.stagecraft");
    Files.createDirectories(project.getParent());
    app.prompts.files.add(project);
    assertTrue(fx(() -> app.window.files().save()));

    Project saved = ProjectFiles.read(project);
    Sources reopened =
        new Sources(
            saved.dockerfile().text(),
            null,
            saved.original().text(),
            null,
            () -> project.getParent());
    Path stable = UserData.folder().resolve("samples").resolve("python-calculator");
    for (String label : new String[] {"A", "B"}) {
      ResolvedVariant v =
          VariantRequests.resolve(
              label, label.equals("A") ? saved.build().a() : saved.build().b(), reopened);
      assertEquals(stable, v.request().contextDir(), label);
    }
    assertTrue(Files.isRegularFile(stable.resolve("app.py")));
    assertTrue(Files.isRegularFile(stable.resolve("requirements.txt")));
  }

  @Test
  void renamingAStageMovesTheVariantsTargetAndUndoMovesItBack(FxRobot robot) {
    assertEquals("runtime", fx(() -> app.window.files().openFile().build().b().target()));
    int runtime =
        fx(
            () ->
                app.window.model().snapshot().graph().stages().stream()
                    .filter(s -> "runtime".equals(s.name()))
                    .findFirst()
                    .orElseThrow()
                    .index());

    robot.interact(() -> app.window.actions().renameStage(runtime, "final"));
    assertEquals("final", fx(() -> app.window.files().openFile().build().b().target()));

    robot.interact(() -> app.window.actions().undo());
    assertEquals("runtime", fx(() -> app.window.files().openFile().build().b().target()));
  }

  @Test
  void withNothingToCompareThePanelOffersOneBuild(FxRobot robot) throws Exception {
    Button build = robot.lookup("#build-both").queryAs(Button.class);
    assertEquals("Build both", fx(build::getText), "the sample has its original");

    app.prompts.unsavedChoices.add(Prompts.UnsavedChoice.DISCARD);
    robot.interact(() -> app.window.files().newDocument());
    assertEquals("Build", fx(build::getText), "an untitled design has nothing to compare with");

    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM scratch\n");
    robot.interact(() -> app.window.files().load(dockerfile));
    assertEquals("Build both", fx(build::getText), "A builds the file as saved");
  }
}
