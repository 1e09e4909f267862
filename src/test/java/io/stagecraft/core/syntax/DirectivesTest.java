package io.stagecraft.core.syntax;

import static io.stagecraft.core.syntax.Parsed.codes;
import static io.stagecraft.core.syntax.Parsed.lines;
import static io.stagecraft.core.syntax.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectivesTest {

  @Test
  void recognisesSyntaxEscapeAndCheckCaseInsensitively() {
    Dockerfile d =
        parse(
            lines(
                "# syntax=docker/dockerfile:1", "#ESCAPE = `", "# Check=skip=all", "FROM busybox"));
    assertEquals(
        List.of("syntax", "escape", "check"),
        d.directives().stream().map(ParserDirective::key).toList());
    assertEquals("docker/dockerfile:1", d.directives().get(0).value().text());
    assertEquals('`', d.escape());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void directivesCountOnlyInTheLeadingCommentBlock() {
    Dockerfile afterComment = parse(lines("# a comment", "# escape=`", "FROM busybox"));
    assertTrue(afterComment.directives().isEmpty());
    assertEquals('\\', afterComment.escape());

    Dockerfile afterBlank = parse(lines("", "# escape=`", "FROM busybox"));
    assertTrue(afterBlank.directives().isEmpty());

    Dockerfile afterInstruction = parse(lines("FROM busybox", "# escape=`"));
    assertTrue(afterInstruction.directives().isEmpty());
    assertInstanceOf(Comment.class, afterInstruction.elements().get(1));
  }

  @Test
  void unknownDirectiveEndsTheBlock() {
    Dockerfile d = parse(lines("# foo=bar", "# escape=`", "FROM busybox"));
    assertTrue(d.directives().isEmpty());
  }

  @Test
  void aDirectiveMayAppearOnlyOnce() {
    Dockerfile d = parse(lines("# escape=`", "# escape=\\", "FROM busybox"));
    assertEquals(List.of("duplicate-directive"), codes(d));
    assertEquals(2, d.diagnostics().get(0).line());
    assertEquals('`', d.escape());
  }

  @Test
  void invalidEscapeIsAnError() {
    Dockerfile d = parse(lines("# escape=x", "FROM busybox"));
    assertEquals(List.of("invalid-escape"), codes(d));
    assertEquals('\\', d.escape());
  }

  @Test
  void leadingByteOrderMarkIsKeptAndIgnored() {
    Dockerfile d = parse("\uFEFF# escape=`\nFROM busybox\n");
    assertEquals('`', d.escape());
    Dockerfile plain = parse("\uFEFFFROM busybox\n");
    assertEquals("FROM", plain.instructions().get(0).name());
    assertEquals(1, plain.instructions().get(0).keyword().range().start());
  }

  @Test
  void backtickEscapeContinuesLinesAndBackslashIsLiteral() {
    Dockerfile d =
        parse(
            lines(
                "# escape=`",
                "FROM mcr.microsoft.com/windows",
                "RUN dir c:\\ `",
                "    && echo done"));
    Instruction run = d.instructions().get(1);
    assertEquals("dir c:\\     && echo done", run.arguments());
    assertEquals(3, run.range().line());
    assertEquals(5, run.range().endLine());
  }
}
