package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static io.stagecraft.core.split.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CCompilerRuleTest {
  private final CCompilerRule rule = new CCompilerRule();

  @Test
  void everyCompilerDriverWithDashO() {
    String text =
        lines(
            "FROM gcc",
            "WORKDIR /w",
            "RUN gcc -O2 -o hello hello.c",
            "RUN cc main.c -ofoo",
            "RUN g++ -std=c++17 x.cpp -o /usr/local/bin/x",
            "RUN clang -o /out/y y.c && clang++-15 -o z z.cc");
    assertEquals(
        List.of(
            "/w/hello -> /w/hello",
            "/w/foo -> /w/foo",
            "/usr/local/bin/x -> /usr/local/bin/x",
            "/out/y -> /out/y",
            "/w/z -> /w/z"),
        paths(run(rule, text)));
  }

  @Test
  void withoutDashOItIsAOut() {
    assertEquals(
        List.of("/src/a.out -> /src/a.out"),
        paths(run(rule, lines("FROM gcc", "WORKDIR /src", "RUN gcc main.c"))));
  }

  @Test
  void compilingToObjectsMakesNoProgram() {
    assertTrue(
        run(rule, lines("FROM gcc", "WORKDIR /src", "RUN gcc -c -o main.o main.c && gcc --version"))
            .isEmpty());
  }

  @Test
  void staticLinkingIsNoticed() {
    List<CommandContext> commands =
        scan(lines("FROM gcc", "RUN gcc -static -o /a a.c", "RUN gcc -o /b b.c")).commands();
    assertTrue(CCompilerRule.isStatic(commands.get(0)));
    assertFalse(CCompilerRule.isStatic(commands.get(1)));
    assertTrue(
        run(rule, lines("FROM gcc", "RUN gcc -static -o /a a.c"))
            .get(0)
            .reason()
            .contains("statically linked"));
  }
}
