package io.stagecraft.ui.canvas;

/** What the canvas asks for when the user edits on it; each becomes one document edit. */
public interface CanvasGestures {
  /** An arrow was drawn from stage {@code from} to stage {@code to}: copy files between them. */
  void drawCopyArrow(int from, int to);

  void deleteArrow(int edgeIndex);

  void renameStage(int stage, String newName);

  void deleteStage(int stage);

  /**
   * An instruction was dragged from one stage box to another (or within one).
   *
   * @param position the instruction's position in its stage (0 is the FROM)
   * @param targetPosition the position to insert before, or -1 for the end of the target stage
   */
  void moveInstruction(int stage, int position, int targetStage, int targetPosition);

  /** Split a stage before one of its instructions, into a builder and a new runtime stage. */
  void splitStage(int stage, int position);

  /** The one-click split of the final stage into a builder and a minimal runtime. */
  void slim();
}
