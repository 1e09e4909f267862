package io.stagecraft.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

  private static List<List<String>> words(ShellScript s) {
    return s.commands().stream()
        .map(c -> c.words().stream().map(ShellToken::value).toList())
        .toList();
  }

  @Test
  void operatorsSplitCommands() {
    ShellScript s =
        ShellScript.parse("apt-get update && apt-get install -y gcc; make || true | cat & wait");
    assertEquals(
        List.of(
            List.of("apt-get", "update"),
            List.of("apt-get", "install", "-y", "gcc"),
            List.of("make"),
            List.of("true"),
            List.of("cat"),
            List.of("wait")),
        words(s));
    assertTrue(s.needsShell());
  }

  @Test
  void quotesAreRemovedAndOffsetsPointAtTheSource() {
    String text = "echo 'a b' \"c\\\"d\" e\\ f";
    ShellScript s = ShellScript.parse(text);
    assertEquals(List.of(List.of("echo", "a b", "c\"d", "e f")), words(s));
    ShellToken quoted = s.commands().get(0).words().get(1);
    assertEquals("'a b'", text.substring(quoted.start(), quoted.end()));
    assertFalse(s.needsShell());
  }

  @Test
  void redirectionsAndTheirTargetsAreLeftOut() {
    ShellScript s = ShellScript.parse("pip freeze > req.txt 2>&1 && cat <in >>out");
    assertEquals(List.of(List.of("pip", "freeze"), List.of("cat")), words(s));
    assertTrue(s.needsShell());
  }

  @Test
  void assignmentsBeforeTheCommandAreSeparate() {
    ShellCommand c =
        ShellScript.parse("CGO_ENABLED=0 GOOS=linux go build -o app").commands().get(0);
    assertEquals(
        List.of("CGO_ENABLED=0", "GOOS=linux"),
        c.assignments().stream().map(ShellToken::value).toList());
    assertEquals("go", c.words().get(0).value());
  }

  @Test
  void expansionsAndWildcardsAreMarked() {
    List<ShellToken> w =
        ShellScript.parse("cp $(ls *.so) \"$HOME\" ~/x ${A:-b} `date` plain")
            .commands()
            .get(0)
            .words();
    assertEquals(
        List.of("cp", "$(ls *.so)", "$HOME", "~/x", "${A:-b}", "`date`", "plain"),
        w.stream().map(ShellToken::value).toList());
    assertTrue(w.get(0).isLiteral());
    assertTrue(w.get(1).expands());
    assertTrue(w.get(2).expands());
    assertTrue(w.get(3).expands());
    assertTrue(w.get(6).isLiteral());
    assertTrue(ShellScript.parse("rm *.tmp").commands().get(0).words().get(1).glob());
  }

  @Test
  void dockerContinuationsJoinLinesAndDropCommentLines() {
    String text = "RUN make \\\n  # build it\n\n  all \\\n  && make install\n";
    ShellScript s = ShellScript.parse(text, 4, text.length(), '\\', true);
    assertEquals(List.of(List.of("make", "all"), List.of("make", "install")), words(s));
    ShellToken all = s.commands().get(0).words().get(1);
    assertEquals("all", text.substring(all.start(), all.end()));
  }

  @Test
  void backtickEscapeContinuations() {
    String text = "RUN go `\n  build\n";
    assertEquals(
        List.of(List.of("go", "build")),
        words(ShellScript.parse(text, 4, text.length(), '`', true)));
  }

  @Test
  void scriptBodiesEndCommandsAtLineBreaksAndSkipComments() {
    ShellScript s = ShellScript.parse("set -e\n# a comment\nmake \\\n  install\n");
    assertEquals(List.of(List.of("set", "-e"), List.of("make", "install")), words(s));
  }

  @Test
  void aSingleLiteralCommandNeedsNoShell() {
    assertFalse(ShellScript.parse("python3 -u app.py --port 8080").needsShell());
    assertTrue(ShellScript.parse("FOO=1 python3 app.py").needsShell());
    assertTrue(ShellScript.parse("python3 app.py # comment").needsShell());
    assertTrue(ShellScript.parse("(cd x && make)").needsShell());
  }
}
