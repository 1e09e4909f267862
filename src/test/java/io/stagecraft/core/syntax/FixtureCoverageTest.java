package io.stagecraft.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.testing.Fixtures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The project's fixture Dockerfiles, which back the round-trip, golden-graph, rename and fuzz tests
 * on every clone, use every feature the parser handles. A feature dropped from them fails here.
 */
class FixtureCoverageTest {
  private static final List<Dockerfile> FIXTURES =
      Fixtures.files().stream().map(Fixtures::read).map(Dockerfile::parse).toList();

  private static List<Instruction> instructions() {
    List<Instruction> all = new ArrayList<>();
    for (Dockerfile d : FIXTURES) {
      for (Instruction i : d.instructions()) {
        all.add(i);
        if (i.trigger() != null) {
          all.add(i.trigger());
        }
      }
    }
    return all;
  }

  @Test
  void everyInstructionAppears() {
    Set<Keyword> seen = EnumSet.noneOf(Keyword.class);
    instructions().stream().filter(i -> i.kind() != null).forEach(i -> seen.add(i.kind()));
    assertEquals(EnumSet.allOf(Keyword.class), seen);
  }

  @Test
  void everyFlagOfEveryInstructionAppears() {
    Set<String> missing = new TreeSet<>();
    for (Keyword k : Keyword.values()) {
      for (String flag : k.flags()) {
        if (instructions().stream().noneMatch(i -> i.is(k) && i.flag(flag) != null)) {
          missing.add(k + " --" + flag);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyMountTypeNetworkAndSecurityModeAppears() {
    Set<String> values = new TreeSet<>();
    for (Instruction i : instructions()) {
      if (i.is(Keyword.RUN)) {
        i.flags().forEach(f -> values.add(f.name() + "=" + f.value()));
      }
    }
    for (String type : List.of("bind", "cache", "tmpfs", "secret", "ssh")) {
      assertTrue(
          values.stream().anyMatch(v -> v.startsWith("mount=type=" + type)), "mount " + type);
    }
    assertTrue(values.stream().anyMatch(v -> v.startsWith("mount=from=")), "mount without type");
    for (String mode : List.of("network=none", "network=host", "network=default")) {
      assertTrue(values.contains(mode), mode);
    }
    for (String mode : List.of("security=insecure", "security=sandbox")) {
      assertTrue(values.contains(mode), mode);
    }
  }

  @Test
  void bothArgumentFormsAndHealthcheckNoneAppear() {
    assertTrue(any(i -> i.form() == ArgumentForm.EXEC));
    assertTrue(any(i -> i.form() == ArgumentForm.SHELL));
    assertTrue(any(i -> i.is(Keyword.HEALTHCHECK) && i.arguments().equals("NONE")));
    assertTrue(any(i -> i.is(Keyword.HEALTHCHECK) && i.trigger() != null));
    assertTrue(any(i -> i.kind() == null), "an unknown instruction");
  }

  @Test
  void everyDirectiveAndBothEscapeCharactersAppear() {
    Set<String> directives = new TreeSet<>();
    FIXTURES.forEach(d -> d.directives().forEach(p -> directives.add(p.key())));
    assertEquals(Set.of("syntax", "escape", "check"), directives);
    assertTrue(FIXTURES.stream().anyMatch(d -> d.escape() == '`'));
    assertTrue(FIXTURES.stream().anyMatch(d -> d.escape() == '\\' && !d.directives().isEmpty()));
  }

  @Test
  void everyKindOfHeredocAppears() {
    List<Heredoc> heredocs = new ArrayList<>();
    instructions().forEach(i -> heredocs.addAll(i.heredocs()));
    assertTrue(heredocs.stream().anyMatch(Heredoc::chomp), "<<-");
    assertTrue(heredocs.stream().anyMatch(h -> !h.expand()), "a quoted delimiter");
    assertTrue(heredocs.stream().anyMatch(h -> h.fileDescriptor() > 0), "a file descriptor");
    assertTrue(heredocs.stream().anyMatch(h -> h.terminator() == null), "an unterminated one");
    assertTrue(any(i -> i.heredocs().size() > 1), "two on one line");
    assertTrue(any(i -> i.is(Keyword.COPY) && !i.heredocs().isEmpty()), "COPY");
    assertTrue(any(i -> i.is(Keyword.ONBUILD) && !i.trigger().heredocs().isEmpty()), "in ONBUILD");
  }

  @Test
  void continuationsAppearInEveryShape() {
    assertTrue(any(i -> !i.innerComments().isEmpty()), "a comment inside a continuation");
    assertTrue(
        FIXTURES.stream()
            .anyMatch(
                d -> d.diagnostics().stream().anyMatch(x -> x.code().equals("empty-continuation"))),
        "an empty continuation line");
    assertTrue(text(t -> t.contains("\n\\\n")), "a line that is only the escape");
    assertTrue(text(t -> t.contains("\\\\\n")), "an escaped escape at the end of a line");
    assertTrue(text(t -> t.endsWith("\\")), "a continuation at the end of the file");
  }

  @Test
  void lineEndingsAndEncodingsAppear() {
    assertTrue(text(t -> t.contains("\r\n") && !t.replace("\r\n", "").contains("\n")), "CRLF");
    assertTrue(
        text(t -> t.contains("\r\n") && t.replace("\r\n", "").contains("\n")), "mixed endings");
    assertTrue(text(t -> !t.endsWith("\n")), "no final line break");
    assertTrue(text(t -> t.startsWith("\uFEFF")), "a byte order mark");
    assertTrue(text(t -> t.contains("\t")), "tabs");
    assertTrue(FIXTURES.stream().anyMatch(d -> d.instructions().isEmpty()), "no instructions");
  }

  @Test
  void mistakesAppearToo() {
    assertTrue(FIXTURES.stream().anyMatch(Dockerfile::hasErrors));
  }

  private static boolean any(Predicate<Instruction> p) {
    return instructions().stream().anyMatch(p);
  }

  private static boolean text(Predicate<String> p) {
    return Fixtures.files().stream().map(Fixtures::read).anyMatch(p);
  }
}
