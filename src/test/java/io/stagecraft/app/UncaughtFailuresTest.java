package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.ui.failure.FailureHandler;
import io.stagecraft.ui.failure.FailureLog;
import io.stagecraft.ui.model.EditorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
 * A failure nobody caught, injected as a failing listener or thrown on another thread, is logged to
 * the state folder and shown with its details, while the document, its history and the window go on
 * as before.
 */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresTest {
  private static final String SAMPLE = SampleProject.design();
  @TempDir Path state;
  private AppFixture app;
  private Thread.UncaughtExceptionHandler fxHandler;
  private Thread.UncaughtExceptionHandler defaultHandler;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
    fxHandler = Thread.currentThread().getUncaughtExceptionHandler();
    defaultHandler = Thread.getDefaultUncaughtExceptionHandler();
    new FailureHandler(new FailureLog(state), app.prompts).install();
  }

  @AfterEach
  void tearDown() {
    fx(
        () -> {
          Thread.currentThread().setUncaughtExceptionHandler(fxHandler);
          return null;
        });
    Thread.setDefaultUncaughtExceptionHandler(defaultHandler);
    app.dispose();
  }

  @Test
  void aFailingDocumentObserverIsReportedAndTheWindowGoesOn(FxRobot robot) throws Exception {
    fx(
        () -> {
          app.window
              .model()
              .addObserver(
                  new EditorModel.DocumentObserver() {
                    @Override
                    public void replaced(Document document) {}

                    @Override
                    public void changed(Document document, DocumentEdit edit, String before) {
                      throw new IllegalStateException("injected observer failure");
                    }
                  });
          return null;
        });
    robot.clickOn(area());
    robot.interact(() -> area().moveTo(area().getLength()));
    robot.write("FROM alpine AS extra\n");

    assertEquals(SAMPLE + "FROM alpine AS extra\n", text());
    assertEquals(text(), fx(() -> area().getText()));
    assertNotNull(fx(() -> app.window.canvas().nodeView("extra")), "the canvas heard of it");
    assertReported("injected observer failure");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(SAMPLE, text());
    assertEquals(SAMPLE, fx(() -> area().getText()));
    assertFalse(fx(() -> app.window.model().document().canUndo()));
    assertTrue(fx(() -> app.window.model().document().canRedo()));
  }

  @Test
  void aFailingSnapshotListenerOnTheFxThreadIsReported(FxRobot robot) throws Exception {
    fx(
        () -> {
          app.window
              .model()
              .snapshotProperty()
              .addListener(
                  (obs, was, now) -> {
                    throw new IllegalArgumentException("injected listener failure");
                  });
          return null;
        });
    robot.clickOn(area());
    robot.interact(() -> area().moveTo(0));
    robot.write("# note\n");
    assertEquals("# note\n" + SAMPLE, text());
    assertEquals(List.of("build", "runtime"), stageLabels());
    assertReported("injected listener failure");
  }

  @Test
  void aFailureOnABackgroundThreadIsReported() throws Exception {
    Thread worker =
        new Thread(
            () -> {
              throw new UnsupportedOperationException("injected background failure");
            },
            "worker");
    worker.start();
    worker.join();
    WaitForAsyncUtils.waitForFxEvents();
    assertReported("injected background failure");
    assertTrue(Files.readString(state.resolve("errors.log")).contains("on thread \"worker\""));
    assertEquals(SAMPLE, text());
  }

  private void assertReported(String message) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Path log = state.resolve("errors.log");
    assertTrue(Files.exists(log), "nothing was logged to " + log);
    String logged = Files.readString(log);
    assertTrue(logged.contains(message), logged);
    assertTrue(logged.contains("\tat "), "the log holds the stack trace");
    assertFalse(app.prompts.failures.isEmpty(), "no dialog was shown");
    String shown = app.prompts.failures.get(0);
    assertTrue(shown.contains(message), shown);
    assertTrue(shown.contains(log.toString()), "the dialog says where the log is: " + shown);
  }

  private List<String> stageLabels() {
    return fx(
        () ->
            app.window.model().document().graph().stages().stream()
                .map(io.stagecraft.core.model.Stage::label)
                .toList());
  }

  private CodeArea area() {
    return app.window.codePane().area();
  }

  private String text() {
    return fx(() -> app.window.model().document().text());
  }

  private static <T> T fx(Callable<T> call) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(10000, call);
  }
}
