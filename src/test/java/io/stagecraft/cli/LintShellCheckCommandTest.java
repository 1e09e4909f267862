package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.lint.shellcheck.ShellCheck;
import io.stagecraft.engine.ShellCheckTests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagecraft lint} with ShellCheck: on the PATH, and missing from it. */
class LintShellCheckCommandTest {
  @TempDir Path dir;

  private Path dockerfile() throws Exception {
    return Files.writeString(
        dir.resolve("Dockerfile"),
        SarifSchemaTest.EVERY_SOURCE + "RUN for f in $(ls /app); do echo \"$f\"; done\n");
  }

  @Test
  void textOutputCarriesScCodesAtTheirLineAndColumn() throws Exception {
    ShellCheckTests.requireShellCheck();
    Path f = dockerfile();
    CliRun r = CliRun.of("lint", f.toString());
    assertTrue(
        r.out()
            .contains(f + ":7:14: error SC2045: Iterating over ls output is fragile. Use globs."),
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void sarifWithScCodesIsValidAndListsTheirRules() throws Exception {
    ShellCheckTests.requireShellCheck();
    CliRun r = CliRun.of("lint", "--format", "sarif", dockerfile().toString());
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertEquals(List.of(), SarifSchema.errors(sarif));
    assertEquals(
        Set.of("buildkit", "hadolint", "stagecraft", "shellcheck"),
        SarifSchemaTest.sourcesOfResults(sarif));
  }

  /** Run as a user runs it, in its own JVM with a PATH that has no shellcheck. */
  @Test
  void withoutShellCheckOneLineOnStandardErrorSaysScChecksAreOff() throws Exception {
    Path other = Files.writeString(dir.resolve("Other.Dockerfile"), "FROM alpine:3\nRUN echo $1\n");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "io.stagecraft.app.Main",
            "lint",
            dockerfile().toString(),
            other.toString());
    Path empty = Files.createDirectory(dir.resolve("empty-path"));
    builder.environment().put("PATH", empty.toString());
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command line did not end in 60 s");
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(1, process.exitValue(), err);
    assertEquals(List.of("stagecraft: " + ShellCheck.NOT_INSTALLED), err.lines().toList());
    assertTrue(out.contains("DL3007"), out);
    assertFalse(out.contains(" SC"), out);
  }
}
