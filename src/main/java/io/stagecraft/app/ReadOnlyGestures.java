package io.stagecraft.app;

import io.stagecraft.ui.canvas.CanvasGestures;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The canvas's editing gestures, refused while the open file is shown read-only: each then says so
 * in the status bar instead of changing the text. Selecting, zooming and panning are not gestures
 * of this kind and go on working.
 */
final class ReadOnlyGestures implements CanvasGestures {
  static final String REFUSED = "The file is open read-only: Save As writes a copy to edit.";

  private final CanvasGestures editing;
  private final BooleanSupplier readOnly;
  private final Consumer<String> notice;

  ReadOnlyGestures(CanvasGestures editing, BooleanSupplier readOnly, Consumer<String> notice) {
    this.editing = editing;
    this.readOnly = readOnly;
    this.notice = notice;
  }

  /** Runs the gesture, or says why not while the file is read-only. */
  private void unlessReadOnly(Runnable gesture) {
    if (readOnly.getAsBoolean()) {
      notice.accept(REFUSED);
    } else {
      gesture.run();
    }
  }

  @Override
  public void drawCopyArrow(int from, int to) {
    unlessReadOnly(() -> editing.drawCopyArrow(from, to));
  }

  @Override
  public void deleteArrow(int edgeIndex) {
    unlessReadOnly(() -> editing.deleteArrow(edgeIndex));
  }

  @Override
  public void renameStage(int stage, String newName) {
    unlessReadOnly(() -> editing.renameStage(stage, newName));
  }

  @Override
  public void deleteStage(int stage) {
    unlessReadOnly(() -> editing.deleteStage(stage));
  }

  @Override
  public void moveInstruction(int stage, int position, int targetStage, int targetPosition) {
    unlessReadOnly(() -> editing.moveInstruction(stage, position, targetStage, targetPosition));
  }

  @Override
  public void splitStage(int stage, int position) {
    unlessReadOnly(() -> editing.splitStage(stage, position));
  }

  @Override
  public void slim() {
    unlessReadOnly(editing::slim);
  }
}
