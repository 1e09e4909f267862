package io.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import io.stagecraft.ui.model.EditorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the user does in the code area reaches the document as the very replacement it made, and
 * edits from elsewhere reach the area once, whatever their lengths.
 */
@ExtendWith(ApplicationExtension.class)
class TypedEditsTest {
  private EditorModel model;
  private CodePane pane;
  private final List<TextEdit> heard = new ArrayList<>();

  @Start
  void start(javafx.stage.Stage stage) {
    model = new EditorModel(new SameThreadBackgroundWork());
    model.load(new Document("FROM alpine\n"), Map.of(), Set.of());
    pane = new CodePane(model);
    stage.setScene(new Scene(pane, 500, 300));
    stage.show();
  }

  @Test
  void aKeystrokeIsTheEditAtTheCaretNotTheFirstDifference() {
    load("RUN aa\n");
    fx(() -> area().insertText(5, "a"));
    assertEquals(List.of(TextEdit.insert(5, "a")), heard);
    assertEquals("RUN aaa\n", fx(() -> model.document().text()));
  }

  @Test
  void aCompoundChangeIsOneReplacementSpanningItsParts() {
    load("xay\n");
    fx(
        () -> {
          // Two insertions in one change, reported one after the other: "!" after the y, then
          // "a" after the x. The first difference between the texts is one character later.
          area()
              .createMultiChange(2)
              .replaceTextAbsolutely(3, 3, "!")
              .replaceTextAbsolutely(1, 1, "a")
              .commit();
          return null;
        });
    assertEquals(List.of(new TextEdit(1, 2, "aay!")), heard);
    assertEquals("xaay!\n", fx(() -> model.document().text()));
    fx(
        () -> {
          model.undo();
          return null;
        });
    assertEquals("xay\n", fx(() -> area().getText()));
  }

  @Test
  void theAreaAndTheDocumentAgreeThroughRandomTypingEditsAndUndo() {
    Random random = new Random(11);
    load("FROM alpine AS build\nRUN make\nFROM scratch\nCOPY --from=build /a /b\n");
    for (int step = 0; step < 400; step++) {
      int kind = random.nextInt(5);
      fx(
          () -> {
            String text = model.document().text();
            int at = random.nextInt(text.length() + 1);
            int length = random.nextInt(Math.min(3, text.length() - at) + 1);
            String word = List.of("", "a", "b", "\n", "ab").get(random.nextInt(5));
            switch (kind) {
              case 0 -> area().replaceText(at, at + length, word);
              case 1 -> {
                // The same length back, with other characters: a replacement of a selection.
                String same = "x".repeat(length);
                area().replaceText(at, at + length, same);
              }
              case 2 ->
                  model.apply(
                      new DocumentEdit(
                          "Edit",
                          text.length() > 2 && at > 1
                              ? List.of(TextEdit.insert(0, word), new TextEdit(at, length, "z"))
                              : List.of(new TextEdit(at, length, word))));
              case 3 -> model.undo();
              default -> model.redo();
            }
            assertEquals(model.document().text(), area().getText(), "after step of kind " + kind);
            return null;
          });
    }
  }

  private void load(String text) {
    fx(
        () -> {
          Document document = new Document(text);
          model.load(document, Map.of(), Set.of());
          document.addListener((doc, edit, before) -> heard.addAll(edit.edits()));
          heard.clear();
          return null;
        });
  }

  private CodeArea area() {
    return pane.area();
  }

  private static <T> T fx(Callable<T> call) {
    try {
      return WaitForAsyncUtils.asyncFx(call).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void fx(Runnable run) {
    fx(
        () -> {
          run.run();
          return null;
        });
  }
}
