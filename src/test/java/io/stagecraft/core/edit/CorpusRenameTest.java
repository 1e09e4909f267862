package io.stagecraft.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renames every named stage of every multi-stage fixture Dockerfile (and external corpus file, when
 * a corpus is named) and checks the result against an oracle that works on the raw text with
 * regular expressions, independent of the parser: exactly the {@code AS} name, the FROM references
 * after it, {@code --from=} and mount {@code from=} values change, and not one other byte.
 */
class CorpusRenameTest {
  private static final String NEW_NAME = "renamed-stage";

  static Stream<Path> multiStageFiles() {
    return Fixtures.andCorpus().stream()
        .filter(
            p -> {
              StageGraph g = StageGraph.parse(Fixtures.read(p));
              return g.stages().size() > 1 && !g.dockerfile().hasErrors();
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("multiStageFiles")
  void renamingEachStageChangesOnlyItsReferences(Path file) throws Exception {
    String text = Fixtures.read(file);
    StageGraph graph = StageGraph.parse(text);
    assertTrue(text.indexOf(NEW_NAME) < 0);
    int renamed = 0;
    for (Stage stage : graph.stages()) {
      if (stage.name() == null
          || graph.stages().stream().filter(s -> s.isNamed(stage.name())).count() > 1) {
        continue;
      }
      String result = StageEdits.rename(graph, stage.index(), NEW_NAME).applyTo(text);
      assertEquals(oracle(text, stage.name(), stage.line()), result, "renaming " + stage.name());
      StageGraph after = StageGraph.parse(result);
      List<Edge> indirect = StageEdits.indirectReferences(graph, stage.index());
      assertEquals(
          shapeWithout(graph, indirect),
          shapeWithout(after, indirect),
          "the graph keeps its shape when " + stage.name() + " is renamed");
      for (Edge e : indirect) {
        assertTrue(
            after.edges().stream()
                .anyMatch(a -> a.line() == e.line() && a.from() instanceof NodeRef.ImageRef),
            "an ARG reference no longer resolves to the renamed stage, and is reported as such");
      }
      assertEquals(NEW_NAME, after.stages().get(stage.index()).name());
      renamed++;
    }
    assertTrue(renamed > 0 || graph.stages().stream().allMatch(s -> s.name() == null));
  }

  /** Each edge as kind, ends and line, leaving out those on the lines of {@code except}. */
  private static List<String> shapeWithout(StageGraph g, List<Edge> except) {
    List<String> out = new ArrayList<>();
    for (Edge e : g.edges()) {
      if (except.stream().anyMatch(x -> x.line() == e.line() && x.kind() == e.kind())) {
        continue;
      }
      out.add(e.kind() + " " + e.from() + " -> " + e.to() + " @" + e.line());
    }
    return out;
  }

  /** The expected text, computed line by line with regular expressions. */
  static String oracle(String text, String name, int definitionLine) {
    String quoted = Pattern.quote(name);
    Pattern asName = Pattern.compile("(?i)(^\\s*FROM\\s.*?\\sAS\\s+)" + quoted + "(\\s*)$");
    Pattern fromStage =
        Pattern.compile("(?i)(^\\s*FROM\\s+(?:--platform=\\S+\\s+)?)" + quoted + "(?=\\s|$)");
    Pattern copyFrom = Pattern.compile("(?i)(--from=)" + quoted + "(?=\\s|$)");
    Pattern mountFrom = Pattern.compile("(?i)(--mount=(?:\\S*,)?from=)" + quoted + "(?=[,\\s]|$)");
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("(?<=\n)", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int lineNumber = n + 1;
      String ending = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
      String body = line.substring(0, line.length() - ending.length());
      if (lineNumber == definitionLine) {
        body = replace(asName, body, "$2");
      } else if (lineNumber > definitionLine) {
        body = replace(fromStage, body, "");
        body = replace(copyFrom, body, "");
        body = replace(mountFrom, body, "");
      }
      out.append(body).append(ending);
    }
    return out.toString();
  }

  private static String replace(Pattern p, String body, String tail) {
    Matcher m = p.matcher(body);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + NEW_NAME) + tail);
  }
}
