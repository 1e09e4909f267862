package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stagecraft split --verify} on the real engine, with small busybox builds: a proof and a
 * mismatch.
 */
class SplitVerifyCommandIT {

  private static final Pattern IMAGE_ROW =
      Pattern.compile("^Image\\s+(\\w+)\\s+(\\w+)$", Pattern.MULTILINE);

  @TempDir Path dir;
  private EngineConnection engine;
  private String lastErr = "";

  @BeforeEach
  void requireEngine() {
    engine = EngineTests.requireEngine();
  }

  /** Removes the two images the table names, so the test leaves nothing behind. */
  @AfterEach
  void removeImages() {
    if (engine == null) { // skipped for want of an engine
      return;
    }
    Matcher m = IMAGE_ROW.matcher(lastErr);
    if (m.find()) {
      engine.client().removeImageCmd(m.group(1)).withForce(true).exec();
      engine.client().removeImageCmd(m.group(2)).withForce(true).exec();
    }
    engine.close();
  }

  private CliRun run(String... args) {
    CliRun r = CliRun.of(args);
    lastErr = r.err();
    return r;
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("Dockerfile"), text);
  }

  @Test
  void aSplitThatKeepsTheAppAndDropsTheBuildLeftoversPasses() throws Exception {
    Path file =
        write(
            "FROM stagecraft/busybox:latest\n"
                + "WORKDIR /app\n"
                + "RUN echo built > /app/stamp && head -c 3000000 /dev/zero > /tmp/leftover\n"
                + "CMD [\"cat\", \"/app/stamp\"]\n");
    CliRun r =
        run(
            "split",
            "--verify",
            "--at",
            "4",
            "--runtime",
            "stagecraft/busybox:latest",
            "--context",
            dir.toString(),
            file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("FROM stagecraft/busybox:latest AS runtime\n"), r.out());
    assertTrue(
        r.err()
            .contains(
                "stagecraft: inspected stagecraft/busybox:latest on the engine: entrypoint none, "
                    + "user root, a shell"),
        r.err());
    assertTrue(r.err().contains("Runs match: yes"), r.err());
    assertTrue(
        r.err()
            .contains(
                "stagecraft: verify: same outcome: both exit with 0 and print the same 1 line(s)"),
        r.err());
    assertTrue(
        Pattern.compile(
                "stagecraft: verify: B is [\\d.]+ times smaller: [\\d,]+ bytes against [\\d,]+")
            .matcher(r.err())
            .find(),
        r.err());
    assertTrue(r.err().endsWith("stagecraft: verify: PASSED\n"), r.err());
  }

  @Test
  void aSplitThatLosesAFileIsAMismatchShownInFull() throws Exception {
    // Nothing in /etc is recognised as a build output, so the runtime lacks the file: the split is
    // wrong.
    Path file =
        write(
            "FROM stagecraft/busybox:latest\n"
                + "RUN echo built > /etc/stamp\n"
                + "CMD [\"cat\", \"/etc/stamp\"]\n");
    CliRun r =
        run(
            "split",
            "--verify",
            "--at",
            "3",
            "--runtime",
            "stagecraft/busybox:latest",
            "--context",
            dir.toString(),
            file.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("Runs match: no"), r.err());
    assertTrue(
        r.err()
            .contains(
                "stagecraft: verify: MISMATCH: the split does not behave like the original\n"
                    + "A exit code: 0\nA stdout:\n  | built\nA stderr:\nB exit code: 1\nB stdout:\nB stderr:\n"
                    + "  | cat: can't open '/etc/stamp': No such file or directory\n"),
        r.err());
    assertTrue(r.err().endsWith("stagecraft: verify: FAILED\n"), r.err());
  }

  @Test
  void inspectReadsTheRuntimesEntrypointSoTheCommandNamesOnlyTheScript() {
    CliRun r =
        run(
            "split",
            "--inspect",
            "--runtime",
            "stagecraft/distroless-python3:latest",
            "assets/samples/python-calculator/Dockerfile");
    assertEquals(0, r.exit(), r.err());
    // The inspection reads the image's file list too, and says how many files it found.
    assertTrue(
        r.err()
            .matches(
                "(?s)stagecraft: inspected stagecraft/distroless-python3:latest on the engine: "
                    + "entrypoint /usr/bin/python3, user 65532:65532, no shell, "
                    + "[1-9][0-9]* files read from its filesystem\n.*"),
        r.err());
    assertTrue(r.out().contains("FROM stagecraft/distroless-python3:latest AS runtime\n"), r.out());
    assertTrue(r.out().endsWith("CMD [\"app.py\"]\n"), r.out());
  }

  @Test
  void aRuntimeTheEngineLacksLeavesTheSplitAsTheCatalogueHasIt() {
    String image =
        "stagecraft-never-built/distroless-static-debian12:nonroot"; // a name no engine here has
    CliRun inspected =
        run("split", "--inspect", "--runtime", image, "assets/samples/go-primes/Dockerfile");
    CliRun plain = run("split", "--runtime", image, "assets/samples/go-primes/Dockerfile");
    assertEquals(0, inspected.exit(), inspected.err());
    assertEquals(plain.out(), inspected.out());
    assertEquals(plain.err(), inspected.err());
  }
}
