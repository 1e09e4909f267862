package io.stagecraft.core.split;

import static io.stagecraft.core.split.SplitChecks.assertWellFormed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Fixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Splits every stage of every real Dockerfile of the corpus before each of its instructions, onto a
 * runtime without a shell and one with, and checks that each split is one well-formed edit that
 * leaves every other byte alone.
 */
class CorpusSplitTest {

  static Stream<Path> files() {
    return Fixtures.andCorpus().stream()
        .filter(p -> !StageGraph.parse(Fixtures.read(p)).hasErrors());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everySplitPointGivesAWellFormedSplit(Path file) throws Exception {
    String text = Fixtures.read(file);
    StageGraph graph = StageGraph.parse(text);
    SplitAssistant assistant = new SplitAssistant();
    int splits = 0;
    int refused = 0;
    for (Stage stage : graph.stages()) {
      for (int i = 2; i <= stage.instructions().size(); i++) {
        int line =
            i < stage.instructions().size()
                ? stage.instructions().get(i).line()
                : stage.instructions().get(i - 1).range().endLine() + 1;
        if (i == stage.instructions().size() && stage.index() < graph.stages().size() - 1) {
          continue;
        }
        for (String runtime :
            new String[] {"gcr.io/distroless/static-debian12", "debian:bookworm-slim"}) {
          try {
            assertWellFormed(
                assistant.splitAt(text, line, SplitOptions.defaults().withRuntime(runtime)));
            splits++;
          } catch (EditException e) {
            // A real file may take both default names, or end with a dangling line continuation.
            assertTrue(
                e.getMessage().contains("name")
                    || e.getMessage().contains("ends with a line continuation"),
                file + " line " + line + ": " + e.getMessage());
            refused++;
          }
        }
      }
    }
    try {
      assertWellFormed(assistant.slim(text, SplitOptions.defaults()));
    } catch (EditException e) {
      assertTrue(
          e.getMessage().contains("multi-stage")
              || e.getMessage().contains("Nothing to copy")
              || e.getMessage().contains("minimal runtime")
              || e.getMessage().contains("only the FROM")
              || e.getMessage().contains("ends with a line continuation"),
          file + ": " + e.getMessage());
    }
    assertTrue(
        splits + refused > 0 || graph.stages().stream().allMatch(s -> s.instructions().size() < 2),
        file.toString());
  }
}
