package io.stagecraft.ui.canvas;

import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.PlacedNode;
import io.stagecraft.layout.Point;
import io.stagecraft.layout.Rect;
import io.stagecraft.layout.RoutedEdge;
import io.stagecraft.ui.model.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.shape.Rectangle;

/**
 * Where the keyboard is on the canvas: one box or arrow, shown by a ring drawn around it while the
 * canvas has the focus. Tab and Shift+Tab go through the boxes, then the arrows, in the drawing's
 * order; the arrow keys go to the nearest box or arrow in their direction.
 */
final class CanvasKeyboard {
  /** How far the ring stands off a box, and its line and dashes, in screen pixels at any zoom. */
  private static final double RING_GAP = 5;

  private static final double RING_WIDTH = 2.5;
  private static final double RING_DASH = 7;
  private static final double RING_SPACE = 4;

  /** The size of the ring around an arrow without a label: around the middle of its curve. */
  private static final double ARROW_RING = 26;

  /** One place the keyboard can be: a box by its node id, or an arrow by its graph index. */
  record Item(String nodeId, int edgeIndex, Rect bounds) {
    Selection selection() {
      return edgeIndex >= 0
          ? Selection.edge(edgeIndex)
          : Selection.node(nodeId, Selection.Origin.CANVAS);
    }

    boolean is(Selection s) {
      return edgeIndex >= 0 ? s.edgeIndex() == edgeIndex : nodeId.equals(s.nodeId());
    }
  }

  /** A direction of the arrow keys. */
  enum Direction {
    LEFT(-1, 0),
    RIGHT(1, 0),
    UP(0, -1),
    DOWN(0, 1);

    final int dx;
    final int dy;

    Direction(int dx, int dy) {
      this.dx = dx;
      this.dy = dy;
    }
  }

  private final Supplier<DiagramLayout> layout;
  private final Rectangle ring = new Rectangle();
  private Selection focused = Selection.NONE;
  private boolean canvasFocused;
  private double scale = 1;

  CanvasKeyboard(Supplier<DiagramLayout> layout) {
    this.layout = layout;
    ring.getStyleClass().add("focus-ring");
    // The stylesheet gives the theme's accent; these hold until it is applied to the new ring.
    ring.setFill(null);
    ring.setStroke(javafx.scene.paint.Color.web("#2f81f7"));
    ring.setMouseTransparent(true);
    ring.setManaged(false);
    ring.setArcWidth(14);
    ring.setArcHeight(14);
    ring.setVisible(false);
    zoomed(1);
  }

  /**
   * The view's zoom changed: the ring is drawn in the diagram's coordinates, so its line is made
   * thinner or thicker by as much, to stay as plain on the screen when a large diagram is zoomed
   * far out.
   */
  void zoomed(double viewScale) {
    scale = viewScale;
    ring.setStrokeWidth(RING_WIDTH / scale);
    ring.getStrokeDashArray().setAll(RING_DASH / scale, RING_SPACE / scale);
    redraw();
  }

  /** The ring, for the canvas to draw above the boxes. */
  Rectangle ring() {
    return ring;
  }

  /** The box or arrow the keyboard is on, or {@link Selection#NONE}. */
  Selection focused() {
    return focused;
  }

  /** Puts the keyboard on a box or an arrow, such as one just clicked. */
  void focus(Selection item) {
    focused =
        item.isEmpty()
            ? Selection.NONE
            : new Selection(item.nodeId(), item.edgeIndex(), Selection.Origin.CANVAS);
    redraw();
  }

  void canvasFocused(boolean now) {
    canvasFocused = now;
    redraw();
  }

  /**
   * The drawing changed: keep the ring on the same box (by id), or on the same arrow while it is
   * still there, and follow it to where it is drawn now.
   */
  void drawingChanged() {
    if (current() == null) {
      focused = Selection.NONE;
    }
    redraw();
  }

  /** Goes {@code step} places on in Tab order, round from the end to the start. */
  void step(int step) {
    List<Item> items = items();
    if (items.isEmpty()) {
      return;
    }
    int at = indexOf(items, focused);
    int next = at < 0 ? (step > 0 ? 0 : items.size() - 1) : Math.floorMod(at + step, items.size());
    focused = items.get(next).selection();
    redraw();
  }

  /**
   * Goes to the nearest box or arrow in {@code direction}: the one whose centre is ahead of this
   * one's, weighing distance across the direction twice as much as along it. Stays put when there
   * is none; starts at the first box when the keyboard is nowhere yet.
   */
  void go(Direction direction) {
    List<Item> items = items();
    Item from = current();
    if (from == null) {
      step(1);
      return;
    }
    Point c = from.bounds().centre();
    Item best = null;
    double bestCost = Double.MAX_VALUE;
    for (Item candidate : items) {
      if (candidate.is(focused)) {
        continue;
      }
      Point d = candidate.bounds().centre();
      double along = (d.x() - c.x()) * direction.dx + (d.y() - c.y()) * direction.dy;
      double across = Math.abs((d.x() - c.x()) * direction.dy + (d.y() - c.y()) * direction.dx);
      if (along <= 1) {
        continue;
      }
      double cost = along + 2 * across;
      if (cost < bestCost) {
        bestCost = cost;
        best = candidate;
      }
    }
    if (best != null) {
      focused = best.selection();
      redraw();
    }
  }

  /** The item the keyboard is on, as drawn now, or null. */
  Item current() {
    if (focused.isEmpty()) {
      return null;
    }
    for (Item item : items()) {
      if (item.is(focused)) {
        return item;
      }
    }
    return null;
  }

  /** The boxes in the drawing's order, then the arrows in the file's order. */
  List<Item> items() {
    DiagramLayout l = layout.get();
    List<Item> items = new ArrayList<>();
    if (l == null) {
      return items;
    }
    for (PlacedNode n : l.nodes()) {
      items.add(new Item(n.node().id(), -1, Rect.of(n)));
    }
    List<RoutedEdge> edges = new ArrayList<>(l.edges());
    edges.sort(java.util.Comparator.comparingInt(e -> e.edge().graphEdgeIndex()));
    for (RoutedEdge e : edges) {
      Rect at =
          e.labelBounds() != null
              ? e.labelBounds()
              : Rect.centredAt(e.labelAt(), ARROW_RING, ARROW_RING);
      items.add(new Item(null, e.edge().graphEdgeIndex(), at));
    }
    return items;
  }

  private static int indexOf(List<Item> items, Selection s) {
    for (int i = 0; i < items.size(); i++) {
      if (!s.isEmpty() && items.get(i).is(s)) {
        return i;
      }
    }
    return -1;
  }

  private void redraw() {
    Item item = canvasFocused ? current() : null;
    ring.setVisible(item != null);
    if (item != null) {
      Rect b = item.bounds().grow(RING_GAP / scale);
      ring.setX(b.x());
      ring.setY(b.y());
      ring.setWidth(b.width());
      ring.setHeight(b.height());
    }
  }
}
