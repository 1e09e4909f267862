package io.stagecraft.layout;

/**
 * An arrow drawn as one cubic Bézier curve from the right side of its source to the left side of
 * its target (or around, when the target is not to the right).
 *
 * @param labelAt the point of the curve the label belongs to (the middle, unless that is crowded)
 * @param labelBounds where the label is drawn, clear of boxes and other labels; null for an arrow
 *     without a label
 */
public record RoutedEdge(
    DiagramEdge edge,
    Point start,
    Point control1,
    Point control2,
    Point end,
    Point labelAt,
    Rect labelBounds) {

  /** The point of the curve at parameter {@code t} (0 at the start, 1 at the end). */
  public Point pointAt(double t) {
    double u = 1 - t;
    double a = u * u * u;
    double b = 3 * u * u * t;
    double c = 3 * u * t * t;
    double d = t * t * t;
    return new Point(
        a * start.x() + b * control1.x() + c * control2.x() + d * end.x(),
        a * start.y() + b * control1.y() + c * control2.y() + d * end.y());
  }

  RoutedEdge withLabel(Point anchor, Rect bounds) {
    return new RoutedEdge(edge, start, control1, control2, end, anchor, bounds);
  }
}
