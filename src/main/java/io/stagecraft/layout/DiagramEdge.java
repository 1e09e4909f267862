package io.stagecraft.layout;

import io.stagecraft.core.model.EdgeKind;

/**
 * An arrow of the diagram, before routing.
 *
 * @param graphEdgeIndex the index of the edge in {@code StageGraph.edges()}
 * @param label the copied paths for COPY arrows, otherwise empty
 */
public record DiagramEdge(
    int graphEdgeIndex, EdgeKind kind, String fromId, String toId, String label) {}
