package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.split.ImageConfig;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import io.stagecraft.ui.split.SplitDecision;
import io.stagecraft.ui.split.SplitDialog;
import io.stagecraft.ui.split.SplitReview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Split stage here" from the code pane and from a stage box, and "Slim it" from the toolbar: each
 * is reviewed, then applied as one undoable edit that both panes show.
 */
@ExtendWith(ApplicationExtension.class)
class SplitInTheAppTest {
  private static final String ORIGINAL = SampleProject.original().text();
  private AppFixture app;
  private final List<SplitReview> reviews = new ArrayList<>();
  private Function<SplitReview, Optional<SplitDecision>> answer =
      r -> Optional.of(new SplitDecision(r.outcome().preview(), false));
  @TempDir Path tmp;

  @Start
  void start(javafx.stage.Stage stage) throws Exception {
    app = new AppFixture(stage);
    Path file = Files.writeString(tmp.resolve("Dockerfile"), ORIGINAL);
    app.window.files().load(file);
    app.window
        .splits()
        .setReviewer(
            review -> {
              reviews.add(review);
              return answer.apply(review);
            });
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void splitStageHereInTheCodePaneSplitsBeforeTheClickedLine(FxRobot robot) {
    int line = lineOf("COPY . .");
    requestContextMenu(robot, area(), pointOnLine(line));
    robot.clickOn("Split Stage Here\u2026");
    assertEquals(1, reviews.size());
    assertEquals(SplitReview.Mode.AT_LINE, reviews.get(0).mode());
    assertEquals(line, reviews.get(0).line());
    String expected = expectedSplitAt(line);
    assertEquals(expected, text());
    assertEquals(expected, fx(() -> area().getText()), "the code pane shows the split text");
    assertEquals(
        List.of("build", "runtime"),
        fx(() -> graph().stages().stream().map(s -> s.name()).toList()));
    assertNotNull(fx(() -> app.window.canvas().nodeView("runtime")));
    assertEquals("runtime", fx(() -> app.window.model().selectionProperty().get().nodeId()));
    assertEquals(
        ORIGINAL,
        fx(() -> app.window.files().openFile().original().text()),
        "the text before the split is kept as the original");

    robot.clickOn(fx(() -> app.window.canvas().nodeView("build")));
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(ORIGINAL, text(), "one undo takes the whole split back");
    assertEquals(ORIGINAL, fx(() -> area().getText()));
  }

  @Test
  void splitStageHereInABoxSplitsBeforeThatInstruction(FxRobot robot) {
    Node row =
        fx(
            () ->
                app.window.canvas().nodeView("#0").lookupAll(".instruction-row").stream()
                    .filter(
                        n ->
                            ((io.stagecraft.layout.InstructionRow) n.getUserData())
                                .keyword()
                                .equals("COPY"))
                    .findFirst()
                    .orElseThrow());
    requestContextMenu(
        robot,
        row,
        fx(
            () -> {
              Bounds b = row.localToScreen(row.getBoundsInLocal());
              return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
            }));
    robot.clickOn("Split stage here\u2026");
    assertEquals(lineOf("COPY . ."), reviews.get(0).line());
    assertEquals(expectedSplitAt(lineOf("COPY . .")), text());
  }

  @Test
  void slimItFromTheToolbarAppliesTheOneClickSplitWithTheChosenRuntime(FxRobot robot) {
    answer =
        review -> {
          review.setRuntime("gcr.io/distroless/python3-debian12:nonroot");
          review.setBuilderName("compile");
          return Optional.of(new SplitDecision(review.outcome().preview(), false));
        };
    robot.clickOn("#slim-it");
    assertEquals(SplitReview.Mode.SLIM, reviews.get(0).mode());
    String result = text();
    assertTrue(result.contains("FROM ${BASE_IMAGE} AS compile\n"), result);
    assertTrue(
        result.contains("FROM gcr.io/distroless/python3-debian12:nonroot AS runtime\n"), result);
    assertTrue(result.contains("COPY --from=compile /app /app\n"), result);
    // The image's ENTRYPOINT is the interpreter: the command names only the script.
    assertTrue(result.endsWith("CMD [\"app.py\"]\n"), result);
    assertEquals(result, fx(() -> area().getText()));
    StageGraph g = graph();
    assertTrue(g.edgesFrom(0).stream().anyMatch(e -> e.kind() == EdgeKind.COPY && e.to() == 1));
  }

  @Test
  void aCancelledReviewChangesNothing(FxRobot robot) {
    answer = review -> Optional.empty();
    robot.clickOn("#slim-it");
    assertEquals(1, reviews.size());
    assertEquals(ORIGINAL, text());
    assertFalse(fx(() -> app.window.model().canUndoProperty().get()));
    assertEquals(null, fx(() -> app.window.files().openFile().original()));
  }

  @Test
  void splittingOnAFromSaysWhyAndShowsNoReview(FxRobot robot) {
    requestContextMenu(robot, area(), pointOnLine(lineOf("FROM ${BASE_IMAGE}")));
    robot.clickOn("Split Stage Here\u2026");
    assertTrue(reviews.isEmpty());
    assertEquals(1, app.prompts.errors.size());
    assertTrue(
        app.prompts.errors.get(0).startsWith("Cannot split here: Line 4 is the FROM of stage 0"),
        app.prompts.errors.get(0));
    assertEquals(ORIGINAL, text());
  }

  @Test
  void theReviewDialogShowsTheDiffAndTheStagesAndAppliesTheUsersChoices(FxRobot robot) {
    robot.interact(
        () ->
            app.window
                .splits()
                .setReviewer(new SplitDialog(() -> app.window.stage(), () -> false)));
    robot.clickOn("#slim-it");
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> diff = robot.lookup("#split-diff").queryAs(ListView.class);
    assertTrue(
        fx(
            () ->
                diff.getItems()
                    .contains("+FROM gcr.io/distroless/python3-debian12:nonroot AS runtime")),
        () -> fx(() -> diff.getItems().toString()));
    assertNotNull(
        fx(
            () ->
                robot
                    .lookup("#split-diagram")
                    .queryAs(javafx.scene.image.ImageView.class)
                    .getImage()),
        "the stages after the split are drawn");
    assertTrue(
        fx(
                () ->
                    robot
                        .lookup("#split-proposals")
                        .queryAs(javafx.scene.layout.VBox.class)
                        .getChildren()
                        .size())
            > 3);
    assertTrue(
        robot.lookup("Apply and verify").tryQuery().isEmpty(),
        "no engine, so nothing to verify on");

    robot.clickOn("#split-debug");
    assertEquals(
        "gcr.io/distroless/python3-debian12:debug-nonroot",
        fx(() -> robot.lookup("#split-runtime").queryAs(ComboBox.class).getValue()));
    assertTrue(
        fx(
            () ->
                diff.getItems()
                    .contains(
                        "+FROM gcr.io/distroless/python3-debian12:debug-nonroot AS runtime")));

    robot.clickOn("#split-runtime-name").write("ship");
    assertTrue(
        fx(
            () ->
                diff.getItems()
                    .contains("+FROM gcr.io/distroless/python3-debian12:debug-nonroot AS ship")));

    // A runtime image with a space cannot be written in FROM: the dialog says so and will not
    // apply.
    ComboBox<?> runtime = robot.lookup("#split-runtime").queryAs(ComboBox.class);
    robot.clickOn(runtime.getEditor());
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("two words");
    robot.type(KeyCode.ENTER);
    assertTrue(
        fx(() -> robot.lookup("#split-problem").queryAs(Label.class).getText())
            .startsWith("No split: The runtime image must be one word"),
        () -> fx(() -> robot.lookup("#split-problem").queryAs(Label.class).getText()));
    Button apply = robot.lookup("Apply split").queryAs(Button.class);
    assertTrue(fx(apply::isDisabled));
    robot.clickOn(runtime.getEditor());
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("gcr.io/distroless/python3-debian12:nonroot");
    robot.type(KeyCode.ENTER);
    assertFalse(fx(apply::isDisabled));

    robot.clickOn(apply);
    String result = text();
    assertTrue(
        result.contains("FROM gcr.io/distroless/python3-debian12:nonroot AS ship\n"), result);
    assertEquals(result, fx(() -> area().getText()));
  }

  @Test
  void anInspectedRuntimeImageOverridesTheConventions(FxRobot robot) {
    // What an engine reports for a local stand-in named unlike any distroless image.
    List<String> asked = new ArrayList<>();
    robot.interact(
        () ->
            app.window
                .splits()
                .connectEngine(
                    () ->
                        reference -> {
                          asked.add(reference);
                          return Optional.of(
                              new ImageConfig(List.of("/usr/bin/python3"), "65532:65532", false));
                        },
                    () -> List.of("stagecraft/distroless-python3:latest"),
                    stage -> {},
                    new io.stagecraft.ui.concurrent.SameThreadBackgroundWork()));
    answer =
        review -> {
          assertTrue(
              review.runtimeChoices().contains("stagecraft/distroless-python3:latest"),
              "the project's images are offered");
          review.setRuntime("stagecraft/distroless-python3:latest");
          assertTrue(
              review
                  .knowledge()
                  .startsWith(
                      "Inspected on the engine: entrypoint /usr/bin/python3, user 65532:65532, "
                          + "no shell"),
              review.knowledge());
          return Optional.of(new SplitDecision(review.outcome().preview(), false));
        };
    robot.clickOn("#slim-it");
    assertTrue(asked.contains("stagecraft/distroless-python3:latest"), asked.toString());
    assertTrue(
        text()
            .endsWith(
                "FROM stagecraft/distroless-python3:latest AS runtime\nWORKDIR /app\n"
                    + "ENV PYTHONPATH=/app/deps\nCOPY --from=build /app /app\nCMD [\"app.py\"]\n"),
        text());
  }

  @Test
  void aRuntimeThatCannotRunTheAppDisablesApplyAndOffersOneThatCan(FxRobot robot) {
    robot.interact(
        () ->
            app.window
                .splits()
                .setReviewer(new SplitDialog(() -> app.window.stage(), () -> false)));
    robot.clickOn("#slim-it");
    WaitForAsyncUtils.waitForFxEvents();
    ComboBox<?> runtime = robot.lookup("#split-runtime").queryAs(ComboBox.class);
    robot.clickOn(runtime.getEditor());
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("scratch");
    robot.type(KeyCode.ENTER);
    String problem = fx(() -> robot.lookup("#split-problem").queryAs(Label.class).getText());
    assertTrue(
        problem.startsWith("Cannot apply: CMD needs python3, and scratch has no python3"), problem);
    Button apply = robot.lookup("Apply split").queryAs(Button.class);
    assertTrue(fx(apply::isDisabled), "a refused split cannot be applied");
    Button use = robot.lookup("#split-use-runtime").queryAs(Button.class);
    assertEquals("Use python:3-slim", fx(use::getText));

    robot.clickOn(use);
    assertEquals("python:3-slim", fx(() -> runtime.getValue()));
    assertFalse(fx(apply::isDisabled));
    assertFalse(fx(() -> robot.lookup("#split-problem").queryAs(Label.class).isVisible()));
    robot.clickOn(apply);
    assertTrue(text().contains("FROM python:3-slim AS runtime\n"), text());
  }

  @Test
  void aDesignTooLargeToLayOutAtOnceIsNotDrawnInTheReview(FxRobot robot) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 45; i++) {
      text.append("FROM busybox AS tool").append(i).append("\nRUN echo ").append(i).append('\n');
    }
    text.append(
        "FROM debian:bookworm\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD [\"/out/app\"]\n");
    io.stagecraft.ui.split.SplitView view =
        fx(
            () ->
                new io.stagecraft.ui.split.SplitView(
                    new SplitReview(
                        text.toString(),
                        SplitReview.Mode.SLIM,
                        0,
                        null,
                        new io.stagecraft.ui.concurrent.SameThreadBackgroundWork(),
                        List.of()),
                    List.of(),
                    List.of()));
    // Off screen, but skinned, so the scroll panes hold their content.
    robot.interact(
        () -> {
          new javafx.scene.Scene(view, 1000, 700);
          view.applyCss();
          view.layout();
        });
    assertTrue(
        fx(() -> view.review().outcome().ok()), () -> fx(() -> view.review().outcome().problem()));
    assertEquals(
        null, fx(() -> ((javafx.scene.image.ImageView) view.lookup("#split-diagram")).getImage()));
    assertTrue(
        fx(() -> ((ListView<?>) view.lookup("#split-diff")).getItems().size()) > 3,
        "the diff is still shown");
  }

  private String expectedSplitAt(int line) {
    try {
      return new SplitAssistant().splitAt(ORIGINAL, line, SplitOptions.defaults()).after();
    } catch (io.stagecraft.core.edit.EditException e) {
      throw new AssertionError(e);
    }
  }

  private static int lineOf(String start) {
    List<String> lines = ORIGINAL.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }

  private static void requestContextMenu(
      FxRobot robot, Node target, javafx.geometry.Point2D screen) {
    ContextMenuRequests.at(robot, target, screen);
  }

  private javafx.geometry.Point2D pointOnLine(int line) {
    return fx(
        () -> {
          int start = area().getAbsolutePosition(line - 1, 0);
          Bounds b = area().getCharacterBoundsOnScreen(start, start + 1).orElseThrow();
          return new javafx.geometry.Point2D(b.getMinX() + 2, b.getCenterY());
        });
  }

  private CodeArea area() {
    return app.window.codePane().area();
  }

  private String text() {
    return fx(() -> app.window.model().document().text());
  }

  private StageGraph graph() {
    return fx(() -> app.window.model().document().graph());
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }
}
