package io.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.ReferenceContext;
import io.stagecraft.core.model.StageGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A fresh layout (the first one, and Reset Layout) spends no column on anything but boxes: an
 * external image stands in the column just before the stage that uses it, beside that column's
 * stages, and an arrow's label widens the gap it runs in instead of taking a column of its own.
 */
class CompactFirstLayoutTest {
  /** The built-in sample with the build args its variant B builds with. */
  private static final Map<String, String> SAMPLE_ARGS =
      Map.of(
          "BUILD_IMAGE", "stagecraft/debian:bookworm",
          "RUNTIME_IMAGE", "stagecraft/distroless-python3:latest");

  private static final String GO =
      """
      FROM golang:1.22 AS build
      RUN go build -o /out/app .

      FROM debian:bookworm AS tools
      RUN apt-get install -y ca-certificates

      FROM gcr.io/distroless/static-debian12:nonroot
      COPY --from=build /out/app /app
      COPY --from=tools /etc/ssl/certs /etc/ssl/certs
      """;

  private static DiagramLayout fresh(String text, Map<String, String> args) {
    StageGraph graph = StageGraph.parse(text, ReferenceContext.DEFAULT.withBuildArgs(args));
    return DiagramArranger.layout(DiagramBuilder.build(graph, Set.of()), Map.of());
  }

  private static DiagramLayout sample() throws IOException {
    return fresh(
        Files.readString(Path.of("assets/samples/python-calculator/Dockerfile.multistage")),
        SAMPLE_ARGS);
  }

  /** The boxes that lie wholly right of {@code left} and wholly left of {@code right}. */
  private static List<String> between(DiagramLayout layout, PlacedNode left, PlacedNode right) {
    List<String> found = new ArrayList<>();
    for (PlacedNode n : layout.nodes()) {
      if (n.x() >= left.x() + left.width() && n.x() + n.width() <= right.x()) {
        found.add(n.node().id());
      }
    }
    return found;
  }

  private static boolean sameColumn(PlacedNode a, PlacedNode b) {
    return a.x() < b.x() + b.width() && b.x() < a.x() + a.width();
  }

  @Test
  void theSamplesRuntimeImageStandsInTheBuildersColumnNotBetweenTheStages() throws IOException {
    DiagramLayout layout = sample();
    PlacedNode build = layout.node("build");
    PlacedNode runtime = layout.node("runtime");
    PlacedNode runtimeImage = layout.node("image:stagecraft/distroless-python3:latest");
    assertEquals(List.of(), between(layout, build, runtime), "boxes between build and runtime");
    assertTrue(
        sameColumn(runtimeImage, build),
        "the runtime's base image shares the builder's column: " + runtimeImage + " " + build);
    assertFalse(Rect.of(runtimeImage).overlaps(Rect.of(build)), "the image is beside the builder");
  }

  @Test
  void theSampleIsThreeColumnsWideWithOneLabelInItsGaps() throws IOException {
    DiagramLayout layout = sample();
    PlacedNode buildImage = layout.node("image:stagecraft/debian:bookworm");
    PlacedNode build = layout.node("build");
    PlacedNode runtime = layout.node("runtime");
    double label = LabelPlacer.width("/app");
    double columns = buildImage.width() + build.width() + runtime.width();
    double gaps = 2 * ElkLayouter.LAYER_SPACING + label + LabelPlacer.CLEARANCE * 2;
    assertTrue(
        layout.width() <= columns + gaps + 2 * DiagramArranger.MARGIN,
        "the sample is "
            + layout.width()
            + " wide; its three columns and two gaps are "
            + (columns + gaps + 2 * DiagramArranger.MARGIN));
    StableReadableLayoutTest.assertReadable(layout);
  }

  @Test
  void everyImageStandsInTheColumnJustBeforeTheFirstStageThatUsesIt() throws IOException {
    for (DiagramLayout layout : List.of(sample(), fresh(GO, Map.of()))) {
      for (RoutedEdge e : layout.edges()) {
        if (e.edge().fromId().startsWith("image:")) {
          PlacedNode image = layout.node(e.edge().fromId());
          PlacedNode stage = layout.node(e.edge().toId());
          assertEquals(
              List.of(),
              between(layout, image, stage),
              "boxes between " + image.node().id() + " and " + stage.node().id());
        }
      }
      StableReadableLayoutTest.assertReadable(layout);
    }
  }

  @Test
  void aLongCopyLabelStillGetsItsRoomBetweenTheTwoStages() {
    String text =
        """
        FROM golang:1.22 AS build
        RUN go build -o /out/app .
        FROM debian:bookworm
        COPY --from=build /out/app /out/other-program /usr/local/bin/
        """;
    DiagramLayout layout = fresh(text, Map.of());
    RoutedEdge copy =
        layout.edges().stream().filter(e -> !e.edge().label().isEmpty()).findFirst().orElseThrow();
    PlacedNode build = layout.node("build");
    PlacedNode last = layout.node("#1");
    Rect label = copy.labelBounds();
    assertTrue(
        label.x() >= build.x() + build.width() && label.maxX() <= last.x(),
        "the label " + label + " lies in the gap between " + build + " and " + last);
    StableReadableLayoutTest.assertReadable(layout);
  }
}
