package io.stagecraft.ui;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Paints a region whole whenever what it shows changes, so that JavaFX 21's partial repaint cannot
 * leave the change off the screen.
 *
 * <p>JavaFX paints only the damaged parts of a window. It finds them by climbing from each changed
 * node to the window, marking every parent on the way, and it stops at the first parent that is
 * marked already. JavaFX 21 clears a node's marks when it visits the node while painting another
 * part of the window, also when it then skips the node because the node lies outside every damaged
 * part; the marks of the nodes inside it stay set (JDK-8322619, fixed in JavaFX 24, which needs
 * Java 22). That happens whenever the only changes inside a region are to nodes that cannot be
 * seen: a combo box's list that is not open, a table's zero-sized header, a cell outside the
 * visible rows, as when a freshly added panel finishes laying out its controls while the caret
 * blinks elsewhere. From then on every change inside stops climbing at the stale marks, and the
 * region keeps showing its old picture until something around it is painted.
 *
 * <p>A change to the region itself climbs from above the stale marks, and painting the region whole
 * visits, and so clears, every node in it. The region's own background, which must be empty, is
 * switched between two that paint nothing.
 */
public final class WholeRepaint {
  private static final Background CLEAR =
      new Background(new BackgroundFill(Color.TRANSPARENT, null, null));

  private WholeRepaint() {}

  /**
   * Paints {@code area}, a region without a background of its own, whole on the frame after each
   * change of any of {@code changes}.
   */
  public static void onChange(Region area, Observable... changes) {
    for (Observable change : changes) {
      change.addListener(
          o -> {
            if (o instanceof ObservableValue<?> value) {
              value.getValue(); // valid again, so that the next change is reported too
            }
            request(area);
          });
    }
  }

  /** Paints {@code area}, a region without a background of its own, whole on the next frame. */
  public static void request(Region area) {
    area.setBackground(area.getBackground() == CLEAR ? Background.EMPTY : CLEAR);
  }
}
