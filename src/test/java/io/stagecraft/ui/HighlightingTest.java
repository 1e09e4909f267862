package io.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.ui.highlight.DockerfileHighlighter;
import io.stagecraft.ui.highlight.ParagraphStyles;
import io.stagecraft.ui.highlight.StyledRange;
import io.stagecraft.ui.highlight.StyledSegment;
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
  void restylingCoversOnlyTheLinesThatChanged() {
    String before = "FROM a AS build\nRUN one\n\nFROM b\nCOPY --from=build /x /y\n";
    String after = before.replace("RUN one", "RUN two");
    assertEquals(
        new ParagraphStyles.Range(1, 2),
        ParagraphStyles.changed(lines(before), lines(after)),
        "a change inside a word restyles its line");

    String renamed = before.replace("build", "compile");
    assertEquals(
        new ParagraphStyles.Range(0, 5),
        ParagraphStyles.changed(lines(before), lines(renamed)),
        "both the name and its reference, on the first and the fifth line");

    String added = before.replace("RUN one\n", "RUN one\nRUN more\n");
    assertEquals(
        new ParagraphStyles.Range(2, 3), ParagraphStyles.changed(lines(before), lines(added)));
  }

  @Test
  void linesLeaveTheirBreakOutEvenWhenItIsCrLf() {
    ParagraphStyles lf = lines("FROM a AS build\nRUN \"x\"\n");
    ParagraphStyles crlf = lines("FROM a AS build\r\nRUN \"x\"\r\n");
    assertEquals(3, lf.size());
    for (int i = 0; i < lf.size(); i++) {
      assertEquals(lf.line(i), crlf.line(i));
    }
    assertEquals("RUN \"x\"", lf.line(1).text());
    assertEquals(
        lf.line(1).text().length(),
        lf.line(1).segments().stream().mapToInt(StyledSegment::length).sum());
  }

  private static ParagraphStyles lines(String text) {
    return ParagraphStyles.of(StageGraph.parse(text));
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
