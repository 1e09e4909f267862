package io.stagecraft.ui.canvas;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its node. Every JavaFX tooltip is a popup window
 * with a scene of its own (some kilobytes); a diagram of a hundred stages has a thousand arrows, of
 * which the user hovers a few.
 */
final class LazyTooltip {
  private final Node node;
  private final EventHandler<MouseEvent> onEnter = e -> make();
  private String text;
  private Tooltip tip;

  private LazyTooltip(Node node, String text) {
    this.node = node;
    this.text = text;
    node.addEventHandler(MouseEvent.MOUSE_ENTERED, onEnter);
  }

  /** Gives {@code node} a tooltip with {@code text}, made when the pointer first enters it. */
  static LazyTooltip install(Node node, String text) {
    return new LazyTooltip(node, text);
  }

  void setText(String newText) {
    text = newText;
    if (tip != null) {
      tip.setText(newText);
    }
  }

  private void make() {
    node.removeEventHandler(MouseEvent.MOUSE_ENTERED, onEnter);
    tip = new Tooltip(text);
    Tooltip.install(node, tip);
  }
}
