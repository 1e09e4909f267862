package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The parts of {@code stagecraft compare} that need no engine: arguments and their errors. */
class CompareCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new StagecraftCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void variantSpecsTakeAnOptionalTarget() {
    assertEquals(new VariantSpec("A", Path.of("Dockerfile"), null), VariantSpec.parse("A=Dockerfile"));
    assertEquals(new VariantSpec("B", Path.of("sub/Dockerfile.multi"), "runtime"), VariantSpec.parse("B=sub/Dockerfile.multi:runtime"));
    // A colon inside a directory name belongs to the path.
    assertEquals(new VariantSpec("C", Path.of("a:b/Dockerfile"), null), VariantSpec.parse("C=a:b/Dockerfile"));
    assertThrows(IllegalArgumentException.class, () -> VariantSpec.parse("Dockerfile"));
    assertThrows(IllegalArgumentException.class, () -> VariantSpec.parse("A="));
    assertThrows(IllegalArgumentException.class, () -> VariantSpec.parse("A=Dockerfile:"));
  }

  @Test
  void aMalformedVariantIsAUsageError() {
    Run r = run("compare", "--context", dir.toString(), "Dockerfile", "B=Dockerfile");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("expected LABEL=PATH[:TARGET], got 'Dockerfile'"), r.err());
  }

  @Test
  void aMissingContextOrDockerfileIsNamed() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Run noContext = run("compare", "--context", dir.resolve("nope").toString(), "A=x", "B=y");
    assertEquals(2, noContext.exit());
    assertEquals("stagecraft: the context " + dir.resolve("nope") + " is not a directory\n", noContext.err());
    Run noFile = run("compare", "--context", dir.toString(), "A=" + dir.resolve("Dockerfile"), "B=" + dir.resolve("missing"));
    assertEquals(2, noFile.exit());
    assertEquals("stagecraft: B: " + dir.resolve("missing") + ": no such file\n", noFile.err());
  }

  @Test
  void labelsMustDifferAndTheBuilderMustBeKnown() throws Exception {
    Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Run same = run("compare", "--context", dir.toString(), "A=" + f, "A=" + f);
    assertEquals(2, same.exit());
    assertEquals("stagecraft: the two variants need different labels, both are A\n", same.err());
    Run builder = run("compare", "--context", dir.toString(), "--builder", "kaniko", "A=" + f, "B=" + f);
    assertEquals(2, builder.exit());
    assertEquals("stagecraft: --builder must be classic or buildkit, not kaniko\n", builder.err());
  }

  @Test
  void aVariantWithoutTargetBuildsTheLastStage() {
    assertNull(new VariantSpec("A", Path.of("x"), null).target());
  }
}
