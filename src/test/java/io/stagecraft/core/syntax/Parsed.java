package io.stagecraft.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Test helpers: parse and check that the tree prints back the input. */
final class Parsed {
  private Parsed() {}

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static Dockerfile parse(String text) {
    Dockerfile d = Dockerfile.parse(text);
    assertEquals(text, d.print(), "print(parse(x)) must be x");
    CorpusRoundTripTest.assertElementsTile(d);
    return d;
  }

  static Instruction only(Dockerfile d, String keyword) {
    List<Instruction> found =
        d.instructions().stream().filter(i -> i.name().equals(keyword)).toList();
    assertEquals(1, found.size(), () -> "expected one " + keyword + " in " + d.instructions());
    return found.get(0);
  }

  static List<String> messages(Dockerfile d) {
    return d.diagnostics().stream().map(Diagnostic::message).toList();
  }

  static List<String> codes(Dockerfile d) {
    return d.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
