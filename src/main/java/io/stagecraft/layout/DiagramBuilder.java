package io.stagecraft.layout;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a stage graph into sized boxes and arrows. */
public final class DiagramBuilder {
  private DiagramBuilder() {}

  /** The identity of a stage's node: its name in lower case, or {@code #index} when unnamed. */
  public static String stageId(Stage stage) {
    return stage.name() != null ? stage.name().toLowerCase(Locale.ROOT) : "#" + stage.index();
  }

  public static String imageId(String image) {
    return "image:" + image;
  }

  /**
   * @param unfolded ids of long stages the user unfolded; every other long stage is folded
   */
  public static DiagramContent build(StageGraph graph, Set<String> unfolded) {
    return build(graph, unfolded, false);
  }

  /**
   * @param namesOnly whether boxes show only the stage's name and base, without instructions: the
   *     compact view of large files
   */
  public static DiagramContent build(StageGraph graph, Set<String> unfolded, boolean namesOnly) {
    return build(graph, unfolded, namesOnly, List.of());
  }

  /**
   * @param problems more diagnostics to count on the boxes besides the parser's, such as lint's
   */
  public static DiagramContent build(
      StageGraph graph, Set<String> unfolded, boolean namesOnly, List<Diagnostic> problems) {
    List<DiagramNode> nodes = new ArrayList<>();
    Map<String, DiagramNode> images = new LinkedHashMap<>();
    List<DiagramEdge> edges = new ArrayList<>();
    List<Edge> graphEdges = graph.edges();
    List<String> ids = nodeIds(graph);
    for (Stage stage : graph.stages()) {
      String id = ids.get(stage.index());
      nodes.add(stageNode(graph, stage, id, unfolded.contains(id), namesOnly, problems));
    }
    for (int i = 0; i < graphEdges.size(); i++) {
      Edge e = graphEdges.get(i);
      String fromId;
      if (e.from() instanceof NodeRef.StageRef s) {
        fromId = ids.get(s.index());
      } else {
        String image = ((NodeRef.ImageRef) e.from()).image();
        fromId = imageId(image);
        images.computeIfAbsent(fromId, id -> imageNode(id, image));
      }
      String toId = ids.get(e.to());
      edges.add(
          new DiagramEdge(i, e.kind(), fromId, toId, label(e), e.dependsOnArgs(), e.candidates()));
    }
    nodes.addAll(images.values());
    return new DiagramContent(List.copyOf(nodes), List.copyOf(edges));
  }

  /**
   * The node id of every stage, by index: {@link #stageId}, except that a stage reusing an earlier
   * stage's name gets {@code name#index}, so that it is a box of its own instead of one drawn on
   * top of the other.
   */
  public static List<String> nodeIds(StageGraph graph) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Stage stage : graph.stages()) {
      String id = stageId(stage);
      ids.add(seen.add(id) ? id : id + "#" + stage.index());
    }
    return ids;
  }

  private static DiagramNode stageNode(
      StageGraph graph,
      Stage stage,
      String id,
      boolean unfolded,
      boolean namesOnly,
      List<Diagnostic> problems) {
    List<Instruction> body = stage.instructions().subList(1, stage.instructions().size());
    boolean collapsible = !namesOnly && body.size() > BoxMetrics.FOLD_ABOVE;
    int shown = namesOnly ? 0 : collapsible && !unfolded ? BoxMetrics.FOLDED_ROWS : body.size();
    int maxChars = BoxMetrics.maxRowChars();
    List<InstructionRow> rows = new ArrayList<>();
    int widest = 0;
    for (int i = 0; i < shown; i++) {
      Instruction instruction = body.get(i);
      String keyword = instruction.name();
      String argument =
          BoxMetrics.cut(summary(instruction), Math.max(4, maxChars - keyword.length() - 1));
      rows.add(new InstructionRow(i + 1, keyword, argument, instruction.line()));
      widest = Math.max(widest, keyword.length() + 1 + argument.length());
    }
    String title = stage.label();
    String base = BoxMetrics.cut(stage.base() == null ? "" : stage.base(), maxChars - 5);
    widest = Math.max(widest, Math.max(title.length() + 6, base.length() + 5));
    List<Diagnostic> diagnostics = new ArrayList<>(graph.diagnosticsIn(stage.range()));
    for (Diagnostic d : problems) {
      if (d.range().start() >= stage.range().start()
          && d.range().start() < Math.max(stage.range().end(), stage.range().start() + 1)) {
        diagnostics.add(d);
      }
    }
    boolean foldRow = collapsible;
    double height =
        BoxMetrics.HEADER_HEIGHT
            + BoxMetrics.BASE_HEIGHT
            + (rows.size() + (foldRow ? 1 : 0)) * BoxMetrics.ROW_HEIGHT
            + BoxMetrics.BOTTOM_PADDING;
    return new DiagramNode(
        id,
        stage.index(),
        title,
        base,
        role(graph, stage),
        List.copyOf(rows),
        namesOnly ? 0 : body.size() - shown,
        collapsible,
        diagnostics.size(),
        worst(diagnostics),
        BoxMetrics.widthFor(widest, namesOnly ? BoxMetrics.IMAGE_MIN_WIDTH : BoxMetrics.MIN_WIDTH),
        height);
  }

  /** The most serious severity among {@code diagnostics}, or null when there are none. */
  private static Severity worst(List<Diagnostic> diagnostics) {
    Severity worst = null;
    for (Diagnostic d : diagnostics) {
      if (worst == null || d.severity().ordinal() < worst.ordinal()) {
        worst = d.severity();
      }
    }
    return worst;
  }

  private static DiagramNode imageNode(String id, String image) {
    String title = BoxMetrics.cut(image, BoxMetrics.maxRowChars());
    return new DiagramNode(
        id,
        -1,
        title,
        null,
        StageRole.EXTERNAL,
        List.of(),
        0,
        false,
        0,
        null,
        BoxMetrics.widthFor(title.length() + 4, BoxMetrics.IMAGE_MIN_WIDTH),
        BoxMetrics.IMAGE_HEIGHT);
  }

  private static StageRole role(StageGraph graph, Stage stage) {
    if (stage == graph.finalStage()) {
      return StageRole.FINAL;
    }
    return graph.edgesFrom(stage.index()).isEmpty() ? StageRole.UNUSED : StageRole.BUILDER;
  }

  /** The instruction's flags and arguments on one line, with runs of white space collapsed. */
  static String summary(Instruction instruction) {
    StringBuilder out = new StringBuilder();
    for (Flag flag : instruction.flags()) {
      out.append("--").append(flag.name());
      if (flag.hasValue()) {
        out.append('=').append(flag.value());
      }
      out.append(' ');
    }
    out.append(instruction.arguments());
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static String label(Edge e) {
    if (e.kind() == EdgeKind.COPY && !e.sources().isEmpty()) {
      return BoxMetrics.cut(String.join(" ", e.sources()), 28);
    }
    return e.dependsOnArgs() && !e.candidates().isEmpty() ? BoxMetrics.cut(e.reference(), 28) : "";
  }
}
