package io.stagecraft.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Modified" is where the history stands against the saved state, not a flag set by edits. */
class SavedStateTest {

  @Test
  void undoingBackToTheSavedTextIsNotModifiedAndRedoingAwayIs() {
    Document doc = new Document("FROM a\n");
    doc.replaceText("FROM b\n", "t");
    doc.markSaved();
    doc.replaceText("FROM c\n", "t");
    doc.replaceText("FROM d\n", "t");
    assertTrue(doc.isModified());
    doc.undo();
    doc.undo();
    assertEquals("FROM b\n", doc.text());
    assertFalse(doc.isModified(), "undone back to the saved text");
    doc.undo();
    assertTrue(doc.isModified(), "undone past it");
    doc.redo();
    assertFalse(doc.isModified(), "redone back to it");
    doc.redo();
    assertTrue(doc.isModified());
  }

  @Test
  void anEditAfterUndoingPastTheSaveLosesTheWayBack() {
    Document doc = new Document("FROM a\n");
    doc.replaceText("FROM b\n", "t");
    doc.markSaved();
    doc.undo();
    doc.replaceText("FROM c\n", "t");
    assertTrue(doc.isModified());
    doc.undo();
    assertTrue(doc.isModified(), "FROM a was never saved");
  }

  @Test
  void typingOnAfterASaveIsItsOwnStep() {
    Document doc = new Document("FROM a\n");
    doc.applyTyping(DocumentEdit.of("Typing", TextEdit.insert(7, "R")), false);
    doc.markSaved();
    doc.applyTyping(DocumentEdit.of("Typing", TextEdit.insert(8, "UN")), true);
    assertTrue(doc.isModified());
    doc.undo();
    assertEquals("FROM a\nR", doc.text());
    assertFalse(doc.isModified(), "the keystrokes after the save are undone alone");
  }

  @Test
  void aStepBesideTheTextIsUndoneInTurnAndCountsOnlyWhenAsked() {
    Document doc = new Document("FROM a\n");
    List<String> moves = new ArrayList<>();
    doc.replaceText("FROM b\n", "t");
    doc.record(step("Move build", moves));
    doc.replaceText("FROM c\n", "t");
    assertEquals("t", doc.undoDescription());
    doc.undo();
    assertEquals("Move build", doc.undoDescription());
    doc.markSaved();
    doc.undo();
    assertEquals(List.of("undo Move build"), moves);
    assertEquals("FROM b\n", doc.text(), "moving back changes no text");
    assertTrue(doc.isModified(), "the box is not where it was saved");
    assertFalse(doc.isTextModified(), "but the text is");
    doc.redo();
    assertEquals(List.of("undo Move build", "redo Move build"), moves);
    assertFalse(doc.isModified());
    doc.redo();
    assertEquals("FROM c\n", doc.text());
  }

  @Test
  void theSavedStateSurvivesForgottenSteps() {
    Document doc = new Document("");
    doc.markSaved();
    for (int i = 0; i < Document.MAX_UNDO_STEPS + 5; i++) {
      doc.apply(DocumentEdit.of("t", TextEdit.insert(0, "x")));
    }
    while (doc.canUndo()) {
      doc.undo();
    }
    assertEquals(5, doc.text().length());
    assertTrue(doc.isModified(), "the oldest steps were forgotten: the empty text is out of reach");
    doc.markSaved();
    doc.redo();
    doc.undo();
    assertFalse(doc.isModified());
  }

  private static Document.SideStep step(String description, List<String> log) {
    return new Document.SideStep() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public void undo() {
        log.add("undo " + description);
      }

      @Override
      public void redo() {
        log.add("redo " + description);
      }
    };
  }
}
