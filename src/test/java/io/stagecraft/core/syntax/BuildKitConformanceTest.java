package io.stagecraft.core.syntax;

import static io.stagecraft.core.syntax.Parsed.codes;
import static io.stagecraft.core.syntax.Parsed.lines;
import static io.stagecraft.core.syntax.Parsed.messages;
import static io.stagecraft.core.syntax.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviours that BuildKit's own parser tests check (frontend/dockerfile/parser: parser_test.go
 * and its testfiles, parser_heredoc_test.go, directives_test.go, line_parsers_test.go,
 * json_test.go), each with a case of our own. Where Stagecraft differs on purpose, ADR 2 lists the
 * difference and the test here pins Stagecraft's side of it.
 */
class BuildKitConformanceTest {

  private static List<String> args(Dockerfile d) {
    return d.instructions().stream().map(Instruction::arguments).toList();
  }

  private static List<String> values(Instruction i) {
    return i.words().stream().map(Word::value).toList();
  }

  // --- parser_test.go: files BuildKit refuses ------------------------------------------------

  @Test
  void anEmptyFileHasNoInstructions() {
    Dockerfile d = parse("");
    assertEquals(List.of("no-instructions"), codes(d));
    assertEquals(List.of("file with no instructions"), messages(d));
    assertTrue(d.hasErrors());
    assertEquals(1, d.diagnostics().get(0).line());
  }

  @Test
  void aFileOfCommentsAndBlankLinesHasNoInstructions() {
    Dockerfile d = parse(lines("# first", "", "   # indented", "\t"));
    assertEquals(List.of("no-instructions"), codes(d));
    assertEquals(4, d.diagnostics().get(0).line(), "reported at the end, as BuildKit does");
  }

  @Test
  void directivesAloneAreNotInstructions() {
    assertEquals(List.of("no-instructions"), codes(parse(lines("# syntax=x", "# escape=`"))));
  }

  @Test
  void aLoneContinuationMakesAnInstructionWithoutAName() {
    Dockerfile d = parse(lines("\\", ""));
    assertEquals(List.of("empty-continuation", "unknown-instruction"), codes(d));
  }

  @Test
  void envWithANameButNoValueIsAnError() {
    Dockerfile d = parse(lines("FROM busybox", "", "ENV HOME_DIR"));
    assertTrue(d.hasErrors());
    assertEquals(3, d.diagnostics().get(0).line());
  }

  @Test
  void anArrayThatIsNotOfStringsIsAnError() {
    Dockerfile d = parse(lines("FROM busybox", "ENTRYPOINT [ \"run\", [ \"inner\" ] ]"));
    assertEquals(List.of("json-not-strings"), codes(d));
  }

  // --- parser_test.go: words, line numbers, warnings --------------------------------------------

