package io.stagecraft.ui.model;

/**
 * What is selected on the canvas: a node, an arrow or nothing.
 *
 * @param nodeId the selected node's id, or null
 * @param edgeIndex the selected arrow's index in the graph's edges, or -1
 * @param origin which pane made the selection; only a canvas selection moves the code pane
 */
public record Selection(String nodeId, int edgeIndex, Origin origin) {
  public static final Selection NONE = new Selection(null, -1, Origin.CANVAS);

  public enum Origin {
    CANVAS,
    CODE
  }

  public static Selection node(String id, Origin origin) {
    return new Selection(id, -1, origin);
  }

  public static Selection edge(int index) {
    return new Selection(null, index, Origin.CANVAS);
  }

  public boolean isEmpty() {
    return nodeId == null && edgeIndex < 0;
  }
}
