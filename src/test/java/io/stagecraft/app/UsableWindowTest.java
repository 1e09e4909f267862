package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The end of a start as a user sees it: a lean first frame with its diagram is not yet usable,
 * since its code is a read-only preview; once the code pane is in, the window is usable after the
 * next painted frame, and only once.
 */
@ExtendWith(ApplicationExtension.class)
class UsableWindowTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            stage,
            new SameThreadBackgroundWork(),
            new ScriptedPrompts(),
            new RecentFiles(Preferences.userRoot().node("io/stagecraft/test/" + UUID.randomUUID())),
            true);
    window.files().openSample();
    stage.show();
  }

  @Test
  void theWindowIsUsableOnceTheDiagramIsDrawnAndTheCodePaneIsIn() {
    AtomicInteger usable = new AtomicInteger();
    fx(() -> UsableWindow.whenUsable(window, usable::incrementAndGet));
    assertTrue(fx(() -> window.model().currentSnapshot() != null), "the diagram is there");
    assertFalse(fx(window::isCompleted));
    assertEquals(0, usable.get(), "the preview takes no keys");

    fx(window::complete);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, usable.get());
    assertTrue(fx(() -> window.codePane().area().getScene() != null));

    fx(() -> window.files().openSample());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, usable.get(), "told once");
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(10000, c);
  }

  private static void fx(Runnable r) {
    fx(
        () -> {
          r.run();
          return null;
        });
  }
}
