package io.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.ui.code.DockerfileHighlighter;
import io.stagecraft.ui.code.StyleDelta;
import io.stagecraft.ui.code.StyledRange;
import io.stagecraft.ui.code.StyledSegment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The highlighter as a pure function from text to styles, and the restyling window. */
class HighlightingTest {
  private static final String TEXT =
      """
      # syntax=docker/dockerfile:1
      ARG BASE=debian
      FROM ${BASE} AS build
      RUN --mount=type=cache,target=/c echo "hi $HOME" # not a comment
      COPY <<EOF /x
      body
      EOF
      FROM scratch
      COPY --from=build /a /b
      CMD ["run"]
      """;

  @Test
  void stylesComeFromTheTokens() {
    assertEquals(Set.of("directive"), stylesAt("# syntax"));
    assertEquals(Set.of("keyword"), stylesAt("ARG"));
    assertEquals(Set.of("keyword"), stylesAt("AS build"));
    assertEquals(Set.of("stage-name"), stylesAt("build\nRUN"));
    assertEquals(Set.of("flag"), stylesAt("--mount"));
    assertEquals(Set.of("image", "variable"), stylesAt("${BASE} AS"));
    assertEquals(Set.of("string", "variable"), stylesAt("$HOME"));
    assertEquals(Set.of("string"), stylesAt("\"hi"));
    assertEquals(Set.of("heredoc"), stylesAt("body"));
    assertEquals(Set.of("heredoc-marker"), stylesAt("<<EOF"));
    assertEquals(Set.of("flag", "stage-ref"), stylesAt("build /a"));
    assertEquals(Set.of("string"), stylesAt("\"run\""));
    assertEquals(Set.of(), stylesAt("/a /b"));
  }

  @Test
  void segmentsCoverTheWholeTextWithoutGaps() {
    List<StyledSegment> segments = segments(TEXT);
    assertEquals(TEXT.length(), segments.stream().mapToInt(StyledSegment::length).sum());
    for (int i = 1; i < segments.size(); i++) {
      assertTrue(
          !segments.get(i).styles().equals(segments.get(i - 1).styles()), "neighbours are merged");
    }
  }

  @Test
  void restylingCoversOnlyWhatChanged() {
    String before = "FROM a AS build\nRUN one\n\nFROM b\nCOPY --from=build /x /y\n";
    String after = before.replace("RUN one", "RUN two");
    int at = before.indexOf("one");
    StyleDelta delta = StyleDelta.between(segments(before), segments(after), at, at + 3);
    assertTrue(delta.start() <= at && delta.end() >= at + 3, delta.toString());
    assertTrue(
        delta.end() - delta.start() < 12,
        "a change inside a word restyles about that word: " + delta);

    String renamed = before.replace("build", "compile");
    int nameAt = before.indexOf("build");
    StyleDelta rename = StyleDelta.between(segments(before), segments(renamed), nameAt, nameAt + 7);
    assertEquals(nameAt, rename.start());
    assertTrue(
        rename.end() >= renamed.lastIndexOf("compile") + 7,
        "both the name and its reference: " + rename);
    assertTrue(rename.end() <= renamed.length() - " /x /y\n".length());
  }

  private static Set<String> stylesAt(String marker) {
    int offset = TEXT.indexOf(marker);
    assertTrue(offset >= 0, marker);
    int pos = 0;
    for (StyledSegment s : segments(TEXT)) {
      if (offset < pos + s.length()) {
        return s.styles();
      }
      pos += s.length();
    }
    throw new AssertionError(marker);
  }

  private static List<StyledSegment> segments(String text) {
    List<StyledRange> ranges = DockerfileHighlighter.ranges(StageGraph.parse(text));
    return DockerfileHighlighter.segments(ranges, text.length());
  }
}
