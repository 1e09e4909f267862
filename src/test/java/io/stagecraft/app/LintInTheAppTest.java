package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lint in the window: underlines and hovers in the code pane, badges on boxes, quick fixes. */
@ExtendWith(ApplicationExtension.class)
class LintInTheAppTest {
  private static final String TEXT =
      "FROM golang:1.22 AS Build\nRUN go build -o /app .\n\nFROM debian:12\nMAINTAINER ann\n"
          + "COPY --from=Build /app /app\nCMD [\"/app\"]\n";
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

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }

  private void open() throws Exception {
    Path file = Files.writeString(tmp.resolve("Dockerfile"), TEXT);
    assertTrue(fx(() -> app.window.files().open(file)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void problemsAreUnderlinedAndDescribedOnHover() throws Exception {
    open();
    int at = TEXT.indexOf("MAINTAINER");
    String hover = fx(() -> app.window.codePane().diagnosticsAt(at));
    assertTrue(
        hover.contains("warning MaintainerDeprecated: Maintainer instruction is deprecated"),
        hover);
    List<String> styles =
        fx(() -> List.copyOf(app.window.codePane().area().getStyleOfChar(at + 1)));
    assertTrue(styles.contains("diagnostic-warning"), styles.toString());
  }

  @Test
  void boxesCountTheirProblems() throws Exception {
    open();
    List<String> badges =
        fx(
            () ->
                app.window.canvas().lookupAll(".diagnostic-badge").stream()
                    .map(n -> ((Label) n).getText())
                    .toList());
    // The builder: StageNameCasing; the runtime: MaintainerDeprecated and STG102 (root).
    assertEquals(List.of("1", "2"), badges);
  }

  @Test
  void aQuickFixIsOneUndoableEdit() throws Exception {
    open();
    int at = TEXT.indexOf("MAINTAINER") + 2;
    List<MenuItem> items =
        fx(
            () -> {
              app.window.codePane().area().moveTo(at);
              return app.window.quickFixes().itemsAtCaret();
            });
    MenuItem toLabel =
        items.stream().filter(i -> i.getText().contains("LABEL")).findFirst().orElseThrow();
    fx(
        () -> {
          toLabel.fire();
          return null;
        });
    String fixed = fx(() -> app.window.codePane().area().getText());
    assertTrue(fixed.contains("LABEL org.opencontainers.image.authors=\"ann\"\n"), fixed);
    fx(
        () -> {
          app.window.model().undo();
          return null;
        });
    assertEquals(TEXT, fx(() -> app.window.codePane().area().getText()));
  }

  @Test
  void fixAllOfOneKindInTheFile() throws Exception {
    String text = "FROM alpine\nrun a\nrun b\nRUN c\nRUN d\nUSER 1\n";
    Path file = Files.writeString(tmp.resolve("Dockerfile"), text);
    assertTrue(fx(() -> app.window.files().open(file)));
    WaitForAsyncUtils.waitForFxEvents();
    List<MenuItem> items =
        fx(
            () -> {
              app.window.codePane().area().moveTo(text.indexOf("run a") + 1);
              return app.window.quickFixes().itemsAtCaret();
            });
    MenuItem all =
        items.stream().filter(i -> i.getText().startsWith("Fix all 2")).findFirst().orElseThrow();
    fx(
        () -> {
          all.fire();
          return null;
        });
    assertEquals(
        "FROM alpine\nRUN a\nRUN b\nRUN c\nRUN d\nUSER 1\n",
        fx(() -> app.window.codePane().area().getText()));
  }
}
