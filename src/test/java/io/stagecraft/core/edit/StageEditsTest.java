package io.stagecraft.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Instruction;
import org.junit.jupiter.api.Test;

class StageEditsTest {

  private static final String SAMPLE =
      String.join(
          "\n",
          "# syntax=docker/dockerfile:1",
          "FROM golang:1.22 AS build",
          "WORKDIR /src",
          "RUN go build -o /out/app",
          "",
          "# runtime",
          "FROM gcr.io/distroless/static",
          "COPY --from=build /out/app /app",
          "USER nonroot",
          "CMD [\"/app\"]",
          "");

  private static String apply(DocumentEdit edit, String text) {
    String result = edit.applyTo(text);
    assertEquals(
        text, edit.inverse(text).applyTo(result), "the inverse edit restores the text exactly");
    return result;
  }

  @Test
  void renameUnnamedStageAddsAsClause() throws Exception {
    StageGraph g = StageGraph.parse(SAMPLE);
    String out = apply(StageEdits.rename(g, 1, "runtime"), SAMPLE);
    assertEquals(
        SAMPLE.replace(
            "FROM gcr.io/distroless/static\n", "FROM gcr.io/distroless/static AS runtime\n"),
        out);
  }

  @Test
  void renameKeepsIndexReferences() throws Exception {
    String text = "FROM a AS one\nFROM b\nCOPY --from=0 /x /x\nCOPY --from=ONE /y /y\n";
    String out = apply(StageEdits.rename(StageGraph.parse(text), 0, "first"), text);
    assertEquals("FROM a AS first\nFROM b\nCOPY --from=0 /x /x\nCOPY --from=first /y /y\n", out);
  }

  @Test
  void renameRejectsInvalidAndTakenNames() {
    StageGraph g = StageGraph.parse("FROM a AS one\nFROM b AS two\n");
    assertThrows(EditException.class, () -> StageEdits.rename(g, 0, "Two"));
    assertThrows(EditException.class, () -> StageEdits.rename(g, 0, "9lives"));
    assertThrows(EditException.class, () -> StageEdits.rename(g, 0, "has space"));
    assertThrows(EditException.class, () -> StageEdits.rename(g, 5, "x"));
  }

  @Test
  void addStageAtTheEndAndBefore() throws Exception {
    StageGraph g = StageGraph.parse(SAMPLE);
    String end = apply(StageEdits.addStage(g, "debug", "busybox", -1), SAMPLE);
    assertEquals(SAMPLE + "\nFROM busybox AS debug\n", end);
    String before = apply(StageEdits.addStage(g, "deps", "golang:1.22", 1), SAMPLE);
    assertEquals(SAMPLE.replace("# runtime\n", "FROM golang:1.22 AS deps\n\n# runtime\n"), before);
    StageGraph after = StageGraph.parse(before);
    assertEquals("deps", after.stages().get(1).name());
    assertEquals(3, after.stages().size());
  }

  @Test
  void addStageBeforeShiftsIndexReferences() throws Exception {
    String text = "FROM a\nFROM b\nCOPY --from=0 /x /x\n";
    String out = apply(StageEdits.addStage(StageGraph.parse(text), "pre", "c", 0), text);
    assertEquals("FROM c AS pre\n\nFROM a\nFROM b\nCOPY --from=1 /x /x\n", out);
  }

  @Test
  void addStageToFileWithoutFinalNewline() throws Exception {
    String text = "FROM a";
    assertEquals(
        "FROM a\n\nFROM b AS two\n",
        apply(StageEdits.addStage(StageGraph.parse(text), "two", "b", -1), text));
  }

  @Test
  void deleteStageWithAndWithoutReferences() throws Exception {
    StageGraph g = StageGraph.parse(SAMPLE);
    String kept = apply(StageEdits.deleteStage(g, 0, false), SAMPLE);
    assertEquals(
        "# syntax=docker/dockerfile:1\n# runtime\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\n"
            + "USER nonroot\nCMD [\"/app\"]\n",
        kept);
    String cleaned = apply(StageEdits.deleteStage(g, 0, true), SAMPLE);
    assertTrue(!cleaned.contains("COPY"), cleaned);
  }

