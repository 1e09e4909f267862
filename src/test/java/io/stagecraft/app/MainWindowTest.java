package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.layout.Point;
import io.stagecraft.ui.dialog.Prompts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the main window's gestures with a robot and checks the resulting text and graph. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private static final String SAMPLE = SampleProject.design();
  private AppFixture app;
  @TempDir Path tmp;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void opensOnTheSampleWithBothPanesShowingIt() {
    assertEquals(SAMPLE, app.text());
    assertEquals(SAMPLE, fx(() -> app.area().getText()));
    assertEquals(
        "Stagecraft \u2014 python-calculator (sample)", fx(() -> app.window.stage().getTitle()));
    assertNotNull(fx(() -> app.window.canvas().nodeView("build")));
    assertNotNull(fx(() -> app.window.canvas().nodeView("runtime")));
    // The base image the sample's build uses: its build args name a local copy (ADR 17).
    assertNotNull(fx(() -> app.window.canvas().nodeView("image:stagecraft/debian:bookworm")));
  }

  @Test
  void typingANewFromAddsABox(FxRobot robot) {
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("FROM alpine AS extra\n");
    assertEquals(SAMPLE + "FROM alpine AS extra\n", app.text());
    assertEquals(List.of("build", "runtime", "extra"), stageNames());
    assertNotNull(fx(() -> app.window.canvas().nodeView("extra")));
    assertTrue(fx(() -> app.window.stage().getTitle()).endsWith(" *"));
  }

  @Test
  void renamingOnTheCanvasChangesEveryReference(FxRobot robot) {
    Node title = fx(() -> app.window.canvas().nodeView("build").lookup(".stage-title"));
    robot.doubleClickOn(title);
    robot.write("compile");
    robot.type(KeyCode.ENTER);
    assertEquals(
        SAMPLE.replace("AS build", "AS compile").replace("--from=build", "--from=compile"),
        app.text());
    assertEquals(List.of("compile", "runtime"), stageNames());
    assertEquals(
        "Rename stage build to compile", fx(() -> app.window.model().document().undoDescription()));
    assertEquals(app.text(), fx(() -> app.area().getText()));
    assertNotNull(fx(() -> app.window.canvas().nodeView("compile")));
    assertNull(fx(() -> app.window.canvas().nodeView("build")));
  }

  @Test
  void drawingAnArrowInsertsTheCopy(FxRobot robot) {
    app.prompts.copyPaths.add(new Prompts.CopyPaths("/app/deps", "/deps"));
    Node connector = fx(() -> app.window.canvas().nodeView("build").lookup(".connector"));
    Node runtime = fx(() -> app.window.canvas().nodeView("runtime"));
    robot.drag(connector, MouseButton.PRIMARY).moveTo(runtime).release(MouseButton.PRIMARY);
    assertEquals(List.of("copy paths from build to runtime"), app.prompts.asked);
    assertEquals(new Prompts.CopyPaths("/app", "/app"), app.prompts.suggestedCopyPaths);
    assertEquals(
        SAMPLE.replace(
            "COPY --from=build /app /app\n",
            "COPY --from=build /app /app\nCOPY --from=build /app/deps /deps\n"),
        app.text());
    List<Edge> copies =
        graph().edgesFrom(0).stream().filter(e -> e.kind() == EdgeKind.COPY).toList();
    assertEquals(2, copies.size());
    assertEquals(List.of("/app/deps"), copies.get(1).sources());
    assertEquals("/deps", copies.get(1).destination());
  }

  @Test
  void deletingAnArrowRemovesThatCopy(FxRobot robot) {
    int copy = copyEdgeIndex();
    robot.clickOn(pointOnEdge(copy));
    assertEquals(copy, fx(() -> app.window.model().selectionProperty().get().edgeIndex()));
    robot.type(KeyCode.DELETE);
    assertEquals(SAMPLE.replace("COPY --from=build /app /app\n", ""), app.text());
    assertTrue(graph().edges().stream().noneMatch(e -> e.kind() == EdgeKind.COPY));
  }

  @Test
  void undoRestoresTheExactPreviousTextForCanvasAndTypedEdits(FxRobot robot) {
    Node title = fx(() -> app.window.canvas().nodeView("runtime").lookup(".stage-title"));
    robot.doubleClickOn(title);
    robot.write("final");
    robot.type(KeyCode.ENTER);
    String renamed = app.text();
    assertNotEquals(SAMPLE, renamed);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(0));
    robot.write("#");
    assertEquals("#" + renamed, app.text());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(renamed, app.text());
    assertEquals(renamed, fx(() -> app.area().getText()));
    robot.clickOn(fx(() -> app.window.canvas().nodeView("build")));
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(SAMPLE, app.text());
    assertEquals(SAMPLE, fx(() -> app.area().getText()));
    assertEquals(List.of("build", "runtime"), stageNames());
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.Z)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    assertEquals(renamed, app.text());
  }

  @Test
  void oneUndoRevertsAWholeTypedLine(FxRobot robot) {
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("USER nonroot");
    assertEquals(SAMPLE + "USER nonroot", app.text());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(SAMPLE, app.text());
    assertEquals(SAMPLE, fx(() -> app.area().getText()));
    assertFalse(fx(() -> app.window.model().document().canUndo()));
  }

  @Test
  void saveThenOpenRestoresTextAndBoxPositions(FxRobot robot) throws Exception {
    Node header = fx(() -> app.window.canvas().nodeView("runtime").lookup(".stage-header"));
    robot.drag(header, MouseButton.PRIMARY).moveBy(60, 90).release(MouseButton.PRIMARY);
    Point moved = fx(() -> app.window.model().pinnedPositions().get("runtime"));
    assertNotNull(moved);
    robot.interact(
        () ->
            app.window
                .model()
                .apply(
                    io.stagecraft.core.edit.DocumentEdit.of(
                        "Add a comment", io.stagecraft.core.edit.TextEdit.insert(0, "# saved\n"))));
    String saved = app.text();
    Path file = tmp.resolve("calculator.stagecraft");
    app.prompts.files.add(file);
    assertTrue(fx(() -> app.window.files().saveAs()));
    assertFalse(fx(() -> app.window.model().document().isModified()));
    assertEquals(
        "Stagecraft \u2014 calculator.stagecraft", fx(() -> app.window.stage().getTitle()));
    assertTrue(Files.readString(file).contains("\"format\" : \"stagecraft-project\""));

    robot.interact(() -> app.window.files().newDocument());
    assertEquals("", app.text());
    assertTrue(fx(() -> app.window.files().load(file)));
    assertEquals(saved, app.text());
    assertEquals(saved, fx(() -> app.area().getText()));
    assertEquals(moved, fx(() -> app.window.model().pinnedPositions().get("runtime")));
    Node runtime = fx(() -> app.window.canvas().nodeView("runtime"));
    assertEquals(moved.x(), fx(runtime::getLayoutX), 0.001);
    assertEquals(moved.y(), fx(runtime::getLayoutY), 0.001);
    assertEquals(
        SampleProject.original().text(), fx(() -> app.window.files().openFile().original().text()));
    assertEquals(List.of(file.toAbsolutePath()), app.window.files().recent().list());
  }

  @Test
  void aCorruptProjectFileGivesAClearErrorAndOpensNothing() throws Exception {
    Path corrupt = tmp.resolve("broken.stagecraft");
    Files.writeString(
        corrupt,
        "{\"format\": \"stagecraft-project\", \"version\": 1, \"dockerfile\": {\"text\": ",
        StandardCharsets.UTF_8);
    assertFalse(fx(() -> app.window.files().load(corrupt)));
    assertEquals(1, app.prompts.errors.size());
    assertTrue(
        app.prompts
            .errors
            .get(0)
            .startsWith(
                "Cannot open broken.stagecraft: broken.stagecraft is not a valid Stagecraft project file: it is not "
                    + "well-formed JSON (line 1, column"),
        app.prompts.errors.get(0));
    Path newer = tmp.resolve("newer.stagecraft");
    Files.writeString(
        newer,
        "{\"format\": \"stagecraft-project\", \"version\": 7, \"dockerfile\": {\"text\": \"FROM a\\n\"}}");
    assertFalse(fx(() -> app.window.files().load(newer)));
    assertTrue(
        app.prompts
            .errors
            .get(1)
            .contains("was written by a newer Stagecraft (project format version 7)"),
        app.prompts.errors.get(1));
    assertEquals(SAMPLE, app.text());
    assertEquals(
        "Stagecraft \u2014 python-calculator (sample)", fx(() -> app.window.stage().getTitle()));
  }

  @Test
  void deletingAReferencedStageAsksAndRemovesItsReferences(FxRobot robot) {
    app.prompts.deleteChoices.add(Prompts.DeleteChoice.DELETE_WITH_REFERENCES);
    robot.clickOn(fx(() -> app.window.canvas().nodeView("build").lookup(".stage-header")));
    robot.type(KeyCode.DELETE);
    assertEquals(1, app.prompts.asked.size());
    assertTrue(
        app.prompts
            .asked
            .get(0)
            .startsWith("delete build referenced by [line 15: COPY in stage runtime]"));
    assertEquals(List.of("runtime"), stageNames());
    assertFalse(app.text().contains("AS build"), app.text());
    assertFalse(app.text().contains("--from=build"), app.text());
  }

  @Test
  void draggingAnInstructionMovesItToAnotherStage(FxRobot robot) {
    Node env =
        fx(
            () ->
                app.window.canvas().nodeView("runtime").lookupAll(".instruction-row").stream()
                    .filter(n -> n.getUserData().toString().contains("ENV"))
                    .findFirst()
                    .orElseThrow());
    Node build = fx(() -> app.window.canvas().nodeView("build").lookup(".stage-header"));
    robot.drag(env, MouseButton.PRIMARY).moveTo(build).moveBy(0, 40).release(MouseButton.PRIMARY);
    Stage buildStage = graph().stages().get(0);
    Stage runtimeStage = graph().stages().get(1);
    assertTrue(
        buildStage.instructions().stream().anyMatch(i -> i.name().equals("ENV")), app.text());
    assertTrue(
        runtimeStage.instructions().stream().noneMatch(i -> i.name().equals("ENV")), app.text());
    assertEquals(SAMPLE.length(), app.text().length());
  }

  @Test
  void addingARuntimeStageSuggestsDistrolessImages() {
    app.prompts.newStages.add(
        new Prompts.NewStage("slim", "gcr.io/distroless/static-debian12:nonroot"));
    WaitForAsyncUtils.waitForAsyncFx(5000, () -> app.window.actions().addStage(true));
    assertTrue(app.prompts.suggestedBases.get(0).startsWith("gcr.io/distroless/"));
    assertEquals(List.of("new runtime stage, suggesting runtime-2"), app.prompts.asked);
    assertEquals(SAMPLE + "\nFROM gcr.io/distroless/static-debian12:nonroot AS slim\n", app.text());
    assertEquals("slim", fx(() -> app.window.model().selectionProperty().get().nodeId()));
  }

  @Test
  void selectingABoxSelectsItsTextAndTheCaretSelectsTheBox(FxRobot robot) {
    robot.clickOn(fx(() -> app.window.canvas().nodeView("runtime").lookup(".stage-header")));
    assertTrue(
        fx(() -> app.area().getSelectedText()).startsWith("FROM ${RUNTIME_IMAGE} AS runtime"));
    assertTrue(fx(() -> app.area().getSelectedText()).endsWith("CMD [\"app.py\"]"));
    robot.interact(() -> app.area().moveTo(SAMPLE.indexOf("RUN apt-get")));
    assertEquals("build", fx(() -> app.window.model().selectionProperty().get().nodeId()));
  }

  @Test
  void zoomWithKeysAndWheelAndFit(FxRobot robot) {
    double initial = fx(() -> app.window.canvas().zoom());
    robot.clickOn(fx(() -> app.window.canvas()), MouseButton.PRIMARY);
    robot.moveTo(fx(() -> app.window.canvas()));
    robot.type(KeyCode.MINUS);
    double out = fx(() -> app.window.canvas().zoom());
    assertTrue(out < initial, out + " < " + initial);
    robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
    assertTrue(fx(() -> app.window.canvas().zoom()) > out);
    robot.type(KeyCode.DIGIT0);
    assertEquals(initial, fx(() -> app.window.canvas().zoom()), 1e-9);
  }

  @Test
  void diagnosticsAreUnderlinedWithTheirMessage(FxRobot robot) {
    robot.interact(
        () ->
            app.window
                .model()
                .apply(
                    io.stagecraft.core.edit.DocumentEdit.of(
                        "Break",
                        io.stagecraft.core.edit.TextEdit.insert(
                            SAMPLE.indexOf("WORKDIR /app"), "COPY --chmod /a /b\n"))));
    int at = app.text().indexOf("--chmod");
    String message = fx(() -> app.window.codePane().diagnosticsAt(at + 1));
    assertFalse(message.isEmpty(), "no diagnostic at the flag without a value");
    assertTrue(
        fx(() -> app.area().getStyleOfChar(at + 1)).stream()
            .anyMatch(s -> s.startsWith("diagnostic-")),
        fx(() -> app.area().getStyleOfChar(at + 1)).toString());
    assertTrue(fx(() -> app.window.canvas().nodeView("build").lookup(".diagnostic-badge")) != null);
  }

  @Test
  void exportsTheDiagramAsSvgAndPngAndTheDockerfileAsText() throws Exception {
    Path svg = tmp.resolve("diagram.svg");
    Path png = tmp.resolve("diagram.png");
    Path dockerfile = tmp.resolve("Dockerfile");
    app.prompts.files.add(svg);
    app.prompts.files.add(png);
    app.prompts.files.add(dockerfile);
    WaitForAsyncUtils.waitForAsyncFx(5000, () -> app.window.files().exportSvg());
    WaitForAsyncUtils.waitForAsyncFx(20000, () -> app.window.exportPng());
    WaitForAsyncUtils.waitForAsyncFx(5000, () -> app.window.files().exportDockerfile());
    assertTrue(Files.readString(svg).contains(">runtime</text>"));
    byte[] image = Files.readAllBytes(png);
    assertEquals(
        List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
        List.of(image[0], image[1], image[2], image[3]));
    var decoded = javax.imageio.ImageIO.read(png.toFile());
    double width = fx(() -> app.window.model().snapshot().layout().width());
    assertEquals(
        Math.ceil(width * 2),
        decoded.getWidth(),
        2,
        "the PNG is drawn at twice the diagram's size");
    assertEquals(SAMPLE, Files.readString(dockerfile));
    assertTrue(app.prompts.errors.isEmpty(), app.prompts.errors.toString());
    assertFalse(
        fx(() -> app.window.model().document().isModified()), "exports do not count as saving");
    assertEquals(SampleProject.NAME, fx(() -> app.window.files().openFile().name()));
  }

  @Test
  void closingWithUnsavedChangesAsksFirst(FxRobot robot) {
    robot.interact(
        () ->
            app.window
                .model()
                .apply(
                    io.stagecraft.core.edit.DocumentEdit.of(
                        "Edit", io.stagecraft.core.edit.TextEdit.insert(0, "# changed\n"))));
    app.prompts.unsavedChoices.add(Prompts.UnsavedChoice.CANCEL);
    robot.interact(
        () ->
            app.window
                .stage()
                .fireEvent(
                    new javafx.stage.WindowEvent(
                        app.window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    assertEquals(List.of("save changes to python-calculator (sample)"), app.prompts.asked);
    assertTrue(fx(() -> app.window.stage().isShowing()));
    app.prompts.unsavedChoices.add(Prompts.UnsavedChoice.CANCEL);
    assertFalse(
        fx(() -> app.window.files().open(tmp.resolve("other"))), "opening another file asks too");
    assertEquals("# changed\n" + SAMPLE, app.text());
  }

  private int copyEdgeIndex() {
    List<Edge> edges = graph().edges();
    for (int i = 0; i < edges.size(); i++) {
      if (edges.get(i).kind() == EdgeKind.COPY) {
        return i;
      }
    }
    throw new AssertionError("the sample has a COPY --from");
  }

  /** The screen point in the middle of an arrow's curve. */
  private Point2D pointOnEdge(int edgeIndex) {
    return app.arrowPoint(e -> e.edge().graphEdgeIndex() == edgeIndex);
  }

  private StageGraph graph() {
    return fx(() -> app.window.model().document().graph());
  }

  private List<String> stageNames() {
    return graph().stages().stream().map(Stage::label).toList();
  }
}
