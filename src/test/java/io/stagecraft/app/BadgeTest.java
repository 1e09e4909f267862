package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A box's diagnostics badge shows its count in full, however many problems the stage has. */
@ExtendWith(ApplicationExtension.class)
class BadgeTest {
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
  void theCountIsShownInFullUpToNinetyNine() throws Exception {
    // The count includes lint's findings on the same lines: whatever it is, it is drawn whole.
    assertTrue(shownCount(1).matches("[0-9]+"));
    assertTrue(shownCount(12).matches("[0-9]{2}"));
    assertEquals("99+", shownCount(123), "the tooltip lists them all");
  }

  /** The text the badge of a stage with {@code problems} unknown instructions shows on screen. */
  private String shownCount(int problems) throws Exception {
    StringBuilder text = new StringBuilder("FROM stagecraft/busybox:latest AS app\n");
    for (int i = 0; i < problems; i++) {
      text.append("FORM x").append(i).append('\n');
    }
    Path file = Files.writeString(tmp.resolve("Dockerfile" + problems), text.toString());
    fx(() -> app.window.files().load(file));
    Label badge = fx(() -> (Label) app.window.canvas().nodeView("app").lookup(".diagnostic-badge"));
    // What the skin draws: "…" when the label is too narrow for its text.
    String drawn =
        fx(
            () -> {
              badge.applyCss();
              badge.layout();
              return ((Text) badge.lookup(".text")).getText();
            });
    assertEquals(fx(badge::getText), drawn);
    return drawn;
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }
}
