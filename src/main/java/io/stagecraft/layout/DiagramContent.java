package io.stagecraft.layout;

import java.util.List;

/** The boxes and arrows of a stage graph, sized for drawing but not yet placed. */
public record DiagramContent(List<DiagramNode> nodes, List<DiagramEdge> edges) {

  public DiagramNode node(String id) {
    for (DiagramNode n : nodes) {
      if (n.id().equals(id)) {
        return n;
      }
    }
    return null;
  }
}
