package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lang.CompletionItem;
import io.stagecraft.ui.code.CodeAssist;
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
import org.testfx.util.WaitForAsyncUtils;

/** The code pane's language features, driven with the keyboard in the real window. */
@ExtendWith(ApplicationExtension.class)
class CodeAssistInTheAppTest {
  private static final String TEXT =
      "ARG GO=1.22\n"
          + "FROM golang:${GO} AS build\n"
          + "RUN go build -o /out/app .\n"
          + "FROM scratch\n";

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
  void fromEqualsOpensStageCompletionAndEnterInsertsItAsOneUndoStep(FxRobot robot)
      throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("COPY --from=");
    WaitForAsyncUtils.waitForFxEvents();
    List<String> shown =
        fx(() -> assist().shownCompletions().stream().map(CompletionItem::label).toList());
    assertEquals(List.of("build"), shown);
    robot.type(KeyCode.ENTER);
    assertEquals(TEXT + "COPY --from=build", app.text());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(TEXT + "COPY --from=", app.text());
  }

  @Test
  void controlSpaceCompletesKeywords(FxRobot robot) throws Exception {
    app.open(tmp, TEXT);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("WORK");
    robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
    assertEquals(
        List.of("WORKDIR"),
        fx(() -> assist().shownCompletions().stream().map(CompletionItem::label).toList()));
    robot.type(KeyCode.ENTER);
    assertEquals(TEXT + "WORKDIR ", app.text());
  }

  @Test
  void f12GoesToTheStageAndCtrlGToALine(FxRobot robot) throws Exception {
    app.open(tmp, TEXT + "COPY --from=build /out/app /app\n");
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(TEXT.length() + 13));
    robot.type(KeyCode.F12);
    assertEquals("build", fx(() -> app.area().getSelectedText()));
    assertEquals(1, fx(() -> app.area().getCurrentParagraph()));

    app.prompts.texts.add("3");
    robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
    assertEquals(2, fx(() -> app.area().getCurrentParagraph()));
  }

  @Test
  void toggleCommentFormatAndRenameAreEdits(FxRobot robot) throws Exception {
    app.open(tmp, "from alpine  as base\nrun  echo hi\n");
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(0));
    robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
    assertEquals("# from alpine  as base\nrun  echo hi\n", app.text());
    robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
    assertEquals("from alpine  as base\nrun  echo hi\n", app.text());

    robot.press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT, KeyCode.SHIFT);
    assertEquals("FROM alpine  AS base\nRUN echo hi\n", app.text());

    robot.interact(() -> app.area().moveTo(18));
    app.prompts.texts.add("runtime");
    robot.type(KeyCode.F2);
    assertEquals("FROM alpine  AS runtime\nRUN echo hi\n", app.text());
  }

  @Test
  void hoverShowsTheReferenceOfAnInstruction() throws Exception {
    app.open(tmp, TEXT);
    String doc = fx(() -> assist().hoverText(TEXT.indexOf("RUN") + 1));
    assertTrue(doc.contains("Runs a command"), doc);
    assertTrue(doc.contains("docs.docker.com/reference/dockerfile/#run"), doc);
  }

  private CodeAssist assist() {
    return app.window.codeAssist();
  }
}
