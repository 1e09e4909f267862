package io.stagecraft.ui.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.ui.concurrent.BackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The split review computes its preview (the split, its diff, the diagram's layout) off the JavaFX
 * thread: the dialog says "Computing…" and keeps Apply off until the newest choices' outcome is
 * there, and an outcome for choices changed since is dropped.
 */
@ExtendWith(ApplicationExtension.class)
class SplitReviewInTheBackgroundTest {
  private static final String SINGLE_STAGE =
      "ARG BASE_IMAGE=debian:bookworm\n"
          + "FROM ${BASE_IMAGE}\n"
          + "WORKDIR /app\n"
          + "RUN apt-get update && apt-get install -y python3 python3-pip\n"
          + "COPY . .\n"
          + "RUN pip3 install --break-system-packages -r requirements.txt\n"
          + "CMD [\"python3\", \"app.py\"]\n";

  private final HeldWork previews = new HeldWork();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 400, 300));
    stage.show();
  }

  @Test
  void theDialogComputesInTheBackgroundAndSaysSo(FxRobot robot) {
    SplitReview review = fx(() -> review());
    Dialog<SplitDecision> dialog =
        fx(() -> new SplitDialog(() -> stage, () -> false).dialog(review));
    SplitView view = skinned(dialog);

    assertTrue(fx(review::computing));
    assertNull(fx(review::outcome), "nothing was computed on the JavaFX thread");
    assertEquals(1, previews.waiting(), "the preview waits for the background");
    assertEquals("Computing\u2026", fx(() -> label(view, "#split-knowledge").getText()));
    assertTrue(fx(() -> diffLines(view).isEmpty()));
    assertTrue(fx(() -> applyButton(dialog).isDisabled()), "nothing to apply yet");

    String thread = previews.runNext();
    assertNotEquals("JavaFX Application Thread", thread);
    assertFalse(fx(review::computing));
    assertTrue(fx(() -> review.outcome().ok()), () -> fx(() -> review.outcome().problem()));
    assertNotNull(fx(() -> review.outcome().layout()), "the diagram was laid out with it");
    assertTrue(fx(() -> diffLines(view).size()) > 3, "the diff is shown");
    assertNotNull(fx(() -> ((ImageView) view.lookup("#split-diagram")).getImage()));
    assertFalse(fx(() -> applyButton(dialog).isDisabled()));
    assertNotEquals("Computing\u2026", fx(() -> label(view, "#split-knowledge").getText()));
  }

  @Test
  void anOutcomeForChoicesChangedSinceIsDropped(FxRobot robot) {
    SplitReview review = fx(() -> review());
    Dialog<SplitDecision> dialog =
        fx(() -> new SplitDialog(() -> stage, () -> false).dialog(review));
    SplitView view = skinned(dialog);
    previews.runNext();

    fx(() -> review.setRuntime("scratch"));
    fx(() -> review.setRuntime("python:3-slim"));
    assertEquals(2, previews.waiting());
    assertTrue(fx(review::computing));
    assertTrue(fx(() -> applyButton(dialog).isDisabled()), "no applying while computing");
    assertEquals("Computing\u2026", fx(() -> label(view, "#split-knowledge").getText()));

    previews.runLast(); // python:3-slim, the newest choice
    assertFalse(fx(review::computing));
    assertEquals("python:3-slim", fx(() -> review.outcome().preview().runtime().reference()));
    previews.runNext(); // scratch, asked for before it and finished after it
    assertEquals(
        "python:3-slim",
        fx(() -> review.outcome().preview().runtime().reference()),
        "the stale outcome is dropped");
    assertFalse(fx(() -> applyButton(dialog).isDisabled()));
    assertTrue(
        fx(() -> diffLines(view).stream().anyMatch(l -> l.startsWith("+FROM python:3-slim"))),
        () -> String.join("\n", fx(() -> diffLines(view))));
  }

  /** The dialog's view, with its controls skinned so that lookups reach into its scroll panes. */
  private static SplitView skinned(Dialog<?> dialog) {
    return fx(
        () -> {
          dialog.getDialogPane().applyCss();
          dialog.getDialogPane().layout();
          javafx.scene.Node content = dialog.getDialogPane().getContent();
          return (SplitView)
              (content instanceof javafx.scene.control.ScrollPane scroll
                  ? scroll.getContent()
                  : content);
        });
  }

  private SplitReview review() {
    return new SplitReview(SINGLE_STAGE, SplitReview.Mode.SLIM, 0, null, previews, List.of());
  }

  private static Label label(SplitView view, String id) {
    return (Label) view.lookup(id);
  }

  @SuppressWarnings("unchecked")
  private static List<String> diffLines(SplitView view) {
    return List.copyOf(((ListView<String>) view.lookup("#split-diff")).getItems());
  }

  private static javafx.scene.Node applyButton(Dialog<?> dialog) {
    return dialog.getDialogPane().getButtonTypes().stream()
        .filter(b -> b.getText().equals("Apply split"))
        .map(b -> dialog.getDialogPane().lookupButton(b))
        .findFirst()
        .orElseThrow();
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }

  private static void fx(Runnable r) {
    fx(
        () -> {
          r.run();
          return null;
        });
  }

  /**
   * A background that holds work until the test runs it, on a thread of its own, and hands the
   * result to the JavaFX thread as the app's background does.
   */
  private static final class HeldWork implements BackgroundWork {
    private final List<Runnable> held = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public synchronized <T> void run(
        Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
      held.add(
          () -> {
            AtomicReference<Optional<T>> result = new AtomicReference<>();
            Thread worker =
                new Thread(
                    () -> {
                      threads.add(Thread.currentThread().getName());
                      result.set(Optional.ofNullable(work.get()));
                    },
                    "held-work");
            worker.start();
            try {
              worker.join();
            } catch (InterruptedException e) {
              throw new AssertionError(e);
            }
            Platform.runLater(() -> onResult.accept(result.get().orElse(null)));
            WaitForAsyncUtils.waitForFxEvents();
          });
    }

    synchronized int waiting() {
      return held.size();
    }

    /** Runs the oldest work held; returns the name of the thread that ran it. */
    String runNext() {
      Runnable next;
      synchronized (this) {
        next = held.remove(0);
      }
      next.run();
      return threads.get(threads.size() - 1);
    }

    /** Runs the newest work held. */
    void runLast() {
      Runnable last;
      synchronized (this) {
        last = held.remove(held.size() - 1);
      }
      last.run();
    }
  }
}
