package io.stagecraft.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.ui.concurrent.BackgroundWork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Large texts are parsed and laid out in the background; the canvas never takes a stale result for
 * current.
 */
class BackgroundRefreshTest {

  /** Holds work until the test releases it, in any order. */
  static final class HeldWork implements BackgroundWork {
    final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
      held.add(() -> onResult.accept(work.get()));
    }
  }

  @Test
  void resultsOfOlderRevisionsAreNeverShownAsCurrent() {
    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    StringBuilder big = new StringBuilder("FROM golang AS build\n");
    while (big.length() <= EditorModel.syncTextLimit()) {
      big.append("RUN echo padding padding padding padding padding padding\n");
    }
    big.append("FROM scratch\nCOPY --from=build /a /b\n");
    Document document = new Document(big.toString());
    model.load(document, Map.of(), Set.of());
    assertNull(model.snapshot(), "nothing is shown before the first layout arrives");
    assertEquals(1, work.held.size());

    model.apply(
        DocumentEdit.of(
            "Typing", TextEdit.insert(document.text().length(), "FROM alpine AS extra\n")));
    assertEquals(2, work.held.size());
    Runnable older = work.held.poll();
    Runnable newer = work.held.poll();

    assertTrue(model.catchingUpProperty().get());
    older.run();
    assertFalse(model.snapshot().isCurrent(), "the older result is shown, marked as not current");
    assertTrue(model.catchingUpProperty().get(), "the canvas says it is still updating");
    assertNull(model.currentSnapshot(), "gestures do not act on a stale graph");
    assertEquals(2, model.snapshot().graph().stages().size());

    newer.run();
    assertTrue(model.snapshot().isCurrent());
    assertFalse(model.catchingUpProperty().get());
    assertSame(model.snapshot(), model.currentSnapshot());
    assertEquals(3, model.snapshot().graph().stages().size());
  }

  @Test
  void aLateOlderResultDoesNotReplaceANewerOne() {
    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    String big =
        "FROM a AS one\n"
            + "# filler line for a large file\n".repeat(EditorModel.syncTextLimit() / 20);
    Document document = new Document(big);
    model.load(document, Map.of(), Set.of());
    model.apply(
        DocumentEdit.of("Typing", TextEdit.insert(document.text().length(), "FROM b AS two\n")));
    Runnable older = work.held.poll();
    Runnable newer = work.held.poll();
    newer.run();
    older.run();
    assertTrue(model.snapshot().isCurrent());
    assertEquals(2, model.snapshot().graph().stages().size());
  }
}
