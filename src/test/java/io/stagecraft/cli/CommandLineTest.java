package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void graphJsonPrintsOneObjectPerFileAndLine() throws Exception {
    Path a =
        write(
            "a.Dockerfile",
            "FROM golang:1.22 AS build\nRUN go build\nFROM scratch\nCOPY --from=build /app /app\n");
    Path b = write("b.Dockerfile", "ARG X\nFROM busybox\n");
    CliRun r = run("graph", "--json", a.toString(), b.toString());
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertEquals(a.toString(), first.get("file").asText());
    assertEquals("build", first.at("/stages/0/name").asText());
    assertTrue(first.at("/stages/1/name").isNull());
    assertEquals("[\"FROM\",\"RUN\"]", first.at("/stages/0/instructions").toString());
    assertEquals("{\"image\":\"golang:1.22\"}", first.at("/edges/0/from").toString());
    assertEquals("{\"stage\":0}", first.at("/edges/2/from").toString());
    assertEquals("copy", first.at("/edges/2/kind").asText());
    assertEquals(4, first.at("/edges/2/line").asInt());
    assertEquals(1, first.at("/edges/2/to").asInt());
  }

  @Test
  void errorsGiveExitOneAndDiagnosticsWithPositions() throws Exception {
    Path f = write("bad", "FROM x\nFORM y\n");
    CliRun r = run("graph", "--json", f.toString());
    assertEquals(1, r.exit());
    JsonNode d = new ObjectMapper().readTree(r.out()).at("/diagnostics/0");
    assertEquals(2, d.get("line").asInt());
    assertEquals(1, d.get("column").asInt());
    assertEquals("error", d.get("severity").asText());
  }

  @Test
  void graphJsonResolvesPlatformArgsAndOffersQuickFixes() throws Exception {
    Path f =
        write(
            "Dockerfile",
            "FROM scratch AS out-linux\nFROM scratch AS out-windows\n"
                + "FROM out-$TARGETOS AS out\nCOPY --from=out-linx / /\n");
    JsonNode linux = new ObjectMapper().readTree(run("graph", "--json", f.toString()).out());
    assertEquals("{\"stage\":0}", linux.at("/edges/2/from").toString());
    assertTrue(linux.at("/edges/2/dependsOnArgs").asBoolean());
    assertEquals("[\"out-linux\",\"out-windows\"]", linux.at("/edges/2/candidates").toString());
    JsonNode d = linux.at("/diagnostics/0");
    assertEquals("unresolved-stage-reference", d.get("code").asText());
    assertEquals(4, d.get("line").asInt());
    assertEquals(13, d.get("column").asInt());
    assertEquals("Use stage \"out-linux\"", d.at("/fixes/0/title").asText());
    assertEquals("out-linux", d.at("/fixes/0/edits/0/replacement").asText());
    JsonNode windows =
        new ObjectMapper()
            .readTree(run("graph", "--json", "--platform", "windows/amd64", f.toString()).out());
    assertEquals("{\"stage\":1}", windows.at("/edges/2/from").toString());
  }

  @Test
  void readableTree() throws Exception {
    Path f = write("Dockerfile", "FROM golang AS build\nFROM scratch\nCOPY --from=build /a /b\n");
    CliRun r = run("graph", f.toString());
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("stage 0 \"build\"  FROM golang"), r.out());
    assertTrue(r.out().contains("← copy stage 0 \"build\" (line 3): /a → /b"), r.out());
  }

  @Test
  void missingFileIsAClearMessageWithoutStackTrace() {
    CliRun r = run("graph", dir.resolve("nope").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such file"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("graph").exit());
    assertEquals(2, run("rename-stage", "--from", "a").exit());
    assertEquals(2, run("no-such-command").exit());
  }

  @Test
  void renameStagePrintsTheEditedText() throws Exception {
    String text =
        "# build stage\nFROM golang AS build\nFROM build AS test\nRUN --mount=from=build,target=/x true\n"
            + "FROM scratch\nCOPY --from=build /a /b\n";
    Path f = write("Dockerfile", text);
    CliRun r = run("rename-stage", "--from", "build", "--to", "compile", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        text.replace("build", "compile").replace("# compile stage", "# build stage"), r.out());
    assertEquals(text, Files.readString(f));
  }

  @Test
  void renameStageInPlace() throws Exception {
    Path f = write("Dockerfile", "FROM a AS one\nFROM one\n");
    CliRun r = run("rename-stage", "--from", "one", "--to", "two", "--in-place", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("FROM a AS two\nFROM two\n", Files.readString(f));
    assertEquals("", r.out());
  }

  @Test
  void renameStageProblemsExitOne() throws Exception {
    Path f = write("Dockerfile", "FROM a AS one\nFROM b AS two\n");
    assertEquals(1, run("rename-stage", "--from", "three", "--to", "x", f.toString()).exit());
    CliRun clash = run("rename-stage", "--from", "one", "--to", "TWO", f.toString());
    assertEquals(1, clash.exit());
    assertTrue(clash.err().contains("already named"), clash.err());
  }
}
