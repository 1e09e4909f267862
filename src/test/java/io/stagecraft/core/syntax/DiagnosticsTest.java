package io.stagecraft.core.syntax;

import static io.stagecraft.core.syntax.Parsed.codes;
import static io.stagecraft.core.syntax.Parsed.lines;
import static io.stagecraft.core.syntax.Parsed.messages;
import static io.stagecraft.core.syntax.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  @Test
  void unknownInstructionWithSuggestion() {
    Dockerfile d = parse(lines("FROM x", "  FORM y", "WHATEVER z"));
    assertEquals(
        List.of("unknown instruction: FORM (did you mean FROM?)", "unknown instruction: WHATEVER"),
        messages(d));
    Diagnostic first = d.diagnostics().get(0);
    assertEquals(2, first.line());
    assertEquals(3, first.column());
    assertEquals(Severity.ERROR, first.severity());
  }

  @Test
  void invalidFlags() {
    Dockerfile d =
        parse(
            lines(
                "FROM --platfrom=x y",
                "COPY --form=a b c",
                "RUN --link x",
                "WORKDIR --x /a",
                "COPY --from b c",
                "COPY --link=maybe a b",
                "COPY --chown=1 --chown=2 a b"));
    assertEquals(
        List.of(
            "unknown-flag",
            "unknown-flag",
            "unknown-flag",
            "unknown-flag",
            "missing-flag-value",
            "invalid-flag-value",
            "duplicate-flag"),
        codes(d));
    assertEquals(2, d.diagnostics().get(1).line());
    assertEquals(6, d.diagnostics().get(1).column());
  }

  @Test
  void repeatableFlagsAreNotDuplicates() {
    Dockerfile d =
        parse(
            lines(
                "FROM x",
                "RUN --mount=type=cache,target=/a --mount=type=cache,target=/b make",
                "COPY --exclude=a --exclude=b . /"));
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void onbuildOnbuildAndForbiddenTriggers() {
    Dockerfile d =
        parse(lines("FROM x", "ONBUILD ONBUILD RUN x", "ONBUILD FROM y", "ONBUILD MAINTAINER z"));
    assertEquals(List.of("onbuild-onbuild", "onbuild-trigger", "onbuild-trigger"), codes(d));
    assertEquals(9, d.diagnostics().get(0).column());
  }

  @Test
  void emptyContinuationLineIsAWarning() {
    Dockerfile d = parse(lines("FROM x", "RUN a \\", "", "  b"));
    assertEquals(List.of("empty-continuation"), codes(d));
    assertEquals(Severity.WARNING, d.diagnostics().get(0).severity());
    assertEquals(3, d.diagnostics().get(0).line());
  }

  @Test
  void argumentCounts() {
    Dockerfile d = parse(lines("FROM", "FROM a b", "COPY onlyone", "ENV", "ENV A", "ENV A=1 B"));
    assertEquals(
        List.of(
            "missing-arguments",
            "from-arguments",
            "missing-arguments",
            "missing-arguments",
            "missing-value",
            "missing-equals"),
        codes(d));
  }

  @Test
  void neverThrowsOnOddInput() {
    for (String text :
        new String[] {
          "",
          "\n",
          "\\",
          "\\\n",
          "#",
          "# escape=",
          "RUN <<",
          "RUN <<\"",
          "COPY --",
          "COPY --=",
          "FROM a AS",
          "ONBUILD",
          "HEALTHCHECK CMD",
          "\r",
          "\r\n\r\n",
          "RUN <<-",
          "ENV =",
          "ARG =x",
          "LABEL \"",
          "CMD [\"\\",
          "RUN ${",
          "RUN $",
          "\uFEFF",
          "\uFEFF\\",
          "RUN --mount=,,,from=",
          "HEALTHCHECK",
          "FROM x\nRUN <<A <<B\nA"
        }) {
      parse(text);
    }
  }
}
