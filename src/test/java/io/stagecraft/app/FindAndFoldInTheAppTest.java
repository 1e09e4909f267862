package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.ui.code.CodeAssist;
import io.stagecraft.ui.code.FindBar;
import io.stagecraft.ui.code.StageOutlineBar;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Find and replace, references, the stage outline and folding, driven by keys in the window. */
@ExtendWith(ApplicationExtension.class)
class FindAndFoldInTheAppTest {
  private static final String TEXT =
      "FROM golang:1.22 AS build\n"
          + "WORKDIR /src\n"
          + "RUN go build -o /out/app ./cmd/app\n"
          + "\n"
          + "FROM gcr.io/distroless/static AS runtime\n"
          + "COPY --from=build /out/app /app\n"
          + "ENTRYPOINT [\"/app\"]\n";

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
  void ctrlFMarksTheMatchesAndEnterAndShiftEnterMoveBetweenThem(FxRobot robot) throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(0));
    ctrl(robot, KeyCode.F);
    assertTrue(fx(() -> bar().isOpen()));
    robot.write("build");
    assertEquals(3, fx(() -> bar().result().matches().size()));
    assertEquals("1 of 3", fx(() -> bar().status()));
    assertEquals(2, fx(() -> bar().markedCount()), "every match but the selected one is marked");
    assertEquals(TEXT.indexOf("build"), fx(() -> app.area().getSelection().getStart()));
    robot.type(KeyCode.ENTER);
    assertEquals("2 of 3", fx(() -> bar().status()));
    robot.type(KeyCode.ENTER);
    robot.type(KeyCode.ENTER);
    assertEquals("1 of 3", fx(() -> bar().status()), "wraps round to the first");
    robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
    assertEquals("3 of 3", fx(() -> bar().status()), "and back to the last");
    robot.type(KeyCode.ESCAPE);
    assertFalse(fx(() -> bar().isOpen()));
    assertTrue(fx(() -> app.area().isFocused()), "Escape gives the code the focus again");
    assertEquals(TEXT, app.text(), "finding changes nothing");
  }

  @Test
  void wholeWordsCaseAndRegexOptionsNarrowTheSearchAndABadPatternSaysWhy(FxRobot robot)
      throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    ctrl(robot, KeyCode.F);
    robot.write("go");
    assertEquals(2, fx(() -> bar().result().matches().size()));
    robot.interact(() -> bar().setOptions(false, false, true));
    assertEquals(1, fx(() -> bar().result().matches().size()), "not inside golang");
    robot.interact(() -> bar().findField().setText("(app"));
    robot.interact(() -> bar().setOptions(false, true, false));
    assertTrue(fx(() -> bar().status()).contains("at character"), fx(() -> bar().status()));
    robot.interact(() -> bar().findField().setText("^from"));
    assertEquals(2, fx(() -> bar().result().matches().size()));
    robot.interact(() -> bar().setOptions(true, true, false));
    assertEquals("No results", fx(() -> bar().status()));
  }

  @Test
  void ctrlHReplacesOneMatchThenAllAsOneUndoStep(FxRobot robot) throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(0));
    ctrl(robot, KeyCode.H);
    robot.write("/out/");
    robot.interact(() -> bar().replaceField().setText("/dist/"));
    robot.interact(() -> bar().replace());
    String once = TEXT.replaceFirst("/out/", "/dist/");
    assertEquals(once, app.text());
    assertEquals(1, fx(() -> bar().result().matches().size()), "the marks follow the edit");
    robot.interact(() -> bar().replaceAll());
    assertEquals(TEXT.replace("/out/", "/dist/"), app.text());
    robot.interact(() -> app.window.model().undo());
    assertEquals(once, app.text(), "Replace All is one undo step");
  }

  @Test
  void regexReplaceAllFillsInGroups(FxRobot robot) throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    ctrl(robot, KeyCode.H);
    robot.interact(() -> bar().setOptions(true, true, false));
    robot.interact(() -> bar().findField().setText("AS (\\w+)"));
    robot.interact(() -> bar().replaceField().setText("AS $1-stage"));
    robot.interact(() -> bar().replaceAll());
    assertEquals(
        TEXT.replace("AS build", "AS build-stage").replace("AS runtime", "AS runtime-stage"),
        app.text());
  }

  @Test
  void shiftF12ListsEveryUseOfTheStageAndEnterGoesToTheOneChosen(FxRobot robot) throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    int from = TEXT.indexOf("--from=build") + 8;
    robot.interact(() -> app.area().moveTo(from));
    robot.press(KeyCode.SHIFT).type(KeyCode.F12).release(KeyCode.SHIFT);
    List<SourceRange> shown = fx(() -> assist().shownReferences());
    assertEquals(
        List.of(TEXT.indexOf("build"), TEXT.indexOf("--from=build") + 7),
        shown.stream().map(SourceRange::start).toList());
    robot.type(KeyCode.UP);
    robot.type(KeyCode.ENTER);
    assertEquals(TEXT.indexOf("build"), fx(() -> app.area().getSelection().getStart()));
    assertEquals("build", fx(() -> app.area().getSelectedText()));
    assertTrue(fx(() -> assist().shownReferences()).isEmpty());
  }

  @Test
  void theOutlineFollowsTheCaretAndChoosingAStageGoesThere(FxRobot robot) throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(TEXT.indexOf("WORKDIR")));
    waitForSnapshot();
    assertEquals("build", fx(() -> outline().getValue().label()));
    robot.interact(() -> app.area().moveTo(TEXT.indexOf("ENTRYPOINT")));
    assertEquals("runtime", fx(() -> outline().getValue().label()));
    robot.interact(() -> outline().setValue(outline().getItems().get(0)));
    assertEquals(0, fx(() -> app.area().getCurrentParagraph()));
  }

  @Test
  void foldingAStageHidesItsLinesWithoutTouchingTheTextOrUndo(FxRobot robot) throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    waitForSnapshot();
    robot.interact(() -> app.area().moveTo(TEXT.indexOf("RUN")));
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.OPEN_BRACKET);
    robot.release(KeyCode.SHIFT, KeyCode.CONTROL);
    assertTrue(fx(() -> assist().folds().isHidden(1)));
    assertTrue(fx(() -> assist().folds().isHidden(2)));
    assertFalse(fx(() -> assist().folds().isHidden(0)), "the FROM line stays");
    assertFalse(fx(() -> assist().folds().isHidden(4)), "the next stage stays");
    assertEquals(
        0, fx(() -> app.area().getCurrentParagraph()), "the caret leaves the hidden lines");
    assertEquals(TEXT, app.text());
    assertFalse(fx(() -> app.window.model().canUndoProperty().get()));
    assertFalse(fx(() -> app.window.model().modifiedProperty().get()));

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.CLOSE_BRACKET);
    robot.release(KeyCode.SHIFT, KeyCode.CONTROL);
    assertFalse(fx(() -> assist().folds().isHidden(1)));

    robot.interact(() -> assist().folds().foldAll());
    assertTrue(fx(() -> assist().folds().isHidden(1) && assist().folds().isHidden(5)));
    robot.interact(() -> assist().folds().unfoldAll());
    assertFalse(fx(() -> assist().folds().isHidden(1) || assist().folds().isHidden(5)));
  }

  @Test
  void onlyALineThatStartsAStageHasAToggleInItsGutter() throws Exception {
    app.open(tmp, "FROM alpine AS a\nRUN true\n\nFROM a AS b\nRUN x\nRUN y\n");
    waitForSnapshot();
    // What each line's gutter holds, line by line: the number, then a toggle or a blank.
    List<String> gutters =
        fx(
            () ->
                app.area().lookupAll(".code-gutter").stream()
                    .map(
                        g ->
                            ((javafx.scene.Parent) g)
                                .getChildrenUnmodifiable().stream()
                                    .map(
                                        n ->
                                            n.getStyleClass().contains("fold-toggle")
                                                ? "toggle"
                                                : n.getClass().getSimpleName())
                                    .toList()
                                    .toString())
                    .toList());
    assertEquals(
        2, gutters.stream().filter(g -> g.equals("[Label, toggle]")).count(), gutters.toString());
    assertEquals(
        5, gutters.stream().filter(g -> g.equals("[Label, Region]")).count(), gutters.toString());
  }

  private void waitForSnapshot() throws Exception {
    for (int i = 0; i < 200; i++) {
      boolean current =
          fx(
              () ->
                  app.window.model().currentSnapshot() != null
                      && app.window.model().currentSnapshot().isCurrent()
                      && app.window.model().currentSnapshot().document()
                          == app.window.model().document());
      if (current) {
        return;
      }
      Thread.sleep(25);
    }
  }

  private static void ctrl(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
  }

  private CodeAssist assist() {
    return app.window.codeAssist();
  }

  private FindBar bar() {
    return assist().findBar();
  }

  private StageOutlineBar outline() {
    return fx(
        () -> (StageOutlineBar) app.window.stage().getScene().getRoot().lookup(".stage-outline"));
  }
}
