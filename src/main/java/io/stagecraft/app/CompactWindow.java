package io.stagecraft.app;

import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * How the main window gives way on a small screen, down to 1024×700: the toolbar's buttons drop
 * their words (their tooltips keep them), and the canvas's legend makes way for the pane's title,
 * before anything is cut with an ellipsis.
 */
final class CompactWindow {
  /** Below this window width the toolbar shows icons only. */
  static final double ICONS_ONLY_BELOW = 1200;

  /** Below this width of the canvas's side the legend is left out of its header. */
  static final double LEGEND_BELOW = 700;

  private CompactWindow() {}

  static void iconsOnlyWhenNarrow(
      ObservableDoubleValue windowWidth, List<? extends Labeled> buttons) {
    Runnable apply =
        () -> {
          ContentDisplay display =
              windowWidth.get() < ICONS_ONLY_BELOW
                  ? ContentDisplay.GRAPHIC_ONLY
                  : ContentDisplay.LEFT;
          buttons.forEach(b -> b.setContentDisplay(display));
        };
    windowWidth.addListener((o, was, now) -> apply.run());
    apply.run();
  }

  static void legendWhenRoomy(Region side, Node legend) {
    legend.managedProperty().bind(legend.visibleProperty());
    side.widthProperty()
        .addListener((o, was, width) -> legend.setVisible(width.doubleValue() >= LEGEND_BELOW));
  }

  /**
   * Labels that must be read whole keep their width; {@code shrinking} (a hint) gives way first.
   */
  static void keepWhole(List<? extends Region> whole, Region shrinking) {
    whole.forEach(r -> r.setMinWidth(Region.USE_PREF_SIZE));
    shrinking.setMinWidth(0);
  }
}
