package io.stagecraft.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The undo history keeps edits and their inverses, within a bound, and replays them exactly. */
class UndoHistoryTest {

  @Test
  void stepsInALargeTextKeepOnlyTheCharactersTheyChange() {
    Document doc = new Document("# filler line\n".repeat(80_000) + "FROM alpine\n");
    int end = doc.text().length();
    for (int i = 0; i < 500; i++) {
      doc.apply(DocumentEdit.of("Insert", TextEdit.insert(end + i, "x")));
    }
    assertEquals(500, doc.undoDepth());
    assertEquals(500, doc.undoChars(), "one inserted character per step, no copies of the text");
  }

  @Test
  void joinedTypingKeepsOneWindowNotTheText() {
    Document doc = new Document("# filler line\n".repeat(80_000));
    int end = doc.text().length();
    String typed = "RUN make install";
    for (int i = 0; i < typed.length(); i++) {
      doc.applyTyping(
          DocumentEdit.of("Typing", TextEdit.insert(end + i, typed.substring(i, i + 1))), i > 0);
    }
    assertEquals(1, doc.undoDepth());
    assertEquals(typed.length(), doc.undoChars());
    doc.undo();
    assertEquals("# filler line\n".repeat(80_000), doc.text());
  }

  @Test
  void theOldestStepsAreForgottenBeyondTheBound() {
    Document doc = new Document("");
    for (int i = 0; i < Document.MAX_UNDO_STEPS + 50; i++) {
      doc.apply(DocumentEdit.of("Insert", TextEdit.insert(0, "a")));
    }
    assertEquals(Document.MAX_UNDO_STEPS, doc.undoDepth());
    while (doc.canUndo()) {
      doc.undo();
    }
    assertEquals("a".repeat(50), doc.text(), "the 50 oldest steps can no longer be undone");

    Document big = new Document("");
    String chunk = "b".repeat((int) (Document.MAX_UNDO_CHARS / 3));
    for (int i = 0; i < 5; i++) {
      big.apply(DocumentEdit.of("Paste", TextEdit.insert(0, chunk)));
    }
    assertTrue(big.undoChars() <= Document.MAX_UNDO_CHARS, String.valueOf(big.undoChars()));
    assertEquals(3, big.undoDepth());
  }

  @Test
  void randomEditsAndTypingUndoAndRedoExactly() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      Document doc = new Document("FROM alpine AS build\nRUN make\nFROM scratch\n");
      List<String> texts = new ArrayList<>();
      for (int step = 0; step < 30; step++) {
        String text = doc.text();
        int at = random.nextInt(text.length() + 1);
        int length = random.nextInt(Math.min(3, text.length() - at) + 1);
        String replacement = random.nextBoolean() ? "" : randomWord(random);
        DocumentEdit edit = DocumentEdit.of("Edit", new TextEdit(at, length, replacement));
        if (random.nextInt(3) == 0) {
          doc.apply(edit);
        } else {
          doc.applyTyping(edit, random.nextBoolean());
        }
        texts.add(doc.text());
      }
      String last = doc.text();
      List<String> seen = new ArrayList<>();
      while (doc.canUndo()) {
        doc.undo();
        seen.add(doc.text());
      }
      assertEquals("FROM alpine AS build\nRUN make\nFROM scratch\n", doc.text());
      assertTrue(texts.containsAll(seen.subList(0, seen.size() - 1)), "undo visits earlier texts");
      while (doc.canRedo()) {
        doc.redo();
      }
      assertEquals(last, doc.text());
      assertFalse(doc.canRedo());
    }
  }

  private static String randomWord(Random random) {
    String[] words = {"a", "\n", "RUN", " x", "é"};
    return words[random.nextInt(words.length)];
  }
}
