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
