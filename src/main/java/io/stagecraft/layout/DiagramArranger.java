package io.stagecraft.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the boxes where the automatic layout or the user placed them, and routes the arrows between
 * them. Cheap enough to run on every drag step.
 */
public final class DiagramArranger {
  /** Space around the drawing. */
  public static final double MARGIN = 40;

  private static final double LABEL_CLEARANCE = 12;

  private DiagramArranger() {}

  /**
   * @param automatic positions from the layout algorithm, drawing-relative
   * @param pinned positions the user dragged boxes to, which win over the automatic ones
   */
  public static DiagramLayout arrange(
      DiagramContent content, Map<String, Point> automatic, Map<String, Point> pinned) {
    List<PlacedNode> placed = new ArrayList<>();
    Map<String, PlacedNode> byId = new HashMap<>();
    double maxX = 0;
    double maxY = 0;
    // Boxes the user placed stay where they were dropped; an automatic box under one moves clear.
    Map<String, Rect> boxes = new HashMap<>();
    for (DiagramNode node : content.nodes()) {
      Point pin = pinned.get(node.id());
      Point at =
          pin != null
              ? pin
              : automatic.getOrDefault(node.id(), new Point(0, 0)).plus(MARGIN, MARGIN);
      boxes.put(node.id(), new Rect(at.x(), at.y(), node.width(), node.height()));
    }
    if (!pinned.isEmpty()) {
      for (DiagramNode node : content.nodes()) {
        if (!pinned.containsKey(node.id())) {
          Rect box = boxes.get(node.id());
          List<Rect> others = new ArrayList<>(boxes.values());
          others.remove(box);
          Point at =
              Clearance.nearestFree(new Point(box.x(), box.y()), box.width(), box.height(), others);
          boxes.put(node.id(), new Rect(at.x(), at.y(), box.width(), box.height()));
        }
      }
    }
    for (DiagramNode node : content.nodes()) {
      Rect box = boxes.get(node.id());
      PlacedNode p = new PlacedNode(node, box.x(), box.y(), pinned.containsKey(node.id()));
      placed.add(p);
      byId.put(node.id(), p);
      maxX = Math.max(maxX, box.maxX());
      maxY = Math.max(maxY, box.maxY());
    }
    List<RoutedEdge> routed = LabelPlacer.place(route(content.edges(), byId), placed);
    for (RoutedEdge e : routed) {
      if (e.labelBounds() != null) {
        maxX = Math.max(maxX, e.labelBounds().maxX());
        maxY = Math.max(maxY, e.labelBounds().maxY());
      }
    }
    return new DiagramLayout(
        List.copyOf(placed), routed, maxX + MARGIN, maxY + MARGIN + LABEL_CLEARANCE);
  }

  private static List<RoutedEdge> route(List<DiagramEdge> edges, Map<String, PlacedNode> nodes) {
    Map<String, Integer> outCount = new HashMap<>();
    Map<String, Integer> inCount = new HashMap<>();
    int[] outSlot = new int[edges.size()];
    int[] inSlot = new int[edges.size()];
    for (int i = 0; i < edges.size(); i++) {
      DiagramEdge e = edges.get(i);
      outSlot[i] = outCount.merge(e.fromId(), 1, Integer::sum) - 1;
      inSlot[i] = inCount.merge(e.toId(), 1, Integer::sum) - 1;
    }
    List<RoutedEdge> routed = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      DiagramEdge e = edges.get(i);
      PlacedNode from = nodes.get(e.fromId());
      PlacedNode to = nodes.get(e.toId());
      if (from == null || to == null) {
        continue;
      }
      Point start =
          new Point(from.x() + from.width(), portY(from, outSlot[i], outCount.get(e.fromId())));
      Point end = new Point(to.x(), portY(to, inSlot[i], inCount.get(e.toId())));
      routed.add(curve(e, start, end));
    }
    return List.copyOf(routed);
  }

  /** Spreads the ports of several arrows over the middle of a box's side. */
  private static double portY(PlacedNode node, int slot, int count) {
    if (count <= 1) {
      return node.centerY();
    }
    double span = Math.min(node.height() * 0.6, count * 16.0);
    double top = node.centerY() - span / 2;
    return top + span * slot / (count - 1);
  }

  static RoutedEdge curve(DiagramEdge e, Point start, Point end) {
    double pull = Math.max(50, Math.abs(end.x() - start.x()) / 2);
    Point c1 = start.plus(pull, 0);
    Point c2 = end.plus(-pull, 0);
    RoutedEdge routed = new RoutedEdge(e, start, c1, c2, end, null, null);
    return routed.withLabel(routed.pointAt(0.5), null);
  }

  /**
   * Where a box dropped at {@code wanted} lands: there, or the nearest place that keeps clear of
   * every other box.
   */
  public static Point dropPosition(DiagramLayout layout, String nodeId, Point wanted) {
    PlacedNode moving = layout.node(nodeId);
    List<Rect> others = new ArrayList<>();
    for (PlacedNode n : layout.nodes()) {
      if (!n.node().id().equals(nodeId)) {
        others.add(Rect.of(n));
      }
    }
    for (RoutedEdge e : layout.edges()) {
      boolean own = e.edge().fromId().equals(nodeId) || e.edge().toId().equals(nodeId);
      if (e.labelBounds() != null && !own) {
        others.add(e.labelBounds());
      }
    }
    return moving == null
        ? wanted
        : Clearance.nearestFree(wanted, moving.width(), moving.height(), others);
  }

  /** The automatic layout and the pinned positions together, in one call. */
  public static DiagramLayout layout(DiagramContent content, Map<String, Point> pinned) {
    return arrange(content, ElkLayouter.place(content), pinned);
  }
}
