package io.stagecraft.ui.derive;

import io.stagecraft.layout.DiagramContent;
import io.stagecraft.layout.DiagramEdge;
import io.stagecraft.layout.DiagramNode;
import java.util.List;

/**
 * What the automatic layout depends on: the boxes with their sizes, and which box points to which.
 * Two diagrams of the same shape get the same positions, so typing that changes neither (most
 * typing inside an instruction) does not lay the diagram out again.
 */
public record DiagramShape(List<Box> boxes, List<Link> links) {
  /** A box and its size. */
  public record Box(String id, double width, double height) {}

  /** An arrow's ends. */
  public record Link(String fromId, String toId) {}

  public static DiagramShape of(DiagramContent content) {
    return new DiagramShape(
        content.nodes().stream().map(DiagramShape::box).toList(),
        content.edges().stream().map(DiagramShape::link).toList());
  }

  private static Box box(DiagramNode node) {
    return new Box(node.id(), node.width(), node.height());
  }

  private static Link link(DiagramEdge edge) {
    return new Link(edge.fromId(), edge.toId());
  }

  /**
   * Whether the two differ at most in the sizes of their boxes: the same boxes, in the same order,
   * and the same arrows. The older positions then still place every box, if not perfectly.
   */
  public boolean sameBoxesAndLinks(DiagramShape other) {
    if (other == null || boxes.size() != other.boxes.size() || !links.equals(other.links)) {
      return false;
    }
    for (int i = 0; i < boxes.size(); i++) {
      if (!boxes.get(i).id().equals(other.boxes.get(i).id())) {
        return false;
      }
    }
    return true;
  }
}
