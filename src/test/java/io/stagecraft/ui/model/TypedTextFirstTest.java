package io.stagecraft.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A revision's results are applied after the frame that lays out what was typed, one a frame, and
 * dropped if the text has moved on by then.
 */
@ExtendWith(ApplicationExtension.class)
class TypedTextFirstTest {
  private Scene scene;
  private final List<String> events = new ArrayList<>();
  private int frames;

  @Start
  void start(javafx.stage.Stage stage) {
    scene = new Scene(new StackPane(), 100, 100);
    scene.addPostLayoutPulseListener(() -> frames++);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void aResultThatArrivesBeforeTheTypedTextIsLaidOutWaitsForTheFrame() {
    TypedTextFirst timing = new TypedTextFirst();
    int[] appliedAfter = new int[1];
    int[] before = new int[2];
    fx(
        () -> {
          timing.edited();
          timing.apply(() -> appliedAfter[0] = frames);
          before[0] = frames;
          before[1] = timing.waiting();
          return null;
        });
    assertEquals(1, before[1], "it waits");
    waitUntil(() -> timing.waiting() == 0);
    assertTrue(appliedAfter[0] > before[0], "applied after a frame was laid out");
  }

  @Test
  void resultsThatWaitTogetherAreAppliedOneAFrame() {
    TypedTextFirst timing = new TypedTextFirst();
    int[] first = new int[1];
    int[] second = new int[1];
    fx(
        () -> {
          timing.edited();
          timing.apply(() -> first[0] = frames);
          timing.apply(() -> second[0] = frames);
          return null;
        });
    waitUntil(() -> timing.waiting() == 0);
    assertTrue(second[0] > first[0], "a frame between them: " + first[0] + ", " + second[0]);
  }

  @Test
  void aResultAfterTheTextWasLaidOutIsAppliedAtOnce() {
    TypedTextFirst timing = new TypedTextFirst();
    fx(
        () -> {
          timing.edited();
          return null;
        });
    waitUntil(() -> true);
    WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
    boolean[] applied = {false};
    fx(
        () -> {
          timing.apply(() -> applied[0] = true);
          return null;
        });
    assertTrue(applied[0]);
  }

  @Test
  void aResultTheTextHasMovedOnFromIsDropped() {
    BackgroundRefreshTest.HeldWork work = new BackgroundRefreshTest.HeldWork();
    Held held = new Held();
    EditorModel model = new EditorModel(work);
    model.setResultTiming(held);
    Document document = new Document("FROM alpine AS a\n");
    model.load(document, Map.of(), Set.of());
    work.held.poll().run(); // the parse
    work.held.poll().run(); // the first layout
    while (!held.results.isEmpty()) {
      held.results.poll().run();
    }
    assertEquals(1, model.snapshot().graph().stages().size());
    long loaded = document.revision();

    model.apply(DocumentEdit.of("Typing", TextEdit.insert(document.text().length(), "RUN x\n")));
    work.held.poll().run();
    assertEquals(2, held.results.size(), "the parse and the placing wait for the timing");
    assertNull(model.currentParse(), "not applied yet");

    model.apply(DocumentEdit.of("Typing", TextEdit.insert(document.text().length(), "RUN y\n")));
    held.results.poll().run();
    held.results.poll().run();
    assertEquals(
        loaded, model.parsedProperty().get().request().revision(), "the stale results are dropped");
    assertEquals(loaded, model.snapshot().revision());

    while (!work.held.isEmpty() || !held.results.isEmpty()) {
      (work.held.isEmpty() ? held.results : work.held).poll().run();
    }
    assertEquals(document.revision(), model.currentParse().request().revision());
    assertEquals(document.revision(), model.snapshot().revision());
  }

  /** Holds every result until the test runs it. */
  private static final class Held implements ResultTiming {
    final Deque<Runnable> results = new ArrayDeque<>();

    @Override
    public void edited() {}

    @Override
    public void apply(Runnable result) {
      results.add(result);
    }
  }

  private static void waitUntil(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(
          5, java.util.concurrent.TimeUnit.SECONDS, () -> fx(condition::call));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> T fx(Callable<T> call) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, call);
  }
}
