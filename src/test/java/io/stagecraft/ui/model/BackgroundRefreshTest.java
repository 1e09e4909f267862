package io.stagecraft.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.layout.PlacedNode;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The text is parsed and laid out in the background, at most once at a time and for the newest
 * revision; results of revisions the document has left are dropped, and a layout serves every later
 * revision of the same shape.
 */
class BackgroundRefreshTest {
  private static final String TEXT =
      """
      FROM golang AS build
      # a comment
      RUN go build -o /out/app ./cmd/app
      FROM scratch
      COPY --from=build /out/app /app
      """;

  /** Holds work until the test releases it, in any order. */
  static final class HeldWork implements BackgroundWork {
    final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
      held.add(() -> onResult.accept(work.get()));
    }
  }

  @Test
  void aStaleResultIsDroppedAndTheNewestRevisionIsDerivedNext() {
    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    Document document = new Document(TEXT);
    model.load(document, Map.of(), Set.of());
    assertNull(model.snapshot(), "nothing is shown before the first layout arrives");
    assertEquals(1, work.held.size());

    type(model, document, "FROM alpine AS extra\n");
    type(model, document, "RUN true\n");
    assertEquals(1, work.held.size(), "no work is queued per keystroke while a parse runs");

    work.held.poll().run();
    assertNull(model.snapshot(), "the parse of a revision the document left is dropped");
    assertNull(model.parsedProperty().get());
    assertTrue(model.catchingUpProperty().get(), "the canvas says it is still updating");
    assertEquals(1, work.held.size(), "the newest revision is parsed next");

    work.held.poll().run();
    assertNull(model.snapshot(), "no layout places the boxes yet");
    assertSame(document, model.currentParse().request().document());
    work.held.poll().run();
    assertTrue(model.snapshot().isCurrent());
    assertFalse(model.catchingUpProperty().get());
    assertSame(model.snapshot(), model.currentSnapshot());
    assertEquals(3, model.snapshot().graph().stages().size());
    assertTrue(work.held.isEmpty());
  }

  @Test
  void aRevisionTypedOverIsNotLintedOrHighlighted() {
    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    List<String> linted = new ArrayList<>();
    model.setLinting(
        (graph, replaced) -> {
          linted.add(graph.dockerfile().text());
          return Optional.of(LintReport.EMPTY);
        });
    Document document = new Document(TEXT);
    model.load(document, Map.of(), Set.of());
    Runnable firstRevision = work.held.poll();

    type(model, document, "RUN true\n");
    firstRevision.run();
    assertEquals(List.of(), linted, "the parse stops once a newer revision is asked for");
    assertNull(model.parsedProperty().get());

    work.held.poll().run();
    assertEquals(List.of(document.text()), linted, "the newest revision is derived whole");
    assertSame(document, model.currentParse().request().document());
  }

  @Test
  void typingWhileARevisionIsLintedStopsItsLint() {
    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    Document document = new Document(TEXT);
    List<Boolean> replacedWhileLinting = new ArrayList<>();
    model.setLinting(
        (graph, replaced) -> {
          if (graph.dockerfile().text().equals(TEXT)) {
            // A keystroke arrives while this revision is being linted.
            type(model, document, "RUN true\n");
          }
          replacedWhileLinting.add(replaced.getAsBoolean());
          return replaced.getAsBoolean() ? Optional.empty() : Optional.of(LintReport.EMPTY);
        });
    model.load(document, Map.of(), Set.of());

    work.held.poll().run();
    assertEquals(List.of(true), replacedWhileLinting, "lint is told that it was typed over");
    assertNull(model.parsedProperty().get(), "the revision it gave up is not shown");

    work.held.poll().run();
    assertEquals(List.of(true, false), replacedWhileLinting);
    assertSame(document, model.currentParse().request().document());
    assertEquals(document.revision(), model.currentParse().request().revision());
  }

  @Test
  void aStaleLayoutIsDroppedButServesTheNextRevisionOfTheSameShape() {
    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    Document document = new Document(TEXT);
    model.load(document, Map.of(), Set.of());
    work.held.poll().run();
    Runnable layout = work.held.poll();

    int comment = document.text().indexOf("a comment") + 1;
    model.apply(DocumentEdit.of("Typing", TextEdit.insert(comment, "nother")));
    Runnable parse = work.held.poll();
    layout.run();
    assertNull(model.snapshot(), "the layout of a revision the document left is not shown");

    parse.run();
    assertEquals(1, work.held.size(), "the arrows are arranged at its positions off this thread");
    work.held.poll().run();
    assertTrue(model.snapshot().isCurrent(), "the earlier layout fits the same shape");
    assertEquals(1, model.layoutsRun());
    assertTrue(work.held.isEmpty());
  }

  @Test
  void aLayoutOfTheFileOpenedBeforeIsNotKeptForTheNextFile() {
    String other =
        """
        FROM debian AS base
        RUN apt-get update
        FROM base AS tools
        RUN make tools
        FROM base
        COPY --from=tools /out /app
        """;
    EditorModel alone = new EditorModel(new SameThreadBackgroundWork());
    alone.load(new Document(other), Map.of(), Set.of());

    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    model.load(new Document(TEXT), Map.of(), Set.of());
    work.held.poll().run();
    Runnable firstFilesLayout = work.held.poll();
    model.load(new Document(other), Map.of(), Set.of());
    firstFilesLayout.run();
    while (!work.held.isEmpty()) {
      work.held.poll().run();
    }

    assertTrue(model.snapshot().isCurrent());
    assertEquals(
        alone.snapshot().layout().nodes(),
        model.snapshot().layout().nodes(),
        "the second file is laid out afresh, not around the first file's boxes");
  }

  @Test
  void typingThatKeepsTheShapeReusesThePositions() {
    EditorModel model = new EditorModel(new SameThreadBackgroundWork());
    Document document = new Document(TEXT);
    model.load(document, Map.of(), Set.of());
    DiagramSnapshot before = model.snapshot();
    assertEquals(1, model.layoutsRun());

    type(model, document, "# a comment at the end\n");
    int comment = document.text().indexOf("a comment") + 1;
    model.apply(DocumentEdit.of("Typing", TextEdit.insert(comment, "nother")));

    assertNotEquals(before.revision(), model.snapshot().revision());
    assertTrue(model.snapshot().isCurrent());
    assertEquals(1, model.layoutsRun(), "the same boxes and arrows are not laid out again");
    assertEquals(before.layout().nodes(), model.snapshot().layout().nodes());

    type(model, document, "FROM alpine AS extra\n");
    assertEquals(2, model.layoutsRun(), "a new box is laid out");
  }

  @Test
  void aBoxThatOnlyGrewIsShownAtOnceAndLaidOutBehind() {
    HeldWork work = new HeldWork();
    EditorModel model = new EditorModel(work);
    Document document = new Document(TEXT);
    model.load(document, Map.of(), Set.of());
    work.held.poll().run();
    work.held.poll().run();
    PlacedNode build = model.snapshot().layout().node("build");

    int afterRun = document.text().indexOf("./cmd/app\n") + "./cmd/app\n".length();
    model.apply(DocumentEdit.of("Typing", TextEdit.insert(afterRun, "RUN strip /out/app\n")));
    work.held.poll().run();

    PlacedNode grown = model.snapshot().layout().node("build");
    assertTrue(model.snapshot().isCurrent(), "the new row is shown before the layout");
    assertTrue(grown.height() > build.height());
    assertEquals(build.x(), grown.x());
    assertEquals(build.y(), grown.y());
    assertEquals(1, work.held.size(), "the layout runs behind");
    work.held.poll().run();
    assertEquals(2, model.layoutsRun());
    assertTrue(model.snapshot().isCurrent());
  }

  @Test
  void aNewRevisionSharesTheStylingOfTheLinesTypingDidNotTouch() {
    EditorModel model = new EditorModel(new SameThreadBackgroundWork());
    Document document = new Document(TEXT.repeat(50));
    model.load(document, Map.of(), Set.of());
    var before = model.currentParse().styles();
    model.apply(DocumentEdit.of("Typing", TextEdit.insert(TEXT.indexOf("# a comment") + 3, "x")));
    var after = model.currentParse().styles();
    assertEquals(before.size(), after.size());
    for (int i = 0; i < after.size(); i++) {
      if (i == 1) {
        assertEquals("# ax comment", after.line(i).text());
      } else {
        assertSame(before.line(i), after.line(i), "line " + i + " is a copy");
      }
    }
  }

  private static void type(EditorModel model, Document document, String text) {
    model.apply(DocumentEdit.of("Typing", TextEdit.insert(document.text().length(), text)));
  }
}
