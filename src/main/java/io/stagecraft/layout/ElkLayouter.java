package io.stagecraft.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places boxes in layers from left to right with Eclipse ELK's layered algorithm, which also keeps
 * arrow crossings low. Thread-safe: every call builds its own ELK graph.
 *
 * <p>Two option groups matter beyond the defaults. Model order: nodes are given in file order
 * (stages, then images by first use) and ELK keeps that order within a layer, so one edit moves few
 * boxes and a new last stage goes below the others rather than anywhere. Labels: every labelled
 * arrow carries its label as an ELK tail label, so ELK widens the gap after the arrow's source by
 * the label's width instead of letting it run under a box. Not a centre label: ELK gives each
 * centre label a layer of its own, so a {@code COPY --from} between two stages put a whole column
 * between them, which the runtime's base image then filled, and the sample read as four columns
 * drawn small. With tail labels an external image sits in the layer just before the stage that uses
 * it (the network-simplex layering keeps its arrow one layer long), beside the other stages of that
 * layer.
 */
public final class ElkLayouter {
  static final double LAYER_SPACING = 90;
  static final double NODE_SPACING = 36;

  /**
   * Up to this many arrows given to ELK (one per pair of boxes, {@link #oneEdgePerPair}), ELK keeps
   * the file's order within each layer. Beyond it, keeping that order is nearly all of ELK's time:
   * 70-90 s of CPU time for a hundred stages and 1,090 arrows, against 9 s without it. A diagram
   * that large is laid out afresh only when it is opened or reset (ADR 16), so the order matters
   * less than the wait. The generated hundred-stage file of the benchmarks gives ELK 295 arrows:
   * 3.5-4.1 s with the order kept, 0.8 s without.
   */
  static final int MODEL_ORDER_UP_TO_ARROWS = 400;

  static {
    // Registers ELK's option types (with ElkReflect) and the layered algorithm's options, which
    // ELK otherwise discovers through Eclipse extension points that do not exist here.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private static final java.util.concurrent.atomic.AtomicLong RUNS =
      new java.util.concurrent.atomic.AtomicLong();

  private ElkLayouter() {}

  /** How many layouts ELK has made in this process; for tests and benchmarks. */
  public static long runs() {
    return RUNS.get();
  }

  /** The top-left corner of every node, with the drawing starting at (0, 0). */
  public static Map<String, Point> place(DiagramContent content) {
    RUNS.incrementAndGet();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.SPLINES);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
    // The arranger puts its own margin around the drawing; ELK's padding would only add to it.
    root.setProperty(LayeredOptions.PADDING, new ElkPadding(0));
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 16.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, LabelPlacer.CLEARANCE);
    List<DiagramEdge> edges = oneEdgePerPair(content.edges());
    if (edges.size() <= MODEL_ORDER_UP_TO_ARROWS) {
      root.setProperty(
          LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
      root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
    }
    Map<String, ElkNode> elkNodes = new HashMap<>();
    for (DiagramNode node : content.nodes()) {
      ElkNode n = ElkGraphUtil.createNode(root);
      n.setIdentifier(node.id());
      n.setDimensions(node.width(), node.height());
      elkNodes.put(node.id(), n);
    }
    for (DiagramEdge edge : edges) {
      ElkNode from = elkNodes.get(edge.fromId());
      ElkNode to = elkNodes.get(edge.toId());
      if (from != null && to != null && from != to) {
        ElkEdge e = ElkGraphUtil.createSimpleEdge(from, to);
        if (!edge.label().isEmpty()) {
          ElkLabel label = ElkGraphUtil.createLabel(edge.label(), e);
          label.setDimensions(LabelPlacer.width(edge.label()), LabelPlacer.HEIGHT);
          label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.TAIL);
        }
      }
    }
    new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
    Map<String, Point> positions = new HashMap<>();
    elkNodes.forEach((id, n) -> positions.put(id, new Point(n.getX(), n.getY())));
    return positions;
  }

  /**
   * The arrows between each pair of boxes as one, with the widest label among them, in the order of
   * each pair's first arrow. ELK splits every arrow that spans layers into a chain of dummy nodes,
   * one per layer, and then orders all of them in every layer: a stage that copies five paths from
   * one builder gave ELK five chains where one places the boxes the same way.
   */
  static List<DiagramEdge> oneEdgePerPair(List<DiagramEdge> edges) {
    Map<List<String>, DiagramEdge> widest = new LinkedHashMap<>();
    for (DiagramEdge edge : edges) {
      widest.merge(
          List.of(edge.fromId(), edge.toId()),
          edge,
          (kept, next) ->
              LabelPlacer.width(next.label()) > LabelPlacer.width(kept.label()) ? next : kept);
    }
    return List.copyOf(widest.values());
  }
}
