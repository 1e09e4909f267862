package io.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Corpus;
import io.stagecraft.testing.SyntheticDockerfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No box on another box or a label, boxes that stay put across edits, and drops that land clear.
 */
class StableReadableLayoutTest {
  private static final String BASE =
      """
      FROM golang:1.22 AS build
      RUN go build -o /out/app .

      FROM debian:bookworm AS tools
      RUN apt-get install -y ca-certificates

      FROM build AS test
      RUN go test ./...
      """;

  private static DiagramContent content(String text) {
    return DiagramBuilder.build(StageGraph.parse(text), Set.of());
  }

  private static DiagramLayout fresh(String text) {
    return DiagramArranger.layout(content(text), Map.of());
  }

  /** Every pair of boxes, and every box and label, and every two labels, apart. */
  static void assertReadable(DiagramLayout layout) {
    List<Rect> boxes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (PlacedNode n : layout.nodes()) {
      boxes.add(Rect.of(n));
      names.add(n.node().id());
    }
    for (RoutedEdge e : layout.edges()) {
      if (e.labelBounds() != null) {
        boxes.add(e.labelBounds());
        names.add(
            "label \"" + e.edge().label() + "\" of " + e.edge().fromId() + "->" + e.edge().toId());
      }
    }
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(
            boxes.get(i).overlaps(boxes.get(j)), names.get(i) + " overlaps " + names.get(j));
      }
    }
    Rect all = layout.bounds();
    for (int i = 0; i < boxes.size(); i++) {
      Rect b = boxes.get(i);
      assertTrue(
          b.x() >= all.x() && b.y() >= all.y() && b.maxX() <= all.maxX() && b.maxY() <= all.maxY(),
          names.get(i) + " is outside the drawing's bounds");
    }
  }

  @Test
  void aDuplicateStageNameIsABoxOfItsOwn() {
    String text = BASE + "FROM alpine AS build\nRUN true\n";
    DiagramLayout layout = fresh(text);
    assertEquals(7, layout.nodes().size(), "3 + 1 stages and 3 images");
    PlacedNode first = layout.node("build");
    PlacedNode second = layout.node("build#3");
    assertNotNull(second);
    assertFalse(Rect.of(first).overlaps(Rect.of(second)));
    assertReadable(layout);
  }

  @Test
  void copyLabelsKeepClearOfBoxesAndHandles() {
    String text =
        BASE
            + """
            FROM gcr.io/distroless/static-debian12
            COPY --from=build /out/app /app
            COPY --from=tools /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
            COPY --from=tools /usr/share/zoneinfo /usr/share/zoneinfo
            COPY --from=test /tmp/report.xml /report.xml
            """;
    DiagramLayout layout = fresh(text);
    assertEquals(4, layout.edges().stream().filter(e -> e.labelBounds() != null).count());
    assertReadable(layout);
  }

  @Test
  void existingBoxesKeepTheirPlacesAndANewFinalStageJoinsWhatItCopiesFrom() {
    DiagramContent before = content(BASE);
    Map<String, Point> placed = StablePlacement.place(before, null, Map.of());
    String edited = BASE + "FROM alpine AS final\nCOPY --from=test /out /out\n";
    DiagramContent after = content(edited);
    Map<String, Point> next = StablePlacement.place(after, before, placed);
    for (String id : placed.keySet()) {
      assertEquals(placed.get(id), next.get(id), id + " moved");
    }
    Point test = next.get("test");
    Point fin = next.get("final");
    assertTrue(
        fin.x() > test.x() + after.node("test").width(),
        "the new stage is right of the stage it copies from: " + fin + " vs " + test);
    DiagramLayout layout = DiagramArranger.arrange(after, next, Map.of());
    assertReadable(layout);
  }

  @Test
  void aNewStageInALargeDiagramIsPlacedAmongTheKeptBoxesWithoutAFreshLayout() {
    String text = SyntheticDockerfile.generate(1_000, 30);
    DiagramContent before = content(text);
    Map<String, Point> placed = StablePlacement.place(before, null, Map.of());
    String edited = text + "FROM stage29 AS release\nRUN echo done\n";
    DiagramContent after = content(edited);
    long elkBefore = ElkLayouter.runs();
    Map<String, Point> next = StablePlacement.place(after, before, placed);
    assertEquals(elkBefore, ElkLayouter.runs(), "ELK laid the whole diagram out again");
    for (String id : placed.keySet()) {
      assertEquals(placed.get(id), next.get(id), id + " moved");
    }
    Point from = next.get("stage29");
    Point release = next.get("release");
    assertTrue(
        release.x() >= from.x() + after.node("stage29").width(),
        "the new stage is right of the stage it comes from: " + release + " vs " + from);
    assertReadable(DiagramArranger.arrange(after, next, Map.of()));
  }

  @Test
  void aBoxThatGrowsIntoAnotherPushesOnlyItselfClear() {
    DiagramContent before = content(BASE);
    Map<String, Point> placed = StablePlacement.place(before, null, Map.of());
    String grown =
        BASE.replace("RUN go build -o /out/app .\n", "RUN go build -o /out/app .\n".repeat(6));
    DiagramContent after = content(grown);
    Map<String, Point> next = StablePlacement.place(after, before, placed);
    assertEquals(placed.get("tools"), next.get("tools"));
    assertReadable(DiagramArranger.arrange(after, next, Map.of()));
  }

  @Test
  void aBoxDroppedOnAnotherLandsClearOfIt() {
    DiagramLayout layout = fresh(BASE);
    PlacedNode tools = layout.node("tools");
    Point onTools = new Point(tools.x() + 10, tools.y() + 10);
    Point landed = DiagramArranger.dropPosition(layout, "test", onTools);
    assertNotEquals(onTools, landed);
    Map<String, Point> pins = new HashMap<>(Map.of("test", landed));
    assertReadable(DiagramArranger.arrange(content(BASE), ElkLayouter.place(content(BASE)), pins));
    Point free = new Point(tools.x(), tools.y() + 2000);
    assertEquals(free, DiagramArranger.dropPosition(layout, "test", free));
  }

  @Test
  void anAutomaticBoxUnderAPinnedOneMovesClear() {
    DiagramContent c = content(BASE);
    Map<String, Point> automatic = ElkLayouter.place(c);
    DiagramLayout plain = DiagramArranger.arrange(c, automatic, Map.of());
    PlacedNode tools = plain.node("tools");
    Map<String, Point> pins = Map.of("build", new Point(tools.x() + 5, tools.y() + 5));
    assertReadable(DiagramArranger.arrange(c, automatic, pins));
  }

  @Test
  void corpusFilesDrawReadably() {
    Assumptions.assumeTrue(Corpus.named(), Corpus.NOT_NAMED);
    for (Path file : Corpus.files()) {
      if (file.getFileName().toString().startsWith("moby__")
          || file.getFileName().toString().contains("docker-library")
          || file.getFileName().toString().contains("kind")) {
        assertReadable(
            DiagramArranger.layout(
                DiagramBuilder.build(StageGraph.parse(Corpus.read(file)), Set.of()), Map.of()));
      }
    }
  }
}
