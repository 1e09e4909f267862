package io.stagecraft.core.split;

import static io.stagecraft.core.split.SplitChecks.assertWellFormed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-click split of each sample app, against a golden file and against the expert's design.
 */
class SampleSplitTest {
  private static final Path SAMPLES = Path.of("assets", "samples");

  private static SplitPreview slim(String sample) throws Exception {
    String text = Files.readString(SAMPLES.resolve(sample).resolve("Dockerfile"));
    return new SplitAssistant().slim(text, SplitOptions.defaults());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"python-calculator", "go-primes", "c-checksum", "node-roman", "java-wordfreq"})
  void oneClickSplitMatchesItsGoldenFile(String sample) throws Exception {
    SplitPreview p = slim(sample);
    assertWellFormed(p);
    String golden =
        Files.readString(
            Path.of("src", "test", "resources", "split-golden", sample + ".Dockerfile"));
    assertEquals(golden, p.after());
    assertFalse(p.hasProblems(), p.notes().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"python-calculator", "go-primes", "c-checksum", "node-roman", "java-wordfreq"})
  void oneClickSplitPicksTheExpertsRuntimeAndCopiesWhatTheExpertCopies(String sample)
      throws Exception {
    StageGraph split = StageGraph.parse(slim(sample).after());
    StageGraph expert =
        StageGraph.parse(
            Files.readString(SAMPLES.resolve(sample).resolve("Dockerfile.multistage")));
    assertEquals(expert.finalStage().resolvedBase(), split.finalStage().resolvedBase());
    assertEquals(copied(expert), copied(split));
  }

  /**
   * On {@code scratch}, which the engine tests stand in for distroless static with, the split runs
   * as the same numeric non-root user the expert's design sets.
   */
  @ParameterizedTest
  @ValueSource(strings = {"go-primes", "c-checksum"})
  void onScratchTheSplitRunsAsTheExpertsUser(String sample) throws Exception {
    String text = Files.readString(SAMPLES.resolve(sample).resolve("Dockerfile"));
    SplitPreview p =
        new SplitAssistant().slim(text, SplitOptions.defaults().withRuntime("scratch"));
    assertWellFormed(p);
    assertFalse(p.hasProblems(), p.notes().toString());
    List<String> expert =
        users(Files.readString(SAMPLES.resolve(sample).resolve("Dockerfile.multistage")));
    assertEquals(List.of("USER 65532:65532"), expert);
    assertEquals(expert, users(p.after()));
  }

  private static List<String> users(String dockerfile) {
    StageGraph graph = StageGraph.parse(dockerfile);
    return graph.finalStage().instructions().stream()
        .filter(i -> i.is(io.stagecraft.core.syntax.Keyword.USER))
        .map(i -> i.range().of(graph.dockerfile().text()).strip())
        .toList();
  }

  /** The paths the final stage copies from other stages. */
  private static Set<String> copied(StageGraph graph) {
    Stage last = graph.finalStage();
    Set<String> sources = new TreeSet<>();
    for (Edge e : graph.edgesInto(last.index())) {
      if (e.kind() == EdgeKind.COPY) {
        sources.addAll(e.sources());
      }
    }
    return sources;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"python-calculator", "go-primes", "c-checksum", "node-roman", "java-wordfreq"})
  void everySampleHasBothDockerfiles(String sample) {
    for (String name : List.of("Dockerfile", "Dockerfile.multistage")) {
      StageGraph g = StageGraph.parse(readUnchecked(SAMPLES.resolve(sample).resolve(name)));
      assertFalse(g.hasErrors(), sample + "/" + name + ": " + g.diagnostics());
    }
  }

  private static String readUnchecked(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
