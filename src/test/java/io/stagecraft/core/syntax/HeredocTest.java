package io.stagecraft.core.syntax;

import static io.stagecraft.core.syntax.Parsed.codes;
import static io.stagecraft.core.syntax.Parsed.lines;
import static io.stagecraft.core.syntax.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeredocTest {

  @Test
  void bodyIsKeptVerbatimUpToTheTerminator() {
    String text =
        lines("FROM x", "RUN <<EOF", "  echo \"$HOME\" \\", "# not a comment", "", "EOF", "CMD y");
    Dockerfile d = parse(text);
    Instruction run = d.instructions().get(1);
    Heredoc h = run.heredocs().get(0);
    assertEquals("EOF", h.name());
    assertTrue(h.expand());
    assertEquals("  echo \"$HOME\" \\\n# not a comment\n\n", h.body().of(text));
    assertEquals("EOF\n", h.terminator().of(text));
    assertEquals(6, run.range().endLine() - 1);
    assertEquals("CMD", d.instructions().get(2).name());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void chompStripsLeadingTabsFromTheTerminator() {
    Dockerfile d = parse(lines("FROM x", "RUN <<-EOT", "\techo hi", "\tEOT"));
    Heredoc h = d.instructions().get(1).heredocs().get(0);
    assertTrue(h.chomp());
    assertEquals(4, h.terminator().line());
  }

  @Test
  void quotedDelimitersTurnOffExpansion() {
    Dockerfile d =
        parse(
            lines(
                "FROM x",
                "RUN <<'EOF'",
                "a",
                "EOF",
                "RUN <<\"END\"",
                "b",
                "END",
                "RUN <<E\"O\"F",
                "c",
                "EOF"));
    List<Heredoc> all =
        d.instructions().subList(1, 4).stream().map(i -> i.heredocs().get(0)).toList();
    assertEquals(List.of("EOF", "END", "EOF"), all.stream().map(Heredoc::name).toList());
    assertTrue(all.stream().noneMatch(Heredoc::expand));
  }

  @Test
  void escapedDelimiter() {
    Dockerfile d = parse(lines("FROM x", "RUN cat <<\\EOF", "$literal", "EOF"));
    Heredoc h = d.instructions().get(1).heredocs().get(0);
    assertEquals("EOF", h.name());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void fileDescriptorPrefix() {
    Heredoc h =
        parse(lines("FROM x", "RUN cat 3<<EOF", "x", "EOF"))
            .instructions()
            .get(1)
            .heredocs()
            .get(0);
    assertEquals(3, h.fileDescriptor());
  }

  @Test
  void severalHeredocsOnOneLineAreReadInOrder() {
    String text =
        lines("FROM x", "COPY <<FILE1 <<FILE2 /dest/", "one", "FILE1", "two", "FILE2", "RUN true");
    Dockerfile d = parse(text);
    List<Heredoc> hs = d.instructions().get(1).heredocs();
    assertEquals(List.of("FILE1", "FILE2"), hs.stream().map(Heredoc::name).toList());
    assertEquals("one\n", hs.get(0).body().of(text));
    assertEquals("two\n", hs.get(1).body().of(text));
    assertEquals(3, d.instructions().size());
  }

  @Test
  void commandAfterTheMarker() {
    Dockerfile d = parse(lines("FROM x", "RUN <<EOF bash", "set -e", "EOF"));
    Instruction run = d.instructions().get(1);
    assertEquals(List.of("<<EOF", "bash"), run.words().stream().map(Word::raw).toList());
    assertEquals(1, run.heredocs().size());
  }

  @Test
  void commentRightAfterTheClosingDelimiter() {
    Dockerfile d = parse(lines("FROM x", "RUN <<EOF", "echo", "EOF", "# after", "RUN true"));
    assertInstanceOf(Comment.class, d.elements().get(2));
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void heredocAfterALineContinuation() {
    String text =
        lines(
            "FROM x",
            "RUN --mount=type=cache,target=/var/cache/apt \\",
            "    <<EOF bash",
            "    set -eux",
            "EOF",
            "CMD done");
    Dockerfile d = parse(text);
    Instruction run = d.instructions().get(1);
    assertEquals("    set -eux\n", run.heredocs().get(0).body().of(text));
    assertEquals("CMD", d.instructions().get(2).name());
  }

  @Test
  void onbuildWrappingAHeredoc() {
    String text = lines("FROM x", "ONBUILD RUN <<EOF", "echo child", "EOF", "CMD y");
    Dockerfile d = parse(text);
    Instruction onbuild = d.instructions().get(1);
    assertEquals(1, onbuild.trigger().heredocs().size());
    assertEquals("echo child\n", onbuild.heredocs().get(0).body().of(text));
    assertEquals("CMD", d.instructions().get(2).name());
  }

  @Test
  void unterminatedHeredocIsAnErrorAndKeepsTheRestAsBody() {
    String text = lines("FROM x", "RUN <<EOF", "echo", "CMD y");
    Dockerfile d = parse(text);
    assertEquals(List.of("unterminated-heredoc"), codes(d));
    Heredoc h = d.instructions().get(1).heredocs().get(0);
    assertNull(h.terminator());
    assertEquals("echo\nCMD y\n", h.body().of(text));
    assertEquals(2, d.diagnostics().get(0).line());
    assertEquals(5, d.diagnostics().get(0).column());
  }

  @Test
  void noHeredocInExecFormOrQuotesOrOtherInstructions() {
    Dockerfile d =
        parse(
            lines(
                "FROM x",
                "RUN [\"cat\", \"<<EOF\"]",
                "RUN echo \"<<EOF\"",
                "CMD cat <<EOF",
                "ENV X=<<EOF",
                "RUN cat<<EOF"));
    assertTrue(d.instructions().stream().allMatch(i -> i.heredocs().isEmpty()));
    assertEquals(6, d.instructions().size());
    assertFalse(d.hasErrors());
  }
}
