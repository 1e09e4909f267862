package io.stagecraft.ui.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.context.ContextSize;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The variant's view model, fed the events an engine sends, with no engine and no toolkit. */
class VariantRunTest {
  private final List<Runnable> queued = new ArrayList<>();
  private final VariantRun run = new VariantRun("B");

  private void drain() {
    List<Runnable> now = new ArrayList<>(queued);
    queued.clear();
    now.forEach(Runnable::run);
  }

  @Test
  void stepsMoveTheBarAndNameTheLine() {
    run.start("FROM a\nRUN make\n");
    assertEquals(-1, run.progressProperty().get(), "unknown until the engine says how many steps");
    BuildListener l = run.listener(queued::add);
    l.onStep(new BuildStep(2, 4, 2, "RUN make"));
    assertEquals(
        "Preparing the context\u2026",
        run.statusProperty().get(),
        "nothing changes before the JavaFX thread runs the event");
    drain();
    assertEquals("Step 2 of 4: RUN make", run.statusProperty().get());
    assertEquals(0.25, run.progressProperty().get());
    assertEquals(2, run.currentLineProperty().get());
    assertEquals("RUN make", run.lineText(2));
  }

  @Test
  void contextAboveTheThresholdWarns() {
    run.start("FROM a\n");
    BuildListener l = run.listener(queued::add);
    l.onContext(new ContextSize(150L * 1024 * 1024, 3, 100L * 1024 * 1024));
    drain();
    assertTrue(run.contextWarningProperty().get());
    assertEquals(
        "Context: 3 files, 150.0 MiB \u2014 above 100.0 MiB; is .dockerignore missing something?",
        run.contextProperty().get());
    l.onContext(new ContextSize(2048, 1, 100L * 1024 * 1024));
    drain();
    assertFalse(run.contextWarningProperty().get());
    assertEquals("Context: 1 file, 2.0 KiB", run.contextProperty().get());
  }

  @Test
  void logLinesArriveInOneTaskAndAreCapped() {
    run.start("FROM a\n");
    BuildListener l = run.listener(queued::add);
    for (int i = 0; i < VariantRun.LOG_LIMIT + 10; i++) {
      l.onLog("line " + i);
    }
    assertEquals(1, queued.size(), "a burst of lines is one task on the JavaFX thread");
    drain();
    assertEquals(VariantRun.LOG_LIMIT, run.log().size());
    assertEquals("line 10", run.log().get(0));
    assertEquals("line " + (VariantRun.LOG_LIMIT + 9), run.log().get(run.log().size() - 1));
    l.onLog("after");
    assertEquals(1, queued.size());
  }

  @Test
  void aFailureKeepsTheLineTheListenerReported() {
    run.start("FROM a\nRUN false\n");
    run.listener(queued::add).onError(new BuildError("returned a non-zero code: 1", 2));
    drain();
    run.failed(
        new CompletionException(
            new BuildException(
                BuildException.Kind.FAILED, new BuildError("returned a non-zero code: 1", 0))));
    assertEquals(VariantRun.Phase.FAILED, run.phaseProperty().get());
    assertEquals(2, run.errorProperty().get().line());
    // The message is shown once, in full, on the error line and at the end of the log.
    assertEquals("Failed at line 2", run.statusProperty().get());
    assertEquals("ERROR: returned a non-zero code: 1", run.log().get(run.log().size() - 1));
    assertEquals("Failed at line 2: returned a non-zero code: 1", run.summary());
    assertFalse(run.isRunning());
  }

  @Test
  void cancellingIsNotAFailure() {
    run.start("FROM a\n");
    run.failed(new BuildException(BuildException.Kind.CANCELLED, new BuildError("cancelled", 0)));
    assertEquals(VariantRun.Phase.CANCELLED, run.phaseProperty().get());
    assertEquals("Cancelled", run.statusProperty().get());
    assertNull(run.errorProperty().get());
  }
}
