package io.stagecraft.cli;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Instruction;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The readable form of {@code stagecraft graph}: stages as a tree with what feeds each one. */
final class GraphTree {
  private GraphTree() {}

  static void print(String file, StageGraph graph, PrintWriter out) {
    out.printf(
        "%s: %d stage%s, %d external image%s%n",
        file,
        graph.stages().size(),
        graph.stages().size() == 1 ? "" : "s",
        graph.externalImages().size(),
        graph.externalImages().size() == 1 ? "" : "s");
    for (int n = 0; n < graph.stages().size(); n++) {
      Stage s = graph.stages().get(n);
      boolean last = n == graph.stages().size() - 1;
      String branch = last ? "└── " : "├── ";
      String indent = last ? "    " : "│   ";
      out.printf(
          "%sstage %d%s  FROM %s%s  (line %d)%s%n",
          branch,
          s.index(),
          s.name() == null ? "" : " \"" + s.name() + "\"",
          s.base(),
          s.resolvedBase().equals(s.base()) ? "" : " = " + s.resolvedBase(),
          s.line(),
          last ? "  [final]" : "");
      out.printf(
          "%s    %s%n",
          indent,
          s.instructions().stream().map(Instruction::name).collect(Collectors.joining(" ")));
      for (Edge e : graph.edgesInto(s.index())) {
        out.printf(
            "%s    ← %s %s (line %d)%s%s%n",
            indent,
            e.kind().label(),
            describe(graph, e.from()),
            e.line(),
            e.dependsOnArgs() && !e.candidates().isEmpty()
                ? " [by args: " + String.join(" | ", e.candidates()) + "]"
                : "",
            e.sources().isEmpty()
                ? ""
                : ": " + String.join(" ", e.sources()) + " → " + e.destination());
      }
    }
    for (Diagnostic d : graph.diagnostics()) {
      out.printf(
          "%s:%d:%d: %s: %s%n", file, d.line(), d.column(), d.severity().label(), d.message());
    }
  }

  private static String describe(StageGraph graph, NodeRef ref) {
    if (ref instanceof NodeRef.StageRef s) {
      Stage stage = graph.stages().get(s.index());
      return "stage " + s.index() + (stage.name() == null ? "" : " \"" + stage.name() + "\"");
    }
    return "image " + ((NodeRef.ImageRef) ref).image();
  }
}
