package io.stagecraft.ui.code;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/** Where the code pane's lists (completion, references) open: just below the caret. */
final class CaretPopup {
  private CaretPopup() {}

  /**
   * Shows {@code popup} below the caret, or near the area's top left corner while the caret's line
   * is not laid out; nothing when the area is not in a window.
   */
  static void showBelowCaret(Popup popup, CodeArea area) {
    if (area.getScene() == null) {
      return;
    }
    Optional<Bounds> caret = area.getCaretBounds();
    if (caret.isPresent()) {
      popup.show(area, caret.get().getMinX(), caret.get().getMaxY() + 2);
    } else {
      Bounds b = area.localToScreen(area.getBoundsInLocal());
      popup.show(area, b.getMinX() + 40, b.getMinY() + 40);
    }
  }
}
