package io.stagecraft.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Severity;
import io.stagecraft.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StageReferencesTest {

  private static String text(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static StageGraph graph(String... lines) {
    return StageGraph.parse(text(lines));
  }

  private static List<Diagnostic> withCode(StageGraph g, String code) {
    return g.stageDiagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  /** The shape of moby/buildkit's final stages, which name stages through platform args. */
  private static final String[] BUILDKIT_SHAPE = {
    "ARG BUILDKIT_DEBUG",
    "FROM scratch AS binaries-linux",
    "FROM scratch AS binaries-darwin",
    "FROM binaries-$TARGETOS AS binaries",
    "FROM binaries AS buildkit-linux",
    "FROM buildkit-linux AS buildkit-linux-debug",
    "FROM binaries AS buildkit-darwin",
    "FROM buildkit-$TARGETOS${BUILDKIT_DEBUG:+-debug} AS buildkit"
  };

  @Test
  void automaticPlatformArgsResolveStagesOnTheDefaultPlatform() {
    StageGraph g = graph(BUILDKIT_SHAPE);
    Edge binaries = g.edgesInto(2).get(0);
    assertEquals(new NodeRef.StageRef(0), binaries.from());
    assertTrue(binaries.dependsOnArgs());
    assertEquals(List.of("binaries-linux", "binaries-darwin"), binaries.candidates());
    Edge buildkit = g.edgesInto(6).get(0);
    assertEquals(new NodeRef.StageRef(3), buildkit.from());
    assertTrue(buildkit.dependsOnArgs());
    assertEquals(
        List.of("buildkit-linux", "buildkit-linux-debug", "buildkit-darwin"),
        buildkit.candidates());
    assertEquals("buildkit-linux", g.stages().get(6).resolvedBase());
    assertEquals(List.of("scratch"), g.externalImages());
    assertTrue(g.stageDiagnostics().isEmpty(), () -> "diagnostics: " + g.stageDiagnostics());
  }

  @Test
  void theEnginesPlatformAndTheVariantsBuildArgsChooseTheStage() {
    ReferenceContext darwinDebug =
        ReferenceContext.forEngine("darwin", "arm64", Map.of("BUILDKIT_DEBUG", "1"));
    StageGraph darwin = StageGraph.parse(text(BUILDKIT_SHAPE), darwinDebug);
    assertEquals(new NodeRef.StageRef(1), darwin.edgesInto(2).get(0).from());
    // buildkit-darwin-debug does not exist: BuildKit would pull it, and says so.
    assertEquals(new NodeRef.ImageRef("buildkit-darwin-debug"), darwin.edgesInto(6).get(0).from());
    Diagnostic d = withCode(darwin, "unresolved-stage-reference").get(0);
    assertEquals(8, d.line());
    assertTrue(d.message().contains("buildkit-linux-debug"), d.message());

    StageGraph linuxDebug =
        StageGraph.parse(
            text(BUILDKIT_SHAPE),
            ReferenceContext.DEFAULT.withBuildArgs(Map.of("BUILDKIT_DEBUG", "1")));
    assertEquals(new NodeRef.StageRef(4), linuxDebug.edgesInto(6).get(0).from());
  }

  @Test
  void globalDefaultsAndTheDashAndPlusForms() {
    StageGraph g =
        graph(
            "ARG FLAVOUR=slim",
            "ARG EXTRA",
            "FROM alpine AS base-slim",
            "FROM alpine AS base-full",
            "FROM base-${FLAVOUR:-full} AS a",
            "FROM base-${MISSING:-full} AS b",
            "FROM base-full${EXTRA:+-extra} AS c");
    assertEquals(new NodeRef.StageRef(0), g.edgesInto(2).get(0).from());
    assertEquals(new NodeRef.StageRef(1), g.edgesInto(3).get(0).from());
    assertEquals(new NodeRef.StageRef(1), g.edgesInto(4).get(0).from());
  }

  @Test
  void copyFromReadsTheArgsTheStageDeclares() {
    StageGraph g =
        graph(
            "ARG SRC=one",
            "FROM alpine AS one",
            "FROM alpine AS two",
            "FROM scratch",
            "ARG SRC",
            "COPY --from=$SRC /a /a",
            "ARG SRC=two",
            "COPY --from=${SRC} /b /b");
    List<Edge> copies = g.edgesInto(2).stream().filter(e -> e.kind() == EdgeKind.COPY).toList();
    assertEquals(new NodeRef.StageRef(0), copies.get(0).from());
    assertEquals(new NodeRef.StageRef(1), copies.get(1).from());
    assertTrue(copies.get(0).dependsOnArgs());
    // A bare variable can name any stage, so listing them all would say nothing.
    assertEquals(List.of(), copies.get(0).candidates());
  }

  @Test
  void copyFromAnUnknownBareNameWarnsAndOffersTheStages() {
    StageGraph g = graph("FROM golang AS builder", "FROM scratch", "COPY --from=nosuch /app /app");
    List<Diagnostic> d = withCode(g, "unresolved-stage-reference");
    assertEquals(1, d.size());
    assertEquals(Severity.WARNING, d.get(0).severity());
    assertEquals(3, d.get(0).line());
    assertEquals(13, d.get(0).column());
    assertEquals(List.of("builder"), g.referenceSuggestions().get(0).replacements());
  }

  @Test
  void aTypoGetsDidYouMean() {
    StageGraph g =
        graph(
            "FROM golang AS builder",
            "FROM buidler AS test",
            "FROM scratch",
            "RUN --mount=from=buildr,target=/x true");
    List<Diagnostic> d = withCode(g, "unresolved-stage-reference");
    assertEquals(2, d.size());
    assertTrue(d.get(0).message().contains("did you mean \"builder\""), d.get(0).message());
    assertEquals(2, d.get(0).line());
    assertEquals(6, d.get(0).column());
    assertTrue(d.get(1).message().contains("did you mean \"builder\""), d.get(1).message());
  }

  @Test
  void plausibleImagesStaySilent() {
    StageGraph g =
        graph(
            "FROM golang AS builder",
            "FROM scratch",
            "COPY --from=alpine /x /x",
            "COPY --from=gcr.io/distroless/static:nonroot /y /y",
            "COPY --from=tonistiigi/xx / /");
    assertTrue(g.stageDiagnostics().isEmpty(), () -> "diagnostics: " + g.stageDiagnostics());
  }

  @Test
  void copyFromAStageFurtherDownIsThatStageWithAWarning() {
    StageGraph g =
        graph("FROM alpine AS app", "COPY --from=tools /bin/tool /bin/", "FROM golang AS tools");
    Edge copy = g.edgesInto(0).get(1);
    assertEquals(new NodeRef.StageRef(1), copy.from());
    Diagnostic d = withCode(g, "stage-defined-below").get(0);
    assertEquals(2, d.line());
    assertTrue(d.message().contains("line 3"), d.message());
    assertTrue(g.externalImages().stream().noneMatch(i -> i.equals("tools")));
  }

  @Test
  void fromAStageFurtherDownIsAnImageWithAWarning() {
    StageGraph g = graph("FROM tools AS app", "FROM golang AS tools");
    assertEquals(new NodeRef.ImageRef("tools"), g.edgesInto(0).get(0).from());
    assertEquals(1, withCode(g, "stage-defined-below").size());
  }

  @Test
  void aCircleOfStagesIsBuildKitsError() {
    StageGraph g =
        graph(
            "FROM busybox AS stage0",
            "COPY --from=stage2 f1 /sub/",
            "FROM busybox AS stage1",
            "COPY --from=stage0 f2 /sub/",
            "FROM busybox AS stage2",
            "COPY --from=stage1 f2 /sub/");
    List<Diagnostic> d = withCode(g, "circular-stage-dependency");
    assertEquals(1, d.size());
    assertEquals("circular dependency detected on stage: stage0", d.get(0).message());
    assertTrue(d.get(0).isError());
    assertEquals(
        1,
        withCode(graph("FROM busybox AS s", "COPY --from=s a b"), "circular-stage-dependency")
            .size());
  }

  @Test
  void anIndexPastTheLastStageIsAnError() {
    StageGraph g = graph("FROM alpine", "FROM scratch", "COPY --from=5 /a /a");
    assertEquals(1, withCode(g, "stage-index-out-of-range").size());
  }

  @Test
  void argExpanderPatternMatchesEveryExpansion() {
    var p = ArgExpander.pattern("buildkit-$TARGETOS${DEBUG:+-debug}");
    assertTrue(p.matcher("buildkit-linux").matches());
    assertTrue(p.matcher("buildkit-windows-debug").matches());
    assertFalse(p.matcher("binaries-linux").matches());
    assertTrue(ArgExpander.hasVariables("a-${X}"));
    assertFalse(ArgExpander.hasVariables("a-\\$X"));
    assertEquals("", ArgExpander.buildkit(Map.of()).expand("${X:+y}"));
  }

  @Test
  void mobyBuildkitsDockerfileHasNoExternalStageLookalikes() throws Exception {
    Assumptions.assumeTrue(Corpus.named(), Corpus.NOT_NAMED);
    Path file = Corpus.file("moby__buildkit__Dockerfile");
    StageGraph g = StageGraph.parse(Files.readString(file));
    assertTrue(
        g.externalImages().stream()
            .noneMatch(i -> i.startsWith("buildkit-") || i.startsWith("binaries-")),
        () -> "external: " + g.externalImages());
    assertTrue(
        g.stageDiagnostics().stream().noneMatch(d -> d.code().equals("unresolved-stage-reference")),
        () -> "diagnostics: " + g.stageDiagnostics());
  }
}
