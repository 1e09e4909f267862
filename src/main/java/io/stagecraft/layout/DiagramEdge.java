package io.stagecraft.layout;

import io.stagecraft.core.model.EdgeKind;
import java.util.List;

/**
 * An arrow of the diagram, before routing.
 *
 * @param graphEdgeIndex the index of the edge in {@code StageGraph.edges()}
 * @param label the copied paths for COPY arrows, the reference as written for other arrows whose
 *     source depends on build args, otherwise empty
 * @param byArgs whether the source depends on build args or the platform
 * @param alternatives for such an arrow, every stage its reference can name under some args
 */
public record DiagramEdge(
    int graphEdgeIndex,
    EdgeKind kind,
    String fromId,
    String toId,
    String label,
    boolean byArgs,
    List<String> alternatives) {

  public DiagramEdge {
    alternatives = List.copyOf(alternatives);
  }

  /** An arrow whose source is fixed. */
  public DiagramEdge(int graphEdgeIndex, EdgeKind kind, String fromId, String toId, String label) {
    this(graphEdgeIndex, kind, fromId, toId, label, false, List.of());
  }
}
