package io.stagecraft.layout;

/** A node with its top-left corner in diagram coordinates. */
public record PlacedNode(DiagramNode node, double x, double y, boolean pinned) {

  public double width() {
    return node.width();
  }

  public double height() {
    return node.height();
  }

  public double centerY() {
    return y + node.height() / 2;
  }

  public boolean contains(double px, double py) {
    return px >= x && px <= x + node.width() && py >= y && py <= y + node.height();
  }
}
