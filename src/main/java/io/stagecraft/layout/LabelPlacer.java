package io.stagecraft.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts arrow labels where nothing else is: along their own curve, at the first spot (middle first,
 * then outwards, above the curve, then below) whose box keeps clear of every node, the connection
 * handle on a stage's right side, and the labels already placed. ELK has made room for the labels
 * between the layers, so such a spot is found for arrows between neighbouring layers; for the rare
 * arrow where none is, the spot that overlaps least is taken.
 */
final class LabelPlacer {
  /** Label text is 11px sans-serif, whose advance is close to 0.56em. */
  static final double CHAR_WIDTH = 6.2;

  static final double HEIGHT = 16;

  /** The least space between a label and a box. */
  static final double CLEARANCE = 6;

  /** How far the connection handle sticks out of a stage box's right side. */
  static final double HANDLE = 12;

  private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
  private static final double[] ACROSS = {-1, 1, -2.2, 2.2};

  private LabelPlacer() {}

  static double width(String label) {
    return Math.ceil(label.length() * CHAR_WIDTH + 10);
  }

  /** The routed edges with their labels placed. */
  static List<RoutedEdge> place(List<RoutedEdge> edges, List<PlacedNode> nodes) {
    RectIndex taken = new RectIndex();
    for (PlacedNode n : nodes) {
      Rect box = Rect.of(n);
      taken.add(
          n.node().isStage()
              ? new Rect(box.x(), box.y(), box.width() + HANDLE, box.height())
              : box);
    }
    List<RoutedEdge> placed = new ArrayList<>();
    for (RoutedEdge e : edges) {
      if (e.edge().label().isEmpty()) {
        placed.add(e);
        continue;
      }
      Rect best = null;
      Point bestAnchor = e.labelAt();
      double bestOverlap = Double.MAX_VALUE;
      search:
      for (double t : ALONG) {
        Point anchor = e.pointAt(t);
        for (double side : ACROSS) {
          Rect label =
              Rect.centredAt(
                  anchor.plus(0, side * (HEIGHT / 2 + 3)), width(e.edge().label()), HEIGHT);
          double overlap = taken.overlapArea(label.grow(CLEARANCE));
          if (overlap < bestOverlap) {
            best = label;
            bestAnchor = anchor;
            bestOverlap = overlap;
            if (overlap == 0) {
              break search;
            }
          }
        }
      }
      if (bestOverlap > 0) {
        // The curve runs through boxes all the way (a long arrow across crowded layers): the label
        // goes to the clear spot nearest the middle of the curve instead.
        Rect middle = Rect.centredAt(e.pointAt(0.5), best.width(), best.height());
        Point at =
            Clearance.nearestFree(
                new Point(middle.x(), middle.y()), best.width(), best.height(), taken, CLEARANCE);
        best = new Rect(at.x(), at.y(), best.width(), best.height());
        bestAnchor = e.pointAt(0.5);
      }
      taken.add(best);
      placed.add(e.withLabel(bestAnchor, best));
    }
    return List.copyOf(placed);
  }
}
