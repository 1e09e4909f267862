package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JarRuleTest {

  @Test
  void theLongOptionsWriteTheFileTheyName() {
    List<Artifact> found =
        run(
            new JarRule(),
            lines(
                "FROM debian",
                "WORKDIR /src",
                "RUN javac -d classes Main.java && jar --create --file /app/app.jar"
                    + " --main-class Main -C classes ."));
    assertEquals(List.of("/app/app.jar -> /app/app.jar"), paths(found));
    assertEquals(Artifact.Kind.PROGRAM, found.get(0).kind());
  }

  @Test
  void aRelativeFileIsInTheWorkingDirectory() {
    assertEquals(
        List.of("/src/out/app.jar -> /src/out/app.jar"),
        paths(
            run(
                new JarRule(),
                lines("FROM debian", "WORKDIR /src", "RUN jar -c -f out/app.jar ."))));
  }

  @Test
  void bundledLettersTakeTheirArgumentsInOrder() {
    assertEquals(
        List.of("/w/app.jar -> /w/app.jar"),
        paths(
            run(new JarRule(), lines("FROM debian", "WORKDIR /w", "RUN jar cfe app.jar Main ."))));
    assertEquals(
        List.of("/w/app.jar -> /w/app.jar"),
        paths(
            run(
                new JarRule(),
                lines(
                    "FROM debian",
                    "WORKDIR /w",
                    "RUN jar cvmf MANIFEST.MF app.jar -C classes ."))));
    assertEquals(
        List.of("/w/x.jar -> /w/x.jar"),
        paths(run(new JarRule(), lines("FROM debian", "WORKDIR /w", "RUN jar -cvf x.jar ."))));
  }

  @Test
  void listingOrExtractingMakesNothing() {
    assertTrue(
        run(
                new JarRule(),
                lines("FROM debian", "WORKDIR /w", "RUN jar tf app.jar && jar xf app.jar"))
            .isEmpty());
    assertTrue(
        run(new JarRule(), lines("FROM debian", "WORKDIR /w", "RUN jar --list --file app.jar"))
            .isEmpty());
  }
}
