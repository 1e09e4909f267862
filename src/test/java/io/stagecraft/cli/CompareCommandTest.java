package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of {@code stagecraft compare} that need no engine: arguments and their errors. */
class CompareCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void variantSpecsTakeAnOptionalTarget() {
    assertEquals(
        new VariantSpec("A", Path.of("Dockerfile"), null), VariantSpec.parse("A=Dockerfile"));
    assertEquals(
        new VariantSpec("B", Path.of("sub/Dockerfile.multi"), "runtime"),
        VariantSpec.parse("B=sub/Dockerfile.multi:runtime"));
    // A colon inside a directory name belongs to the path.
    assertEquals(
        new VariantSpec("C", Path.of("a:b/Dockerfile"), null),
        VariantSpec.parse("C=a:b/Dockerfile"));
    assertThrows(IllegalArgumentException.class, () -> VariantSpec.parse("Dockerfile"));
    assertThrows(IllegalArgumentException.class, () -> VariantSpec.parse("A="));
    assertThrows(IllegalArgumentException.class, () -> VariantSpec.parse("A=Dockerfile:"));
  }

  @Test
  void aMalformedVariantIsAUsageError() {
    CliRun r = run("compare", "--context", dir.toString(), "Dockerfile", "B=Dockerfile");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("expected LABEL=PATH[:TARGET], got 'Dockerfile'"), r.err());
  }

  @Test
  void aMissingContextOrDockerfileIsNamed() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    CliRun noContext = run("compare", "--context", dir.resolve("nope").toString(), "A=x", "B=y");
    assertEquals(2, noContext.exit());
    assertEquals(
        "stagecraft: the context " + dir.resolve("nope") + " is not a directory\n",
        noContext.err());
    CliRun noFile =
        run(
            "compare",
            "--context",
            dir.toString(),
            "A=" + dir.resolve("Dockerfile"),
            "B=" + dir.resolve("missing"));
    assertEquals(2, noFile.exit());
    assertEquals("stagecraft: B: " + dir.resolve("missing") + ": no such file\n", noFile.err());
  }

  @Test
  void labelsMustDifferAndTheBuilderMustBeKnown() throws Exception {
    Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    CliRun same = run("compare", "--context", dir.toString(), "A=" + f, "A=" + f);
    assertEquals(2, same.exit());
    assertEquals("stagecraft: the two variants need different labels, both are A\n", same.err());
    CliRun builder =
        run("compare", "--context", dir.toString(), "--builder", "kaniko", "A=" + f, "B=" + f);
    assertEquals(2, builder.exit());
    assertEquals("stagecraft: --builder must be classic or buildkit, not kaniko\n", builder.err());
  }

  @Test
  void aVariantWithoutTargetBuildsTheLastStage() {
    assertNull(new VariantSpec("A", Path.of("x"), null).target());
  }
}
