package io.stagecraft.core.syntax;

import static io.stagecraft.core.syntax.Parsed.codes;
import static io.stagecraft.core.syntax.Parsed.lines;
import static io.stagecraft.core.syntax.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void continuationJoinsLinesWithoutTheEscape() {
    Dockerfile d = parse(lines("FROM busybox", "RUN echo a \\", "  && echo b \\  ", "\t&& echo c"));
    Instruction run = d.instructions().get(1);
    assertEquals("echo a   && echo b \t&& echo c", run.arguments());
    assertEquals(2, run.line());
    assertEquals(
        List.of("echo", "a", "&&", "echo", "b", "&&", "echo", "c"),
        run.words().stream().map(Word::raw).toList());
  }

  @Test
  void commentsAndBlankLinesInsideAContinuationAreSkipped() {
    String text =
        lines(
            "FROM busybox",
            "RUN apt-get update \\",
            "  # install tools",
            "",
            "  && apt-get install -y curl");
    Dockerfile d = parse(text);
    Instruction run = d.instructions().get(1);
    assertEquals("apt-get update   && apt-get install -y curl", run.arguments());
    assertEquals(1, run.innerComments().size());
    assertEquals("# install tools", run.innerComments().get(0).of(text));
    assertEquals(List.of("empty-continuation"), codes(d));
    assertEquals(Severity.WARNING, d.diagnostics().get(0).severity());
    assertEquals(4, d.diagnostics().get(0).line());
    assertEquals(2, d.elements().size());
  }

  @Test
  void continuationAtEndOfFile() {
    Dockerfile d = parse("FROM busybox\nRUN echo hi \\");
    assertEquals("echo hi", d.instructions().get(1).arguments());
    Dockerfile d2 = parse("FROM busybox\nRUN echo hi \\\n");
    assertEquals("echo hi", d2.instructions().get(1).arguments());
    assertTrue(d2.diagnostics().isEmpty());
  }

  @Test
  void crlfLineEndingsAreKeptAndNotPartOfArguments() {
    String text = "FROM busybox AS base\r\nRUN echo a \\\r\n  b\r\n\r\n# done\r\n";
    Dockerfile d = parse(text);
    assertEquals("echo a   b", d.instructions().get(1).arguments());
    assertEquals("base", d.instructions().get(0).words().get(2).raw());
    assertInstanceOf(BlankLine.class, d.elements().get(2));
    Comment comment = (Comment) d.elements().get(3);
    assertEquals("# done", comment.text().text());
  }

  @Test
  void mixedLineEndingsAndNoFinalNewline() {
    parse("FROM a\r\nRUN x\nRUN y\r\nCMD z");
  }

  @Test
  void indentedInstructionsAndComments() {
    Dockerfile d = parse(lines("  FROM busybox", "\t# note", "    run echo"));
    assertEquals("RUN", d.instructions().get(1).name());
    assertEquals(5, d.instructions().get(1).keyword().range().column());
    assertInstanceOf(Comment.class, d.elements().get(1));
  }

  @Test
  void aLineWithOnlyAnEscapeStartsAnInstructionOnTheNextLine() {
    Dockerfile d = parse(lines("FROM busybox", "\\", "RUN echo"));
    assertEquals(2, d.instructions().size());
    assertEquals("RUN", d.instructions().get(1).name());
  }

  @Test
  void escapedBackslashAtEndDoesNotContinueLikeBuildKit() {
    Dockerfile d = parse(lines("FROM busybox", "RUN echo \\\\", "CMD x"));
    assertEquals(3, d.instructions().size());
  }
}
