package io.stagecraft.layout;

/** A point in diagram coordinates. */
public record Point(double x, double y) {
  public Point plus(double dx, double dy) {
    return new Point(x + dx, y + dy);
  }
}