  @Test
  void wordsSplitOnBlanksButNotInsideQuotesOrAfterAnEscape() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "LABEL one=1 two=a\\ b three='x y' four=\"x y\" five=àéî six=\"ĉu ŝi\""));
    assertEquals(
        List.of("one", "two", "three", "four", "five", "six"),
        d.instructions().get(1).pairs().stream().map(KeyValue::name).toList());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void instructionsKnowTheLinesTheySpan() {
    String text =
        lines(
            "# a comment",
            "",
            "# another",
            "",
            "FROM busybox",
            "",
            "# note",
            "",
            "",
            "",
            "RUN first \\",
            "  second",
            "",
            "",
            "",
            "",
            "CMD a \\",
            "  # inside",
            "  b \\",
            "",
            "  c");
    Dockerfile d = parse(text);
    List<int[]> spans =
        d.instructions().stream()
            .map(i -> new int[] {i.range().line(), i.range().endLine() - 1})
            .toList();
    assertEquals(3, spans.size());
    assertEquals(List.of(5, 5), List.of(spans.get(0)[0], spans.get(0)[1]));
    assertEquals(List.of(11, 12), List.of(spans.get(1)[0], spans.get(1)[1]));
    assertEquals(List.of(17, 21), List.of(spans.get(2)[0], spans.get(2)[1]));
  }

  @Test
  void emptyContinuationLinesWarnOncePerLineAndCommentsDoNot() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "RUN fine \\",
                "    continued",
                "RUN gap \\",
                "",
                "    more \\",
                "",
                "    end",
                "RUN commented \\",
                "# a comment",
                "  after",
                "RUN indented \\",
                "    # an indented comment",
                "    after"));
    assertEquals(List.of("empty-continuation", "empty-continuation"), codes(d));
    assertFalse(d.hasErrors(), "a warning, not an error");
    assertEquals("gap     more     end", d.instructions().get(2).arguments());
    assertEquals("commented   after", d.instructions().get(3).arguments());
  }

  @Test
  void veryLongLinesAreParsedWhereBuildKitStopsAt64KiB() {
    String label = "x".repeat(70_000);
    Dockerfile d = parse(lines("FROM busybox", "LABEL big=" + label));
    assertEquals(label, d.instructions().get(1).pairs().get(0).value());
  }

  // --- parser_test.go testfiles: continuations
  // ----------------------------------------------------

  @Test
  void continuationKeepsTheIndentOfTheNextLine() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "RUN say hello\\",
                "  world\\",
                "  bye  \\",
                "now",
                "RUN x \\",
                "y\\",
                "z"));
    assertEquals(List.of("busybox", "say hello  world  bye  now", "x yz"), args(d));
  }

  @Test
  void aContinuationAtTheEndOfTheFileEndsTheInstruction() {
    Dockerfile d = parse("FROM busybox\n\nRUN last \\");
    assertEquals(List.of("busybox", "last"), args(d));
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void anEscapedEscapeAtTheEndOfALineIsNotAContinuation() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "ENV ONE single\\\\slash",
                "ENV TWO ends\\\\in\\\\",
                "ENV THREE not joined to TWO"));
    assertEquals(4, d.instructions().size());
    assertEquals("ends\\\\in\\\\", d.instructions().get(2).pairs().get(0).value());
    assertEquals("THREE", d.instructions().get(3).pairs().get(0).name());
  }

  @Test
  void anEscapedEscapeWithBlanksAfterItIsNotAContinuationEither() {
    Dockerfile d = parse(lines("FROM busybox", "RUN echo a\\\\  \t", "RUN echo b"));
    assertEquals(3, d.instructions().size());
  }

  @Test
  void threeEscapesAtTheEndDoNotContinueAsInBuildKit() {
    Dockerfile d = parse(lines("FROM busybox", "RUN echo a\\\\\\", "RUN echo b"));
    assertEquals(3, d.instructions().size());
  }

  @Test
  void theBacktickEscapeFollowsTheSameRule() {
    Dockerfile d =
        parse(lines("# escape=`", "FROM busybox", "RUN echo ``", "RUN echo `", "  joined"));
    assertEquals(List.of("busybox", "echo ``", "echo   joined"), args(d));
  }

  @Test
  void aLineOfOnlyTheEscapeInsideAContinuationAddsNothing() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "ENV A left\\",
                "\\",
                "right",
                "ENV B left\\",
                " \\",
                "right",
                "ENV C left \\",
                "\\",
                "right"));
    assertEquals(
        List.of("leftright", "left right", "left right"),
        d.instructions().subList(1, 4).stream().map(i -> i.pairs().get(0).value()).toList());
  }

  @Test
  void commentsAndBlankLinesInsideAContinuationAreLeftOut() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "RUN start \\",
                "# one comment",
                "",
                "# another, after a blank line",
                "",
                "end"));
    assertEquals("start end", d.instructions().get(1).arguments());
  }

  @Test
  void aContinuationOnACommentLineDoesNotContinueTheComment() {
    Dockerfile d = parse(lines("FROM busybox", "# a comment \\", "RUN echo", "# ENV \\", "CMD x"));
    assertEquals(List.of("busybox", "echo", "x"), args(d));
  }

  // --- parser_test.go testfiles: escapes, directives, flags, forms ------------------------------

  @Test
  void theEscapeDirectiveAfterACommentIsJustAComment() {
    Dockerfile d = parse(lines("# hello", "# escape = `", "", "FROM busybox", "ENV P \\", "\\p"));
    assertEquals('\\', d.escape());
    assertEquals("\\p", d.instructions().get(1).pairs().get(0).value());
  }

  @Test
  void theBacktickDirectiveWorksWithoutABlankLineAfterIt() {
    Dockerfile d = parse(lines("# escape = `", "# text", "FROM busybox", "ENV P `", "\\p"));
    assertEquals('`', d.escape());
    assertEquals("\\p", d.instructions().get(1).pairs().get(0).value());
  }

  @Test
  void syntaxThenEscapeDirectives() {
    Dockerfile d = parse(lines("# syntax = example/frontend", "# escape = `", "", "FROM `", "  x"));
    assertEquals(List.of("syntax", "escape"), d.directives().stream().map(p -> p.key()).toList());
    assertEquals("x", d.instructions().get(0).arguments().strip());
  }

  @Test
  void escapesInTheMiddleOfArgumentsStayAsWritten() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "LABEL owner A \\\\B <b@example.invalid>\\\"",
                "RUN tool \\sub && \\",
                "  tool \\\"quoted",
                "ADD \\dir\\\\\" /dst"));
    assertEquals("A \\\\B <b@example.invalid>\\\"", d.instructions().get(1).pairs().get(0).value());
    assertEquals("tool \\sub &&   tool \\\"quoted", d.instructions().get(2).arguments());
    assertEquals("\\dir\\\\\" /dst", d.instructions().get(3).arguments());
  }

  @Test
  void unknownFlagsAreKeptAndDoubleDashEndsTheFlags() {
    Dockerfile d =
        parse(
            lines(
                "FROM scratch",
                "COPY --owner=me --really=true -- src /dst/",
                "COPY -- src /dst/",
                "CMD --really [ \"a\", \"b\" ]"));
    Instruction copy = d.instructions().get(1);
    assertEquals(List.of("owner", "really"), copy.flags().stream().map(Flag::name).toList());
    assertEquals(List.of("src", "/dst/"), values(copy));
    assertEquals(List.of("src", "/dst/"), values(d.instructions().get(2)));
    assertTrue(codes(d).contains("unknown-flag"));
  }

  @Test
  void healthcheckShapes() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "HEALTHCHECK --interval=5s --timeout=0s --start-period=0s --start-interval=0s"
                    + " --retries=0 CMD [\"probe\"]",
                "HEALTHCHECK   CMD   probe now",
                "HEALTHCHECK NONE",
                "HEALTHCHECK PING 7000"));
    assertEquals(5, d.instructions().get(1).flags().size());
    assertEquals("probe now", d.instructions().get(2).trigger().arguments());
    assertEquals("NONE", d.instructions().get(3).arguments());
    assertEquals(List.of("healthcheck-type"), codes(d));
  }

  @Test
  void envAndLabelInBothForms() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "ENV key value with spaces",
                "ENV a=1 b=\"two words\" c=three\\ words",
                "ENV q='x\"y' r=\"x'y\"",
                "LABEL owner Ann Example \"ann@example.invalid\"",
                "LABEL k1=v1 k2=v2"));
    assertEquals("value with spaces", d.instructions().get(1).pairs().get(0).value());
    assertEquals(
        List.of("a", "b", "c"),
        d.instructions().get(2).pairs().stream().map(KeyValue::name).toList());
    assertEquals(2, d.instructions().get(3).pairs().size());
    assertEquals("owner", d.instructions().get(4).pairs().get(0).name());
    assertEquals(2, d.instructions().get(5).pairs().size());
  }

  @Test
  void jsonAndShellFormsAsTheTestfilesUseThem() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "ADD\t[ \"a file\", \"/dst/a file\" ]",
                "COPY\t.\t/dst",
                "ENTRYPOINT [ \"/bin/tool\" ]",
                "VOLUME /a /b /c",
                "ONBUILD RUN [\"echo\", \"x\"]",
                "CMD echo \"y\""));
    assertEquals(ArgumentForm.EXEC, d.instructions().get(1).form());
    assertEquals(List.of("a file", "/dst/a file"), values(d.instructions().get(1)));
    assertEquals(ArgumentForm.SHELL, d.instructions().get(2).form());
    assertEquals(List.of("/bin/tool"), values(d.instructions().get(3)));
    assertEquals(3, d.instructions().get(4).words().size());
    assertEquals(ArgumentForm.EXEC, d.instructions().get(5).trigger().form());
    assertEquals(ArgumentForm.SHELL, d.instructions().get(6).form());
  }

  // --- json_test.go -----------------------------------------------------------------------------

  @Test
  void validJsonArraysOfStrings() {
    Dockerfile d =
        parse(
            lines(
                "FROM busybox",
                "CMD []",
                "CMD [\"\"]",
                "CMD [ \"a\" , \"b\" ]",
                "CMD\t[\t\"a\",\t\"b\"\t]\t",
                "CMD [\"sp ace\", \"♥\", \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000 \\u00e9\"]"));
    assertTrue(d.diagnostics().isEmpty(), () -> messages(d).toString());
    assertEquals(List.of(), values(d.instructions().get(1)));
    assertEquals(List.of(""), values(d.instructions().get(2)));
    assertEquals(List.of("a", "b"), values(d.instructions().get(3)));
    assertEquals(List.of("a", "b"), values(d.instructions().get(4)));
    assertEquals(
        List.of("sp ace", "♥", "\" \\ / \b \f \n \r \t \u0000 é"), values(d.instructions().get(5)));
  }

  @Test
  void arraysWithAnythingButStringsAreErrors() {
    for (String bad :
        List.of(
            "[\"a\",7,\"b\"]",
            "[\"a\",1.5,\"b\"]",
            "[\"a\",{},\"b\"]",
            "[\"a\",{\"k\": \"v\"},\"b\"]",
            "[\"a\",[\"c\"],\"b\"]",
            "[\"a\",true,\"b\"]",
            "[\"a\",false,\"b\"]",
            "[\"a\",null,\"b\"]")) {
      Dockerfile d = parse(lines("FROM busybox", "CMD " + bad));
      assertEquals(List.of("json-not-strings"), codes(d), bad);
    }
  }

  @Test
  void textThatIsNotAJsonArrayIsTheShellForm() {
    for (String shell :
        List.of(
            "['single', 'quotes']",
            "[\"unterminated",
            "[\"unterminated\"",
            "[\"a\"] trailing",
            "\"just a string\"")) {
      Dockerfile d = parse(lines("FROM busybox", "CMD " + shell));
      assertEquals(ArgumentForm.SHELL, d.instructions().get(1).form(), shell);
      assertFalse(d.hasErrors(), shell);
    }
  }

  // --- line_parsers_test.go ---------------------------------------------------------------------

  @Test
  void labelInTheOldFormIsOneKeyAndTheRestAsValue() {
    Instruction label = parse(lines("FROM busybox", "LABEL key some value")).instructions().get(1);
    assertEquals(1, label.pairs().size());
    assertEquals("key", label.pairs().get(0).name());
    assertEquals("some value", label.pairs().get(0).value());
  }

  @Test
  void labelInTheNewFormIsPairs() {
    Instruction label = parse(lines("FROM busybox", "LABEL one=1 two=\"2\"")).instructions().get(1);
    assertEquals(List.of("one", "two"), label.pairs().stream().map(KeyValue::name).toList());
  }

  @Test
  void envNeedsAValue() {
    assertTrue(parse(lines("FROM busybox", "ENV ALONE")).hasErrors());
    assertFalse(parse(lines("FROM busybox", "ENV EMPTY=")).hasErrors());
  }

  // --- parser_heredoc_test.go -------------------------------------------------------------------

  private static Heredoc heredoc(String line, String... body) {
    String[] all = new String[body.length + 2];
    all[0] = "FROM busybox";
    all[1] = line;
    System.arraycopy(body, 0, all, 2, body.length);
    Dockerfile d = parse(lines(all));
    assertEquals(2, d.instructions().size(), () -> d.instructions().toString());
    List<Heredoc> hs = d.instructions().get(1).heredocs();
    return hs.isEmpty() ? null : hs.get(0);
  }

  @Test
  void heredocsOnlyOnRunCopyAndAdd() {
    Dockerfile d = parse(lines("FROM busybox", "USER <<NAME", "NAME"));
    assertTrue(d.instructions().get(1).heredocs().isEmpty());
    assertEquals(3, d.instructions().size(), "the would-be terminator is an instruction");
  }

  @Test
  void emptyHeredocsWithAndWithoutADescriptor() {
    Heredoc empty = heredoc("RUN <<NOTHING", "NOTHING");
    assertEquals("NOTHING", empty.name());
    assertEquals(0, empty.body().length());
    Heredoc fd = heredoc("RUN 5<<NOTHING", "NOTHING");
    assertEquals(5, fd.fileDescriptor());
  }

  @Test
  void aQuotedMarkerIsNotAHeredoc() {
    assertNull(heredoc("RUN \"<<NOT\""));
    assertNull(heredoc("RUN '<<NOT'"));
    assertNull(heredoc("RUN [\"<<NOT\"]"));
    assertNull(heredoc("RUN [\"<<'NOT'\"]"));
  }

  @Test
  void bodiesKeepTabsQuotesAndCommentsUnlessChomped() {
    Heredoc kept = heredoc("RUN <<KEEP", "\tone", "# not a comment", "'q' \"q\"", "KEEP");
    assertTrue(kept.expand());
    assertFalse(kept.chomp());
    Heredoc chomped = heredoc("RUN <<-STRIP", "\tone", "\t\ttwo", "\tSTRIP");
    assertTrue(chomped.chomp());
    assertEquals(5, chomped.terminator().line());
  }

  @Test
  void quotingAnyPartOfTheDelimiterStopsExpansion() {
    assertFalse(heredoc("RUN <<'END'", "x", "END").expand());
    assertFalse(heredoc("RUN <<\"END\"", "x", "END").expand());
    assertFalse(heredoc("RUN <<-'END'", "\tx", "END").expand());
    Heredoc partly = heredoc("RUN <<en'd'", "x", "end");
    assertEquals("end", partly.name());
    assertFalse(partly.expand());
    Heredoc escaped = heredoc("RUN <<en\\'d", "x", "en'd");
    assertEquals("en'd", escaped.name());
    assertTrue(escaped.expand());
    Heredoc both = heredoc("RUN <<'e'n\\'d", "x", "en'd");
    assertEquals("en'd", both.name());
    assertFalse(both.expand());
    Heredoc spaced = heredoc("RUN <<'two words'", "x", "two words");
    assertEquals("two words", spaced.name());
  }

  @Test
  void delimiterNamesAreTakenAsWritten() {
    assertEquals("$DELIM", heredoc("RUN <<$DELIM", "$DELIM").name());
    assertEquals("out.txt", heredoc("COPY <<out.txt /dst", "hi", "out.txt").name());
    assertEquals(
        "MOUNTED", heredoc("RUN --mount=type=cache,target=/c <<MOUNTED", "MOUNTED").name());
    assertEquals("PY", heredoc("RUN <<PY python3", "print(1)", "PY").name());
  }

  @Test
  void blanksBetweenTheOperatorAndTheDelimiter() {
    assertEquals("END", heredoc("RUN <<  END", "END").name());
    assertEquals("END", heredoc("RUN <<  END  > out.txt", "END").name());
    assertEquals("-END", heredoc("RUN << -END", "-END").name());
    Dockerfile d = parse(lines("FROM busybox", "RUN <<- END", "END"));
    assertTrue(d.instructions().get(1).heredocs().isEmpty(), "<<- with a blank is no heredoc");
  }

  @Test
  void twoHeredocsReadTheirBodiesInOrder() {
    Dockerfile d = parse(lines("FROM busybox", "COPY <<A <<B /dst", "B", "A", "A", "B"));
    List<Heredoc> hs = d.instructions().get(1).heredocs();
    assertEquals(List.of("A", "B"), hs.stream().map(Heredoc::name).toList());
    assertEquals(4, hs.get(0).terminator().line());
    assertEquals(6, hs.get(1).terminator().line());
  }

  @Test
  void notHeredocs() {
    assertNull(heredoc("RUN echo <NOT"));
    assertNull(heredoc("RUN cat <<<NOT"));
    assertNull(heredoc("RUN echo $((1<<2))"));
  }

  @Test
  void anUnbalancedQuoteInTheDelimiterIsAnError() {
    for (String bad : List.of("RUN <<'END", "RUN <<\"END", "RUN <<END'", "RUN <<END\"")) {
      Dockerfile d = parse(lines("FROM busybox", bad, "x", "END"));
      assertTrue(d.instructions().get(1).heredocs().isEmpty(), bad);
      assertEquals("heredoc-unclosed-quote", d.diagnostics().get(0).code(), bad);
      assertEquals(2, d.diagnostics().get(0).line(), bad);
    }
  }

  // --- directives_test.go -----------------------------------------------------------------------

  @Test
  void directiveNamesAreCaseInsensitiveAndUnknownOnesEndTheBlock() {
    Dockerfile d = parse(lines("# EsCaPe=`", "# OTHER = some value", "# escape=\\", "FROM x"));
    assertEquals(List.of("escape"), d.directives().stream().map(p -> p.key()).toList());
    assertEquals('`', d.escape());
  }

  @Test
  void theSyntaxValueIsTheWholeRestOfTheLine() {
    Dockerfile d = parse(lines("# syntax = example/frontend:1 // options", "FROM busybox"));
    assertEquals("example/frontend:1 // options", d.directives().get(0).value().text());
    assertEquals(1, d.directives().get(0).range().line());
  }

  @Test
  void aDirectiveAfterAShebangStillCounts() {
    Dockerfile d = parse(lines("#!/usr/bin/env dockerfile-runner", "# syntax=a/b", "FROM x"));
    assertEquals(2, d.directives().get(0).range().line());
  }

  @Test
  void anEscapeAfterAShebangIsAComment() {
    Dockerfile d = parse(lines("#!/bin/sh", "# escape=`", "FROM x", "RUN a \\", "  b"));
    assertEquals('\\', d.escape());
    assertTrue(d.directives().isEmpty());
    assertEquals("a   b", d.instructions().get(1).arguments());
  }

  @Test
  void aDirectiveAfterABlankLineDoesNot() {
    Dockerfile d = parse(lines("#!/bin/sh", "", "# syntax=a/b", "FROM x"));
    assertTrue(d.directives().isEmpty());
  }

  @Test
  void aDirectiveAfterAByteOrderMarkIsOnLineOne() {
    Dockerfile d = parse("\uFEFF# syntax = a/b\nFROM x\n");
    assertEquals("a/b", d.directives().get(0).value().text());
    assertEquals(1, d.directives().get(0).range().line());
  }

  @Test
  void theCheckDirective() {
    Dockerfile d = parse(lines("#check = skip=all // opts", "FROM busybox"));
    assertEquals("check", d.directives().get(0).key());
    assertEquals("skip=all // opts", d.directives().get(0).value().text());
  }

  @Test
  void slashSlashDirectivesAreNotDockerfileDirectives() {
    Dockerfile d = parse(lines("//syntax=a/b", "FROM x"));
    assertTrue(d.directives().isEmpty());
    assertTrue(codes(d).contains("unknown-instruction"));
  }
}
