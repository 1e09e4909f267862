package io.stagecraft.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.edit.TextEdit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

  @Test
  void oneHistoryForTypingAndStructuralEdits() throws Exception {
    Document doc = new Document("FROM a AS build\nFROM b\n");
    doc.replaceText("FROM a AS build\nFROM b\nCMD x\n", "Typing");
    doc.apply(StageEdits.rename(doc.graph(), 0, "compile"));
    assertEquals("FROM a AS compile\nFROM b\nCMD x\n", doc.text());
    assertEquals("Rename stage build to compile", doc.undoDescription());
    doc.undo();
    assertEquals("FROM a AS build\nFROM b\nCMD x\n", doc.text());
    doc.undo();
    assertEquals("FROM a AS build\nFROM b\n", doc.text());
    assertFalse(doc.canUndo());
    doc.redo();
    doc.redo();
    assertEquals("FROM a AS compile\nFROM b\nCMD x\n", doc.text());
    assertEquals("compile", doc.graph().stages().get(0).name());
  }

  @Test
  void newEditClearsRedo() {
    Document doc = new Document("FROM a\n");
    doc.replaceText("FROM b\n", "t");
    doc.undo();
    assertTrue(doc.canRedo());
    doc.apply(DocumentEdit.of("x", TextEdit.insert(0, "# c\n")));
    assertFalse(doc.canRedo());
  }

  @Test
  void listenersSeeEachChangeAndCannotReenter() {
    Document doc = new Document("FROM a\n");
    List<String> seen = new ArrayList<>();
    doc.addListener((d, edit, before) -> seen.add(before + "->" + d.text()));
    doc.replaceText("FROM ab\n", "t");
    assertEquals(List.of("FROM a\n->FROM ab\n"), seen);
    doc.addListener((d, edit, before) -> d.replaceText("echo", "loop"));
    assertThrows(IllegalStateException.class, () -> doc.replaceText("FROM abc\n", "t"));
  }

  @Test
  void modifiedTracksTheSavedRevision() {
    Document doc = new Document("FROM a\n");
    assertFalse(doc.isModified());
    doc.replaceText("FROM b\n", "t");
    assertTrue(doc.isModified());
    doc.markSaved();
    assertFalse(doc.isModified());
    doc.undo();
    assertTrue(doc.isModified());
  }

  @Test
  void minimalEditTouchesOnlyTheDifference() {
    DocumentEdit e = Document.minimalEdit("FROM alpine\nRUN x\n", "FROM alpine:3\nRUN x\n", "t");
    assertEquals(List.of(new TextEdit(11, 0, ":3")), e.edits());
    assertTrue(Document.minimalEdit("same", "same", "t").isEmpty());
  }

  @Test
  void typingOnJoinsOneUndoStepUntilSomethingElseHappens() throws Exception {
    Document doc = new Document("FROM a AS build\n");
    doc.applyTyping(DocumentEdit.of("Typing", TextEdit.insert(16, "R")), false);
    doc.applyTyping(DocumentEdit.of("Typing", TextEdit.insert(17, "UN")), true);
    doc.applyTyping(DocumentEdit.of("Typing", TextEdit.delete(18, 1)), true);
    assertEquals("FROM a AS build\nRU", doc.text());
    doc.apply(StageEdits.rename(doc.graph(), 0, "compile"));
    doc.applyTyping(DocumentEdit.of("Typing", TextEdit.insert(20, "N")), true);
    assertEquals("FROM a AS compile\nRUN", doc.text());
    doc.undo();
    assertEquals(
        "FROM a AS compile\nRU", doc.text(), "typing after another edit starts a new step");
    doc.undo();
    assertEquals("FROM a AS build\nRU", doc.text());
    doc.undo();
    assertEquals("FROM a AS build\n", doc.text(), "the joined keystrokes are undone at once");
    assertFalse(doc.canUndo());
    doc.redo();
    assertEquals("FROM a AS build\nRU", doc.text());
    doc.applyTyping(DocumentEdit.of("Typing", TextEdit.insert(18, "N")), true);
    doc.undo();
    assertEquals("FROM a AS build\nRU", doc.text(), "a redone step is not joined");
  }
}
