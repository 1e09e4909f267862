package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DockerfileFormatterTest {
  private static String format(String text) {
    return DockerfileFormatter.document(Analysis.of(text), DockerfileFormatter.Options.defaults())
        .applyTo(text);
  }

  @Test
  void casingSpacingIndentationAndJson() {
    String text =
        "# keep   this  comment\n"
            + "from  alpine as build\n"
            + "run\tapk add \\\n"
            + "  gcc \\\n"
            + "\t\tmake\n"
            + "\n"
            + "cmd [ \"a\",\"b\" ]\n";
    String expected =
        "# keep   this  comment\n"
            + "FROM alpine AS build\n"
            + "RUN apk add \\\n"
            + "    gcc \\\n"
            + "    make\n"
            + "\n"
            + "CMD [\"a\", \"b\"]\n";
    assertEquals(expected, format(text));
  }

  @Test
  void heredocBodiesCommentsInContinuationsAndUnknownWordsStay() {
    String text =
        "FROM alpine\n"
            + "run <<EOF\n"
            + "  indented   body\n"
            + "EOF\n"
            + "RUN a \\\n"
            + "# inner comment\n"
            + "  b\n"
            + "FORM x\n";
    String out = format(text);
    assertTrue(out.contains("RUN <<EOF\n  indented   body\nEOF\n"), out);
    assertTrue(out.contains("# inner comment\n    b\n"), out);
    assertTrue(out.endsWith("FORM x\n"), out);
  }

  @Test
  void formattingTwiceChangesNothingMore() {
    String text = "from alpine\nonbuild run  x \\\n y\nenv A=1\ncmd [\"x\"]\n";
    String once = format(text);
    assertEquals(once, format(once));
    assertTrue(once.contains("ONBUILD RUN x \\\n    y\n"), once);
  }

  @Test
  void rangeFormatsOnlyTheInstructionsItTouches() {
    String text = "from alpine\nrun  x\nrun  y\n";
    int start = text.indexOf("run  y");
    String out =
        DockerfileFormatter.range(
                Analysis.of(text), start, start + 3, DockerfileFormatter.Options.defaults())
            .applyTo(text);
    assertEquals("from alpine\nrun  x\nRUN y\n", out);
  }

  @Test
  void crlfIsKept() {
    assertEquals(
        "FROM alpine\r\nRUN a \\\r\n    b\r\n", format("from alpine\r\nrun a \\\r\n b\r\n"));
  }
}
