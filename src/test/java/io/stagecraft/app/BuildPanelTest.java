package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.engine.EngineEndpoint;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.build.EngineCheck;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.dialog.Prompts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The build panel without a working engine: one that is not there, and one that accepts connections
 * but never answers. Neither may hold up the window.
 */
@ExtendWith(ApplicationExtension.class)
class BuildPanelTest {
  /** Long enough that the typing below surely happens while the probe still waits. */
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

  private AppFixture app;
  private BuildPanel panel;
  private DockerEngineGateway gateway;
  private ServerSocket silent;

  /** Added to by the accept thread while a test ends, so safe to read as it grows. */
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  @Start
  void start(javafx.stage.Stage stage) throws IOException {
    app = new AppFixture(stage);
    // An engine that takes connections and never says a word: the probe can only time out.
    silent = new ServerSocket(0);
    Thread accept =
        new Thread(
            () -> {
              try {
                while (true) {
                  held.add(silent.accept());
                }
              } catch (IOException closed) {
                // The test is over.
              }
            });
    accept.setDaemon(true);
    accept.start();
    gateway =
        new DockerEngineGateway(
            EngineEndpoint.of(URI.create("tcp://127.0.0.1:" + silent.getLocalPort()), "test"),
            PROBE_TIMEOUT);
    panel =
        BuildPanels.attach(
            app.window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
    // The panel starts folded to its header; these tests work in its body.
    panel.expandedProperty().set(true);
  }

  @AfterEach
  void tearDown() throws IOException {
    silent.close();
    for (Socket s : held) {
      s.close();
    }
    gateway.close();
    app.dispose();
  }

  @Test
  void aSilentEngineLeavesTheWindowWorkingAndEndsInAClearMessage(FxRobot robot) throws Exception {
    Label chip = robot.lookup("#engine-chip").queryAs(Label.class);
    assertEquals("Looking for a Docker engine\u2026", fx(chip::getText));
    // While the probe waits, the editor still takes typing.
    robot.clickOn(app.window.codePane().area());
    robot.interact(() -> app.window.codePane().area().moveTo(0));
    robot.write("# typed while looking\n");
    assertTrue(app.window.model().document().text().startsWith("# typed while looking\n"));
    assertEquals("Looking for a Docker engine\u2026", fx(chip::getText));

    WaitForAsyncUtils.waitFor(
        PROBE_TIMEOUT.getSeconds() + 20,
        TimeUnit.SECONDS,
        () -> fx(chip::getText).equals("No engine reachable"));
    assertTrue(
        fx(() -> chip.getTooltip().getText()).endsWith(EngineCheck.REMEDY),
        fx(() -> chip.getTooltip().getText()));
    assertTrue(chip.getStyleClass().contains("engine-missing"));

    robot.clickOn("#build-both");
    Label message = robot.lookup("#build-message").queryAs(Label.class);
    assertEquals("No engine to build on. " + EngineCheck.REMEDY, fx(message::getText));
  }

  @Test
  void theSamplesVariantsAreShownAndEditsGoIntoTheProject(FxRobot robot) {
    assertEquals(
        "The original",
        fx(
            () ->
                robot
                    .lookup("#variant-A-source")
                    .queryAs(ComboBox.class)
                    .getButtonCell()
                    .getText()));
    TextArea argsB = robot.lookup("#variant-B-args").queryAs(TextArea.class);
    assertEquals(
        "BUILD_IMAGE=stagecraft/debian:bookworm\nRUNTIME_IMAGE=stagecraft/distroless-python3:latest",
        fx(argsB::getText));
    assertTrue(
        fx(() -> robot.lookup("#build-note").queryAs(Label.class).getText())
            .startsWith("Sample: "));

    TextField tagA = robot.lookup("#variant-A-tag").queryAs(TextField.class);
    robot.clickOn(tagA).write("calc:single");
    VariantSettings a = fx(() -> app.window.files().openFile().build().a());
    assertEquals("calc:single", a.tag());
    assertEquals(VariantSettings.Source.ORIGINAL, a.source());
    assertEquals("runtime", fx(() -> app.window.files().openFile().build().b().target()));

    assertTrue(fx(() -> app.window.files().buildSettingsEdited()));
    // Leaving now asks first, though the Dockerfile itself is unchanged.
    app.prompts.unsavedChoices.add(Prompts.UnsavedChoice.CANCEL);
    assertFalse(fx(() -> app.window.files().confirmDiscard()));

    // A variant can build a file of the user's choice instead.
    @SuppressWarnings("unchecked")
    ComboBox<VariantSettings.Source> sourceB =
        robot.lookup("#variant-B-source").queryAs(ComboBox.class);
    robot.interact(() -> sourceB.setValue(VariantSettings.Source.FILE));
    Path chosen = Path.of("/work/elsewhere/Dockerfile");
    app.prompts.files.add(chosen);
    robot.clickOn("#variant-B-browse");
    VariantSettings b = fx(() -> app.window.files().openFile().build().b());
    assertEquals(VariantSettings.Source.FILE, b.source());
    assertEquals(chosen.toString(), b.file());

    robot.clickOn("#build-sequential");
    assertTrue(fx(() -> app.window.files().openFile().build().sequential()));
    assertTrue(fx(() -> panel.model().settingsProperty().get().sequential()));
  }

  @Test
  void theContextFolderIsChosenAndKeptRelativeToTheProjectWhenNearIt(
      FxRobot robot, @TempDir Path tmp) throws Exception {
    Path project = Files.createDirectories(tmp.resolve("work/calc"));
    Path dockerfile = Files.writeString(project.resolve("Dockerfile"), "FROM debian\nRUN true\n");
    Path inside = Files.createDirectories(project.resolve("app"));
    Path sibling = Files.createDirectories(tmp.resolve("work/shared"));
    Path far = Files.createDirectories(tmp.resolve("elsewhere/ctx"));
    assertTrue(fx(() -> app.window.files().load(dockerfile)));
    assertEquals(".", context("A"));

    // A folder inside the project's folder is stored relative to it.
    app.prompts.folders.add(inside);
    robot.clickOn("#variant-A-context-browse");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context("A").equals("app"));
    assertEquals(
        "Choose the build context folder of variant A, starting in " + project,
        app.prompts.asked.get(0));
    assertEquals(
        "app", fx(() -> robot.lookup("#variant-A-context").queryAs(TextField.class).getText()));
    assertEquals(".", context("B"));

    // One folder up is still near: a project kept next to its sources finds them when both move.
    app.prompts.folders.add(sibling);
    robot.clickOn("#variant-B-context-browse");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context("B").equals(Path.of("..", "shared").toString()));

    // Farther away, the folder is stored as it is; the chooser starts in the folder the variant
    // names now.
    app.prompts.folders.add(far);
    robot.clickOn("#variant-A-context-browse");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context("A").equals(far.toString()));
    assertEquals(
        "Choose the build context folder of variant A, starting in " + inside,
        app.prompts.asked.get(2));

    // Cancelling the chooser changes nothing.
    robot.clickOn("#variant-A-context-browse");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> app.prompts.asked.size()) == 4);
    assertEquals(far.toString(), context("A"));
    assertEquals(List.of(), app.prompts.errors);
  }

  /** The context folder of variant {@code label} as the open project holds it. */
  private String context(String label) {
    return fx(
        () ->
            label.equals("A")
                ? app.window.files().openFile().build().a().context()
                : app.window.files().openFile().build().b().context());
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }
}
