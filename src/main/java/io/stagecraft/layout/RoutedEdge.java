package io.stagecraft.layout;

/**
 * An arrow drawn as one cubic Bézier curve from the right side of its source to the left side of
 * its target (or around, when the target is not to the right).
 *
 * @param labelAt where the centre of the label goes: the middle of the curve
 */
public record RoutedEdge(
    DiagramEdge edge, Point start, Point control1, Point control2, Point end, Point labelAt) {}
