package io.stagecraft.core.edit;

import io.stagecraft.core.model.ReferenceSuggestion;
import io.stagecraft.core.model.StageGraph;
import java.util.ArrayList;
import java.util.List;

/** Quick fixes for stage references that name no stage: write a stage's name instead. */
public final class ReferenceFixes {
  private ReferenceFixes() {}

  /** Every fix the graph's reference diagnostics offer, in source order. */
  public static List<ReferenceFix> all(StageGraph graph) {
    List<ReferenceFix> fixes = new ArrayList<>();
    for (ReferenceSuggestion s : graph.referenceSuggestions()) {
      for (String name : s.replacements()) {
        fixes.add(
            new ReferenceFix(
                s.diagnostic(),
                "Use stage \"" + name + "\"",
                DocumentEdit.of(
                    "Use stage " + name,
                    new TextEdit(s.range().start(), s.range().length(), name))));
      }
    }
    return List.copyOf(fixes);
  }

  /** The fixes for diagnostics whose range holds {@code offset} (or ends at it). */
  public static List<ReferenceFix> at(StageGraph graph, int offset) {
    return all(graph).stream()
        .filter(
            f -> f.diagnostic().range().start() <= offset && offset <= f.diagnostic().range().end())
        .toList();
  }
}
