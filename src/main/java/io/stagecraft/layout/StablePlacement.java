package io.stagecraft.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the diagram still across edits. Boxes that were on screen before keep their places; a new
 * box goes where ELK's fresh layout puts it relative to a box it is connected to (so a new last
 * stage appears to the right of the stage it copies from, not at the top left); a box that grew or
 * a new one that would touch another moves to the nearest clear place. A fresh layout is made only
 * when nothing was on screen, or when the user resets the layout.
 */
public final class StablePlacement {
  private StablePlacement() {}

  /**
   * @param previous the automatic positions of the content shown before, by node id; empty for a
   *     fresh layout
   * @param previousContent the content shown before, for the sizes of its boxes; null with an empty
   *     {@code previous}
   */
  public static Map<String, Point> place(
      DiagramContent content, DiagramContent previousContent, Map<String, Point> previous) {
    Map<String, Point> fresh = ElkLayouter.place(content);
    if (previous.isEmpty() || previousContent == null) {
      return fresh;
    }
    Map<String, Point> placed = new HashMap<>();
    List<Rect> taken = new ArrayList<>();
    List<DiagramNode> later = new ArrayList<>();
    for (DiagramNode node : content.nodes()) {
      Point kept = previous.get(node.id());
      DiagramNode before = previousContent.node(node.id());
      if (kept != null && before != null && sameSize(before, node)) {
        placed.put(node.id(), kept);
        taken.add(new Rect(kept.x(), kept.y(), node.width(), node.height()));
      } else {
        later.add(node);
      }
    }
    for (DiagramNode node : later) {
      Point wanted = previous.get(node.id());
      if (wanted == null) {
        wanted = besideNeighbour(content, node, fresh, placed, taken);
      }
      Point at = Clearance.nearestFree(wanted, node.width(), node.height(), taken);
      placed.put(node.id(), at);
      taken.add(new Rect(at.x(), at.y(), node.width(), node.height()));
    }
    return placed;
  }

  private static boolean sameSize(DiagramNode a, DiagramNode b) {
    return a.width() == b.width() && a.height() == b.height();
  }

  /**
   * Where ELK's fresh layout puts {@code node} relative to a connected box that already has its
   * place; below everything when it is connected to none.
   */
  private static Point besideNeighbour(
      DiagramContent content,
      DiagramNode node,
      Map<String, Point> fresh,
      Map<String, Point> placed,
      List<Rect> taken) {
    Point own = fresh.getOrDefault(node.id(), new Point(0, 0));
    for (DiagramEdge e : content.edges()) {
      String neighbour =
          e.toId().equals(node.id()) ? e.fromId() : e.fromId().equals(node.id()) ? e.toId() : null;
      if (neighbour != null && placed.containsKey(neighbour) && fresh.containsKey(neighbour)) {
        Point anchorFresh = fresh.get(neighbour);
        Point anchorPlaced = placed.get(neighbour);
        return anchorPlaced.plus(own.x() - anchorFresh.x(), own.y() - anchorFresh.y());
      }
    }
    double bottom = 0;
    for (Rect r : taken) {
      bottom = Math.max(bottom, r.maxY() + ElkLayouter.NODE_SPACING);
    }
    return new Point(own.x(), bottom);
  }
}
