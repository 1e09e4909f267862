package io.stagecraft.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Comment;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.EnumSet;
import java.util.Set;

/** What every split must satisfy, whatever its input. */
final class SplitChecks {
  /**
   * The only instructions a split may delete or rewrite: it moves or fits them, and touches nothing
   * else.
   */
  private static final Set<Keyword> REWRITABLE =
      EnumSet.of(
          Keyword.EXPOSE,
          Keyword.LABEL,
          Keyword.MAINTAINER,
          Keyword.HEALTHCHECK,
          Keyword.STOPSIGNAL,
          Keyword.VOLUME,
          Keyword.ENTRYPOINT,
          Keyword.CMD);

  private SplitChecks() {}

  /** A rename or an index shift replaces exactly a stage name or a reference to a stage. */
  private static boolean isStageReference(StageGraph graph, TextEdit e) {
    return graph.edges().stream()
            .anyMatch(
                edge ->
                    edge.referenceRange().start() == e.offset()
                        && edge.referenceRange().end() == e.end())
        || graph.stages().stream()
            .anyMatch(
                s ->
                    s.nameWord() != null
                        && s.nameWord().range().start() == e.offset()
                        && s.nameWord().range().end() == e.end());
  }

  static void assertWellFormed(SplitPreview p) {
    assertEquals(p.after(), p.edit().applyTo(p.before()));
    assertEquals(
        p.before(),
        p.edit().inverse(p.before()).applyTo(p.after()),
        "the inverse restores the original");
    Dockerfile result = Dockerfile.parse(p.after());
    assertFalse(
        result.hasErrors(), () -> "the split parses without errors: " + result.diagnostics());
    assertEquals(p.after(), result.print());
    assertEquals(
        StageGraph.parse(p.before()).stages().size() + 1,
        StageGraph.parse(p.after()).stages().size());
    Dockerfile original = Dockerfile.parse(p.before());
    StageGraph graph = StageGraph.of(original);
    for (TextEdit e : p.edit().edits()) {
      if (e.length() == 0 || isStageReference(graph, e)) {
        continue;
      }
      // A replacement or deletion covers whole elements, and only comments and image settings.
      Element first = original.elementAt(e.offset());
      assertEquals(
          e.offset(), first.range().start(), () -> "edit " + e + " starts inside an element");
      int pos = e.offset();
      while (pos < e.end()) {
        Element covered = original.elementAt(pos);
        assertTrue(covered.range().end() <= e.end(), () -> "edit " + e + " ends inside an element");
        assertTrue(
            covered instanceof Comment
                || covered instanceof Instruction i && REWRITABLE.contains(i.kind()),
            () -> "edit " + e + " touches " + covered);
        pos = covered.range().end();
      }
    }
  }
}
