package io.stagecraft.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Applies a revision's results only once the window has laid out what was typed, and one result a
 * frame.
 *
 * <p>Parsing a small file takes the background a few milliseconds, so its results usually arrive
 * before the frame that would show the keystroke. Applied then, the restyled lines, the Problems
 * table and the rebuilt boxes all went into that same frame, and the typed character waited for
 * them. Here a result that arrives while an edit is not yet laid out waits for the next frame, and
 * results waiting together are applied one after each frame, so no frame carries more than one of
 * them besides the typing.
 *
 * <p>A frame is noticed by an animation timer, whose handler runs at the start of each frame; work
 * posted from there with {@link Platform#runLater} runs once that frame is laid out. Used on the
 * JavaFX thread only.
 */
public final class TypedTextFirst implements ResultTiming {
  private final Deque<Runnable> waiting = new ArrayDeque<>();
  private boolean unpainted;
  private AnimationTimer frames;

  @Override
  public void edited() {
    unpainted = true;
    nextFrame();
  }

  @Override
  public void apply(Runnable result) {
    if (!unpainted && waiting.isEmpty()) {
      result.run();
      return;
    }
    waiting.add(result);
    nextFrame();
  }

  /** How many results wait for a frame; for tests. */
  public int waiting() {
    return waiting.size();
  }

  private void nextFrame() {
    if (frames == null) {
      frames =
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              stop();
              Platform.runLater(TypedTextFirst.this::framed);
            }
          };
    }
    frames.start();
  }

  /** A frame was laid out: the edits before it are on screen, and one result may follow. */
  private void framed() {
    unpainted = false;
    Runnable next = waiting.poll();
    if (next != null) {
      next.run();
    }
    if (!waiting.isEmpty() || unpainted) {
      nextFrame();
    }
  }
}