  @Test
  void deleteStageRebasesChildrenAndShiftsIndexes() throws Exception {
    String text = "FROM a AS base\nRUN x\nFROM base AS mid\nFROM c\nCOPY --from=1 /m /m\n";
    String out = apply(StageEdits.deleteStage(StageGraph.parse(text), 0, true), text);
    assertEquals("FROM a AS mid\nFROM c\nCOPY --from=0 /m /m\n", out);
  }

  @Test
  void addCopyFromGoesAfterTheLastCopy() throws Exception {
    StageGraph g = StageGraph.parse(SAMPLE);
    String out = apply(StageEdits.addCopyFrom(g, 0, "/src/config.yaml", "/etc/app/", 1), SAMPLE);
    assertTrue(
        out.contains(
            "COPY --from=build /out/app /app\nCOPY --from=build /src/config.yaml /etc/app/\nUSER"),
        out);
    StageGraph after = StageGraph.parse(out);
    assertEquals(2, after.edges().stream().filter(e -> e.kind() == EdgeKind.COPY).count());
  }

  @Test
  void addCopyFromGoesBeforeTheStageTailAndKeepsIndentation() throws Exception {
    String text = "FROM a AS build\nFROM b\n  WORKDIR /app\n  CMD [\"x\"]\n";
    String out =
        apply(StageEdits.addCopyFrom(StageGraph.parse(text), 0, "/out dir", "/app/", 1), text);
    assertEquals(
        "FROM a AS build\nFROM b\n  WORKDIR /app\n  COPY --from=build [\"/out dir\", \"/app/\"]\n  CMD [\"x\"]\n",
        out);
  }

  @Test
  void addCopyFromAnUnnamedStageUsesItsIndexAndRefusesLaterStages() throws Exception {
    String text = "FROM a\nFROM b";
    String out = apply(StageEdits.addCopyFrom(StageGraph.parse(text), 0, "/x", "/y", 1), text);
    assertEquals("FROM a\nFROM b\nCOPY --from=0 /x /y\n", out);
    assertEquals(new NodeRef.StageRef(0), StageGraph.parse(out).edges().get(2).from());
    assertThrows(
        EditException.class,
        () -> StageEdits.addCopyFrom(StageGraph.parse(text), 1, "/x", "/y", 0));
  }

  @Test
  void deleteInstructionWithContinuationsAndHeredoc() throws Exception {
    String text = "FROM a\nRUN <<EOF\necho\nEOF\nRUN a \\\n  b\nCMD c\n";
    StageGraph g = StageGraph.parse(text);
    Instruction heredoc = g.stages().get(0).instructions().get(1);
    assertEquals(
        "FROM a\nRUN a \\\n  b\nCMD c\n", apply(StageEdits.deleteInstruction(g, heredoc), text));
    Instruction cont = g.stages().get(0).instructions().get(2);
    assertEquals(
        "FROM a\nRUN <<EOF\necho\nEOF\nCMD c\n",
        apply(StageEdits.deleteInstruction(g, cont), text));
    assertThrows(
        EditException.class, () -> StageEdits.deleteInstruction(g, g.stages().get(0).from()));
  }

  @Test
  void moveInstructionBetweenStages() throws Exception {
    StageGraph g = StageGraph.parse(SAMPLE);
    Instruction workdir = g.stages().get(0).instructions().get(1);
    String toEnd = apply(StageEdits.moveInstruction(g, workdir, 1, -1), SAMPLE);
    assertEquals(SAMPLE.replace("WORKDIR /src\n", "") + "WORKDIR /src\n", toEnd);
    String afterFrom = apply(StageEdits.moveInstruction(g, workdir, 1, 1), SAMPLE);
    assertTrue(afterFrom.contains("FROM gcr.io/distroless/static\nWORKDIR /src\nCOPY"), afterFrom);
    Instruction user = g.stages().get(1).instructions().get(2);
    String up = apply(StageEdits.moveInstruction(g, user, 0, 1), SAMPLE);
    assertTrue(up.contains("FROM golang:1.22 AS build\nUSER nonroot\nWORKDIR"), up);
  }

  @Test
  void moveTheLastLineWithoutNewline() throws Exception {
    String text = "FROM a\nFROM b\nCMD x";
    StageGraph g = StageGraph.parse(text);
    Instruction cmd = g.stages().get(1).instructions().get(1);
    assertEquals("FROM a\nCMD x\nFROM b\n", apply(StageEdits.moveInstruction(g, cmd, 0, -1), text));
  }
}
