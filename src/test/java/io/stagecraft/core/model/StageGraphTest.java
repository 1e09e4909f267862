package io.stagecraft.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.syntax.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageGraphTest {

  private static StageGraph graph(String... lines) {
    return StageGraph.parse(String.join("\n", lines) + "\n");
  }

  @Test
  void stagesWithNamesBasesPlatformsAndInstructions() {
    StageGraph g =
        graph(
            "# comment",
            "ARG GO=1.22",
            "FROM --platform=$BUILDPLATFORM golang:${GO} AS Build",
            "WORKDIR /src",
            "RUN go build -o /out/app",
            "FROM scratch",
            "COPY --from=build /out/app /app");
    assertEquals(2, g.stages().size());
    Stage build = g.stages().get(0);
    assertEquals("Build", build.name());
    assertEquals("golang:${GO}", build.base());
    assertEquals("golang:1.22", build.resolvedBase());
    assertEquals("$BUILDPLATFORM", build.platform());
    assertEquals(3, build.line());
    assertEquals(
        List.of("FROM", "WORKDIR", "RUN"),
        build.instructions().stream().map(i -> i.name()).toList());
    assertEquals(1, g.preamble().size());
    Stage runtime = g.stages().get(1);
    assertNull(runtime.name());
    assertEquals("1", runtime.label());
  }

  @Test
  void edgesOfAllThreeKindsResolveCaseInsensitively() {
    StageGraph g =
        graph(
            "FROM golang:1.22 AS build",
            "FROM build AS test",
            "RUN --mount=type=bind,from=BUILD,source=/src,target=/src go test",
            "FROM scratch",
            "COPY --from=Build /out/app /usr/bin/app",
            "COPY --from=0 /etc/ssl /etc/ssl",
            "COPY --from=nginx:latest /etc/nginx /etc/nginx");
    List<Edge> edges = g.edges();
    assertEquals(7, edges.size());
    assertEquals(new NodeRef.ImageRef("golang:1.22"), edges.get(0).from());
    assertEquals(EdgeKind.BASE, edges.get(1).kind());
    assertEquals(new NodeRef.StageRef(0), edges.get(1).from());
    assertEquals(EdgeKind.MOUNT, edges.get(2).kind());
    assertEquals(new NodeRef.StageRef(0), edges.get(2).from());
    assertEquals(3, edges.get(2).line());
    assertEquals(new NodeRef.ImageRef("scratch"), edges.get(3).from());
    assertEquals(new NodeRef.StageRef(0), edges.get(4).from());
    assertEquals(List.of("/out/app"), edges.get(4).sources());
    assertEquals("/usr/bin/app", edges.get(4).destination());
    assertEquals(new NodeRef.StageRef(0), edges.get(5).from());
    assertEquals(new NodeRef.ImageRef("nginx:latest"), edges.get(6).from());
    assertEquals(List.of("golang:1.22", "scratch", "nginx:latest"), g.externalImages());
  }

  @Test
  void copyReferencesToLaterStagesAreThoseStagesAsInBuildKit() {
    StageGraph g =
        graph(
            "FROM a AS first",
            "COPY --from=1 /x /x",
            "COPY --from=second /y /y",
            "FROM b AS second");
    assertEquals(new NodeRef.StageRef(1), g.edges().get(1).from());
    assertEquals(new NodeRef.StageRef(1), g.edges().get(2).from());
    assertEquals(
        List.of("stage-defined-below", "stage-defined-below"),
        g.stageDiagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void argDefaultsResolveOnlyWhereKnown() {
    StageGraph g =
        graph(
            "ARG A=alpine",
            "ARG B",
            "ARG C=${A}:3.20",
            "ARG D",
            "FROM ${C}",
            "FROM $B",
            "FROM ${D:-busybox}",
            "FROM ${A:+debian}");
    assertEquals(
        List.of("alpine:3.20", "$B", "busybox", "debian"),
        g.stages().stream().map(Stage::resolvedBase).toList());
    assertEquals("${C}", g.stages().get(0).base());
  }

  @Test
  void fromReferencingAStageThroughAnArg() {
    StageGraph g = graph("ARG VARIANT=build", "FROM alpine AS build", "FROM ${VARIANT}");
    assertEquals(new NodeRef.StageRef(0), g.edges().get(1).from());
  }

  @Test
  void duplicateAndInvalidStageNames() {
    StageGraph g = graph("FROM a AS base", "FROM b AS BASE", "FROM c AS 1bad");
    List<String> codes = g.stageDiagnostics().stream().map(Diagnostic::code).toList();
    assertEquals(List.of("duplicate-stage-name", "invalid-stage-name"), codes);
    assertEquals(2, g.stageDiagnostics().get(0).line());
    assertEquals(11, g.stageDiagnostics().get(0).column());
  }

  @Test
  void copyFromATypoOfAStageIsFlagged() {
    StageGraph g =
        graph(
            "FROM golang AS builder",
            "FROM scratch",
            "COPY --from=buidler /app /app",
            "COPY --from=alpine /x /x");
    List<Diagnostic> d = g.stageDiagnostics();
    assertEquals(1, d.size());
    assertEquals("unresolved-stage-reference", d.get(0).code());
    assertTrue(d.get(0).message().contains("\"builder\""));
    assertEquals(3, d.get(0).line());
    assertEquals(13, d.get(0).column());
  }

  @Test
  void instructionsBeforeTheFirstFromOtherThanArg() {
    StageGraph g = graph("ARG X", "RUN echo", "FROM a");
    assertEquals("instruction-before-from", g.stageDiagnostics().get(0).code());
  }

  @Test
  void stageAtAnOffset() {
    String text = "FROM a AS one\nRUN x\n\n# two\nFROM b\nRUN y\n";
    StageGraph g = StageGraph.parse(text);
    assertEquals(0, g.stageAt(text.indexOf("RUN x")).index());
    assertNull(g.stageAt(text.indexOf("# two")));
    assertEquals(1, g.stageAt(text.indexOf("RUN y")).index());
  }
}
