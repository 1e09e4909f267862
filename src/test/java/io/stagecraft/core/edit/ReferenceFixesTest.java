package io.stagecraft.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.StageGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFixesTest {

  @Test
  void theQuickFixWritesTheStageNameAndTheWarningGoes() {
    String text = "FROM golang AS builder\nFROM scratch\nCOPY --from=buidler /app /app\n";
    StageGraph g = StageGraph.parse(text);
    List<ReferenceFix> fixes = ReferenceFixes.at(g, text.indexOf("buidler") + 2);
    assertEquals(1, fixes.size());
    assertEquals("Use stage \"builder\"", fixes.get(0).title());
    String fixed = fixes.get(0).edit().applyTo(text);
    assertEquals("FROM golang AS builder\nFROM scratch\nCOPY --from=builder /app /app\n", fixed);
    StageGraph after = StageGraph.parse(fixed);
    assertEquals(new NodeRef.StageRef(0), after.edges().get(2).from());
    assertTrue(after.stageDiagnostics().isEmpty());
    assertTrue(ReferenceFixes.at(g, 0).isEmpty());
  }
}
