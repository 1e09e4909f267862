package io.stagecraft.ui.code;

import io.stagecraft.ui.WholeRepaint;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * A code area whose layouts do not make JavaFX paint the whole window on the next frame (ADR 29).
 *
 * <p>JavaFX 21 paints a frame whenever any node of the scene changed, and paints only the damaged
 * parts of the window, the bounds of the nodes that changed in a way that shows. When it finds no
 * damaged part it paints everything. After most keystrokes RichTextFX makes the new line's nodes
 * during the layout pass, after that frame's CSS pass; the next frame styles them, and what that
 * changes shows nowhere (the selection's empty outline, for one). So every keystroke was followed
 * by a frame that painted the whole window: on a 100-stage diagram 130-220 ms of drawing, which
 * held back the frames of the next keystrokes.
 *
 * <p>A transparent one-pixel region in the area's corner is marked changed for the frame after each
 * layout, which gives that frame a damaged part of one pixel, and JavaFX paints only it.
 */
final class PartialRepaintCodeArea extends CodeArea {
  private final Region damage = new Region();

  PartialRepaintCodeArea() {
    damage.setManaged(false);
    damage.setMouseTransparent(true);
    damage.resize(1, 1);
    getChildren().add(damage);
  }

  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    // Handled before the next frame, whose CSS pass styles what this layout made.
    Platform.runLater(() -> WholeRepaint.request(damage));
  }

  /** The one-pixel region marked changed after each layout. */
  Region damage() {
    return damage;
  }
}
