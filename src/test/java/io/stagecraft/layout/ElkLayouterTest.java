package io.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.StageGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElkLayouterTest {
  @Test
  void parallelArrowsReachTheLayoutAsOneWithTheWidestLabel() {
    DiagramEdge shortPath = edge("builder", "runtime", "/a");
    DiagramEdge longPath = edge("builder", "runtime", "/usr/local/lib/python3.12/site-packages");
    DiagramEdge base = edge("image", "builder", "");
    DiagramEdge again = edge("builder", "runtime", "/bin");

    assertEquals(
        List.of(longPath, base),
        ElkLayouter.oneEdgePerPair(List.of(shortPath, base, longPath, again)),
        "one arrow per pair of boxes, in the order of each pair's first arrow");
  }

  @Test
  void aStageThatCopiesFromOneBuilderManyTimesIsPlacedAsIfItCopiedOnce() {
    String manyCopies =
        """
        FROM debian:bookworm AS builder
        RUN make
        FROM debian:bookworm-slim AS runtime
        COPY --from=builder /out/bin /usr/local/bin
        COPY --from=builder /out/lib/libexample.so.1 /usr/local/lib
        COPY --from=builder /out/share /usr/local/share
        COPY --from=builder /etc/example.conf /etc
        """;
    String oneCopy =
        """
        FROM debian:bookworm AS builder
        RUN make
        FROM debian:bookworm-slim AS runtime
        COPY --from=builder /out/lib/libexample.so.1 /usr/local/lib
        """;

    assertEquals(
        ElkLayouter.place(content(oneCopy)),
        ElkLayouter.place(content(manyCopies)),
        "every box is placed at the same corner");
  }

  private static DiagramContent content(String text) {
    // Names only: the boxes have the same sizes in both files, so only the arrows differ.
    return DiagramBuilder.build(StageGraph.parse(text), Set.of(), true);
  }

  private static DiagramEdge edge(String from, String to, String label) {
    return new DiagramEdge(0, EdgeKind.COPY, from, to, label, false, List.of());
  }
}
