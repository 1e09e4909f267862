package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.build.LayerMapper.HistoryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerMapperTest {

  private static final String DOCKERFILE =
      "FROM stagecraft/busybox:latest\n" // 1
          + "WORKDIR /work\n" // 2
          + "# a comment\n" // 3
          + "RUN echo built > made.txt \\\n" // 4
          + " && echo e >&2\n" // 5
          + "COPY input.txt .\n" // 6
          + "USER 1000:1000\n" // 7
          + "CMD [\"sh\"]\n"; // 8

  private static List<Integer> lines(List<ImageLayer> layers) {
    return layers.stream().map(ImageLayer::line).toList();
  }

  @Test
  void classicHistoryWithTheBuildsOwnLabelStep() {
    // As GET /images/{id}/history returned it for this Dockerfile built by the classic builder.
    List<HistoryEntry> history =
        List.of(
            new HistoryEntry("/bin/sh -c #(nop)  LABEL io.stagecraft.project=p", 0),
            new HistoryEntry("/bin/sh -c #(nop)  LABEL io.stagecraft.built=true", 0),
            new HistoryEntry("/bin/sh -c #(nop)  CMD [\"sh\"]", 0),
            new HistoryEntry("/bin/sh -c #(nop)  USER 1000:1000", 0),
            new HistoryEntry(
                "/bin/sh -c #(nop) COPY file:af1ac58d052bab474c00b22394c2d7d3abef72b13f1e1922a2aedcc0e9a68ae3 in . ",
                17),
            new HistoryEntry("/bin/sh -c echo built > made.txt  && echo e >&2", 6),
            new HistoryEntry("/bin/sh -c #(nop) WORKDIR /work", 0),
            new HistoryEntry("", 1_990_000));
    List<ImageLayer> layers = LayerMapper.map(history, StepLocator.of(DOCKERFILE, null));
    assertEquals(List.of(1, 2, 4, 6, 7, 8, 0, 0), lines(layers));
    assertEquals(
        List.of(true, false, false, false, false, false, false, false),
        layers.stream().map(ImageLayer::fromBase).toList());
    assertEquals(17, layers.get(3).sizeBytes());
  }

  @Test
  void buildkitHistoryNamesTheInstructions() {
    List<HistoryEntry> history =
        List.of(
            new HistoryEntry("CMD [\"sh\"]", 0),
            new HistoryEntry("USER 1000:1000", 0),
            new HistoryEntry("COPY input.txt . # buildkit", 17),
            new HistoryEntry("RUN /bin/sh -c echo built > made.txt  && echo e >&2 # buildkit", 6),
            new HistoryEntry("WORKDIR /work", 0),
            new HistoryEntry("/bin/sh -c #(nop)  CMD [\"sh\"]", 0),
            new HistoryEntry("/bin/sh -c #(nop) ADD file:abc in / ", 1_990_000));
    List<ImageLayer> layers = LayerMapper.map(history, StepLocator.of(DOCKERFILE, null));
    assertEquals(List.of(1, 1, 2, 4, 6, 7, 8), lines(layers));
    assertEquals(2, layers.stream().filter(ImageLayer::fromBase).count());
  }

  @Test
  void theTargetStageOfAMultiStageFileIsTheOneMapped() {
    String dockerfile =
        "ARG BASE=x\nFROM ${BASE} AS build\nRUN make\n\nFROM ${BASE} AS runtime\nCOPY --from=build /out /out\nCMD [\"/out\"]\n";
    List<HistoryEntry> history =
        List.of(new HistoryEntry("RUN /bin/sh -c make # buildkit", 5), new HistoryEntry("", 100));
    assertEquals(
        List.of(2, 3), lines(LayerMapper.map(history, StepLocator.of(dockerfile, "build"))));
    List<HistoryEntry> runtime =
        List.of(
            new HistoryEntry("CMD [\"/out\"]", 0),
            new HistoryEntry("COPY /out /out # buildkit", 5),
            new HistoryEntry("", 100));
    assertEquals(
        List.of(5, 6, 7), lines(LayerMapper.map(runtime, StepLocator.of(dockerfile, null))));
  }

  @Test
  void withoutADockerfileEverythingIsUnmapped() {
    List<ImageLayer> layers = LayerMapper.map(List.of(new HistoryEntry("RUN x", 1)), null);
    assertEquals(List.of(new ImageLayer("RUN x", 1, 0, true)), layers);
  }
}
