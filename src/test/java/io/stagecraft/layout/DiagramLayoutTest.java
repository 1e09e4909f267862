package io.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {
  private static final String SAMPLE =
      """
      FROM golang:1.22 AS build
      RUN go build -o /out/app .

      FROM debian:bookworm AS tools
      RUN apt-get install -y ca-certificates

      FROM build AS test
      RUN --mount=type=cache,from=tools,target=/t go test ./...

      FROM gcr.io/distroless/static-debian12
      COPY --from=build /out/app /app
      COPY --from=tools /etc/ssl/certs /etc/ssl/certs
      """;

  @Test
  void rolesFollowHowStagesAreUsed() {
    DiagramContent content = DiagramBuilder.build(StageGraph.parse(SAMPLE), Set.of());
    assertEquals(StageRole.BUILDER, content.node("build").role());
    assertEquals(StageRole.BUILDER, content.node("tools").role());
    assertEquals(StageRole.UNUSED, content.node("test").role());
    assertEquals(StageRole.FINAL, content.node("#3").role());
    assertEquals(StageRole.EXTERNAL, content.node("image:golang:1.22").role());
    assertEquals("3", content.node("#3").title());
  }

  @Test
  void edgesKeepTheirKindAndCopyLabelsNameThePaths() {
    DiagramContent content = DiagramBuilder.build(StageGraph.parse(SAMPLE), Set.of());
    List<DiagramEdge> copies =
        content.edges().stream().filter(e -> e.kind() == EdgeKind.COPY).toList();
    assertEquals(
        List.of("/out/app", "/etc/ssl/certs"), copies.stream().map(DiagramEdge::label).toList());
    assertTrue(
        content.edges().stream()
            .anyMatch(
                e ->
                    e.kind() == EdgeKind.MOUNT
                        && e.fromId().equals("tools")
                        && e.toId().equals("test")));
    assertTrue(
        content.edges().stream()
            .anyMatch(
                e ->
                    e.kind() == EdgeKind.BASE
                        && e.fromId().equals("build")
                        && e.toId().equals("test")));
  }

  @Test
  void longStagesAreFoldedUnlessUnfolded() {
    StringBuilder text = new StringBuilder("FROM alpine AS long\n");
    for (int i = 0; i < 12; i++) {
      text.append("RUN step ").append(i).append('\n');
    }
    StageGraph graph = StageGraph.parse(text.toString());
    DiagramNode folded = DiagramBuilder.build(graph, Set.of()).node("long");
    assertEquals(BoxMetrics.FOLDED_ROWS, folded.rows().size());
    assertEquals(12 - BoxMetrics.FOLDED_ROWS, folded.hiddenRows());
    DiagramNode unfolded = DiagramBuilder.build(graph, Set.of("long")).node("long");
    assertEquals(12, unfolded.rows().size());
    assertEquals(0, unfolded.hiddenRows());
    assertTrue(unfolded.collapsible());
    assertTrue(unfolded.height() > folded.height());
  }

  @Test
  void layersRunLeftToRightWithoutOverlaps() {
    DiagramLayout layout =
        DiagramArranger.layout(DiagramBuilder.build(StageGraph.parse(SAMPLE), Set.of()), Map.of());
    assertTrue(layout.node("build").x() < layout.node("test").x());
    assertTrue(layout.node("build").x() < layout.node("#3").x());
    assertTrue(layout.node("image:golang:1.22").x() < layout.node("build").x());
    assertNoOverlaps(layout);
    for (RoutedEdge e : layout.edges()) {
      PlacedNode from = layout.node(e.edge().fromId());
      PlacedNode to = layout.node(e.edge().toId());
      assertEquals(from.x() + from.width(), e.start().x(), 1e-9);
      assertEquals(to.x(), e.end().x(), 1e-9);
    }
  }

  @Test
  void pinnedPositionsWinOverTheAutomaticLayout() {
    DiagramContent content = DiagramBuilder.build(StageGraph.parse(SAMPLE), Set.of());
    DiagramLayout layout = DiagramArranger.layout(content, Map.of("tools", new Point(900, 700)));
    PlacedNode tools = layout.node("tools");
    assertEquals(900, tools.x());
    assertEquals(700, tools.y());
    assertTrue(tools.pinned());
    assertTrue(layout.width() >= 900 + tools.width());
    assertFalse(layout.node("build").pinned());
  }

  /** Files BuildKit accepts; one with two stages of the same name, say, is not one of them. */
  @Test
  void theLargestFixturesAndCorpusFilesLayOutWithoutOverlaps() throws IOException {
    List<Path> largest =
        Fixtures.andCorpus().stream()
            .filter(p -> !StageGraph.parse(Fixtures.read(p)).hasErrors())
            .sorted((a, b) -> Integer.compare(stageCount(b), stageCount(a)))
            .limit(3)
            .toList();
    for (Path file : largest) {
      StageGraph graph = StageGraph.parse(Files.readString(file));
      DiagramLayout layout =
          DiagramArranger.layout(DiagramBuilder.build(graph, Set.of()), Map.of());
      assertEquals(
          graph.stages().size() + graph.externalImages().size(),
          layout.nodes().size(),
          file.toString());
      assertNoOverlaps(layout);
    }
  }

  private static int stageCount(Path file) {
    try {
      return StageGraph.parse(Files.readString(file)).stages().size();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void assertNoOverlaps(DiagramLayout layout) {
    List<PlacedNode> nodes = layout.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        PlacedNode a = nodes.get(i);
        PlacedNode b = nodes.get(j);
        boolean apart =
            a.x() + a.width() <= b.x()
                || b.x() + b.width() <= a.x()
                || a.y() + a.height() <= b.y()
                || b.y() + b.height() <= a.y();
        assertTrue(apart, a.node().id() + " overlaps " + b.node().id());
      }
    }
  }
}
