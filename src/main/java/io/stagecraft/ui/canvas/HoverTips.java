package io.stagecraft.ui.canvas;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * The canvas's tooltips: one tooltip for the whole canvas, shown for the node under the mouse that
 * has a tip. A large diagram has a thousand arrows; a {@link Tooltip} installed on each is a popup
 * window with its own scene, which held more memory than the boxes themselves, and one made on
 * first hover got in the way of the gestures on the node it was installed on.
 */
final class HoverTips {
  private static final String KEY = HoverTips.class.getName();
  private static final Duration DELAY = Duration.millis(700);

  private final Tooltip tooltip = new Tooltip();
  private final PauseTransition delay = new PauseTransition(DELAY);
  private final Node canvas;

  /** The node whose tip is waiting or showing; null over a part of the canvas without one. */
  private Node over;

  private double screenX;
  private double screenY;

  HoverTips(Node canvas) {
    this.canvas = canvas;
    tooltip.setWrapText(true);
    tooltip.setMaxWidth(560);
    delay.setOnFinished(e -> showNow());
    canvas.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
    canvas.addEventFilter(MouseEvent.MOUSE_EXITED, e -> leave());
    // A press starts a gesture: the tip would only be in the way until the mouse moves on.
    canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> hide());
    canvas.addEventFilter(ScrollEvent.SCROLL, e -> leave());
  }

  /**
   * Gives {@code node} the tip {@code text} makes, or none when it is null. The text is made when
   * the tip shows: most tips are never looked at, and the canvas is shown again after every edit.
   */
  static void set(Node node, Supplier<String> text) {
    if (text == null) {
      node.getProperties().remove(KEY);
    } else {
      node.getProperties().put(KEY, text);
    }
  }

  /** The tip of {@code node}, or null. */
  @SuppressWarnings("unchecked")
  static Supplier<String> of(Node node) {
    return (Supplier<String>) node.getProperties().get(KEY);
  }

  private void moved(MouseEvent e) {
    Node target = withTip(e.getPickResult().getIntersectedNode());
    screenX = e.getScreenX();
    screenY = e.getScreenY();
    if (target == over) {
      return;
    }
    hide();
    over = target;
    if (target != null) {
      delay.playFromStart();
    }
  }

  /** {@code node} or its nearest ancestor within the canvas that has a tip; null if none does. */
  private Node withTip(Node node) {
    for (Node n = node; n != null && n != canvas; n = n.getParent()) {
      if (of(n) != null) {
        return n;
      }
    }
    return null;
  }

  private void showNow() {
    Supplier<String> tip = over == null ? null : of(over);
    String text = tip == null ? null : tip.get();
    if (text == null
        || text.isEmpty()
        || over.getScene() == null
        || over.getScene().getWindow() == null) {
      return;
    }
    tooltip.setText(text);
    tooltip.show(over, screenX + 12, screenY + 18);
  }

  private void hide() {
    delay.stop();
    tooltip.hide();
  }

  private void leave() {
    hide();
    over = null;
  }
}
