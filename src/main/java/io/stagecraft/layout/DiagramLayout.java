package io.stagecraft.layout;

import java.util.List;

/**
 * A placed diagram: what both the JavaFX canvas and the SVG export draw.
 *
 * @param width the extent of the drawing, margins included
 */
public record DiagramLayout(
    List<PlacedNode> nodes, List<RoutedEdge> edges, double width, double height) {

  public static final DiagramLayout EMPTY = new DiagramLayout(List.of(), List.of(), 0, 0);

  /**
   * Everything drawn, margins included: from the origin to {@code width} and {@code height}, and
   * further up or left when the user dragged a box there.
   */
  public Rect bounds() {
    double minX = 0;
    double minY = 0;
    for (PlacedNode n : nodes) {
      minX = Math.min(minX, n.x() - DiagramArranger.MARGIN);
      minY = Math.min(minY, n.y() - DiagramArranger.MARGIN);
    }
    for (RoutedEdge e : edges) {
      if (e.labelBounds() != null) {
        minX = Math.min(minX, e.labelBounds().x() - DiagramArranger.MARGIN);
        minY = Math.min(minY, e.labelBounds().y() - DiagramArranger.MARGIN);
      }
    }
    return new Rect(minX, minY, width - minX, height - minY);
  }

  public PlacedNode node(String id) {
    for (PlacedNode n : nodes) {
      if (n.node().id().equals(id)) {
        return n;
      }
    }
    return null;
  }

  public PlacedNode stage(int index) {
    for (PlacedNode n : nodes) {
      if (n.node().stageIndex() == index) {
        return n;
      }
    }
    return null;
  }
}
