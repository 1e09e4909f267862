package io.stagecraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stagecraft.core.edit.ReferenceFix;
import io.stagecraft.core.edit.ReferenceFixes;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Instruction;
import java.util.List;

/** The JSON shape of {@code stagecraft graph --json}: one object per file. */
final class GraphJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GraphJson() {}

  static ObjectNode of(String file, StageGraph graph) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("file", file);
    ArrayNode stages = root.putArray("stages");
    for (Stage s : graph.stages()) {
      ObjectNode o = stages.addObject();
      o.put("index", s.index());
      // A null string becomes a JSON null.
      o.put("name", s.name());
      o.put("base", s.base());
      o.put("resolvedBase", s.resolvedBase());
      o.put("platform", s.platform());
      o.put("line", s.line());
      ArrayNode instructions = o.putArray("instructions");
      for (Instruction i : s.instructions()) {
        instructions.add(i.name());
      }
    }
    ArrayNode edges = root.putArray("edges");
    for (Edge e : graph.edges()) {
      ObjectNode o = edges.addObject();
      ObjectNode from = o.putObject("from");
      if (e.from() instanceof NodeRef.StageRef s) {
        from.put("stage", s.index());
      } else if (e.from() instanceof NodeRef.ImageRef image) {
        from.put("image", image.image());
      }
      o.put("to", e.to());
      o.put("kind", e.kind().label());
      o.put("line", e.line());
      o.put("reference", e.reference());
      if (e.dependsOnArgs()) {
        o.put("dependsOnArgs", true);
        ArrayNode candidates = o.putArray("candidates");
        e.candidates().forEach(candidates::add);
      }
      if (!e.sources().isEmpty()) {
        ArrayNode sources = o.putArray("sources");
        e.sources().forEach(sources::add);
        o.put("destination", e.destination());
      }
    }
    ArrayNode images = root.putArray("externalImages");
    graph.externalImages().forEach(images::add);
    ArrayNode diagnostics = root.putArray("diagnostics");
    List<ReferenceFix> allFixes = ReferenceFixes.all(graph);
    for (Diagnostic d : graph.diagnostics()) {
      ObjectNode o = diagnostics.addObject();
      o.put("line", d.line());
      o.put("column", d.column());
      o.put("endLine", d.range().endLine());
      o.put("endColumn", d.range().endColumn());
      o.put("severity", d.severity().label());
      o.put("code", d.code());
      o.put("message", d.message());
      fixes(o, allFixes, d);
    }
    return root;
  }

  /** The quick fixes of a diagnostic, among the graph's, each with the text edits that make it. */
  private static void fixes(ObjectNode diagnostic, List<ReferenceFix> allFixes, Diagnostic d) {
    List<ReferenceFix> fixes = allFixes.stream().filter(f -> f.diagnostic().equals(d)).toList();
    if (fixes.isEmpty()) {
      return;
    }
    ArrayNode array = diagnostic.putArray("fixes");
    for (ReferenceFix fix : fixes) {
      ObjectNode f = array.addObject();
      f.put("title", fix.title());
      ArrayNode edits = f.putArray("edits");
      for (TextEdit edit : fix.edit().edits()) {
        ObjectNode e = edits.addObject();
        e.put("offset", edit.offset());
        e.put("length", edit.length());
        e.put("replacement", edit.replacement());
      }
    }
  }

  static String line(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
