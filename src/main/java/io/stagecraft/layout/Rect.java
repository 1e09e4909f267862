package io.stagecraft.layout;

/** An axis-aligned rectangle in diagram coordinates. */
public record Rect(double x, double y, double width, double height) {

  public static Rect of(PlacedNode node) {
    return new Rect(node.x(), node.y(), node.width(), node.height());
  }

  public static Rect centredAt(Point centre, double width, double height) {
    return new Rect(centre.x() - width / 2, centre.y() - height / 2, width, height);
  }

  /** The rectangle from ({@code x}, {@code y}) to ({@code maxX}, {@code maxY}). */
  public static Rect spanning(double x, double y, double maxX, double maxY) {
    return new Rect(x, y, maxX - x, maxY - y);
  }

  /** Whether {@code o} lies wholly inside this rectangle. */
  public boolean contains(Rect o) {
    return x <= o.x && y <= o.y && o.maxX() <= maxX() && o.maxY() <= maxY();
  }

  public double maxX() {
    return x + width;
  }

  public double maxY() {
    return y + height;
  }

  /** Whether the two share more than an edge. */
  public boolean overlaps(Rect o) {
    return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
  }

  /** This rectangle grown by {@code margin} on every side. */
  public Rect grow(double margin) {
    return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
  }

  public Point centre() {
    return new Point(x + width / 2, y + height / 2);
  }
}
