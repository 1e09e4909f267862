package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String text) throws Exception {
    Path p = dir.resolve("Dockerfile");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void oneClickPrintsTheSplitAndNotesGoToStandardError() throws Exception {
    Path f = write("FROM ubuntu:latest\nWORKDIR /app\nCOPY . .\nCMD [\"python3\", \"app.py\"]\n");
    CliRun r = run("split", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "FROM ubuntu:latest AS build\nWORKDIR /app\nCOPY . .\n\n"
            + "FROM gcr.io/distroless/python3-debian12:nonroot AS runtime\nWORKDIR /app\nCOPY --from=build /app /app\n"
            + "CMD [\"app.py\"]\n",
        r.out());
    assertTrue(r.err().contains(": info: Detected Python"), r.err());
  }

  @Test
  void atRuntimeAndBuilderName() throws Exception {
    Path f =
        write(
            "FROM golang:1.22\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /bin/app .\nCMD [\"/bin/app\"]\n");
    CliRun r =
        run(
            "split",
            "--at",
            "4",
            "--runtime",
            "scratch",
            "--builder-name",
            "compile",
            "--no-strip",
            f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "FROM golang:1.22 AS compile\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /bin/app .\n\n"
            + "FROM scratch AS runtime\nWORKDIR /src\nCOPY --from=compile /bin/app /bin/app\nUSER 65532:65532\n"
            + "CMD [\"/bin/app\"]\n",
        r.out());
    assertTrue(
        r.err().contains(": info: The runtime runs as USER 65532:65532, which the split adds"),
        r.err());
  }

  @Test
  void rootLeavesAScratchRuntimeWithoutAUser() throws Exception {
    Path f =
        write(
            "FROM golang:1.22\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /bin/app .\nCMD [\"/bin/app\"]\n");
    CliRun r = run("split", "--runtime", "scratch", "--root", "--no-strip", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "FROM golang:1.22 AS build\nWORKDIR /src\nRUN CGO_ENABLED=0 go build -o /bin/app .\n\n"
            + "FROM scratch AS runtime\nWORKDIR /src\nCOPY --from=build /bin/app /bin/app\nCMD [\"/bin/app\"]\n",
        r.out());
    assertFalse(r.err().contains("USER"), r.err());
  }

  @Test
  void debugAndRootPickTheTag() throws Exception {
    Path f =
        write("FROM golang:1.22\nWORKDIR /src\nRUN go build -o /bin/app .\nCMD [\"/bin/app\"]\n");
    assertTrue(
        run("split", "--debug", f.toString())
            .out()
            .contains("FROM gcr.io/distroless/static-debian12:debug-nonroot AS"));
    assertTrue(
        run("split", "--root", f.toString())
            .out()
            .contains("FROM gcr.io/distroless/static-debian12:latest AS"));
  }

  @Test
  void aShellCommandOnARuntimeWithoutAShellIsRefusedWithExitThree() throws Exception {
    Path f = write("FROM debian\nWORKDIR /app\nCOPY . .\nCMD ./run | tee log\n");
    CliRun r = run("split", "--runtime", "gcr.io/distroless/base-debian12", f.toString());
    assertEquals(3, r.exit());
    assertTrue(
        r.err()
            .contains(
                f
                    + ":4: refused: a shell-form CMD (it uses a pipe) needs /bin/sh, and"
                    + " gcr.io/distroless/base-debian12 has no /bin/sh, so the app cannot start"
                    + " there."),
        r.err());
    assertEquals(1, r.err().split("shell-form CMD", -1).length - 1, "reported once: " + r.err());
    assertFalse(r.err().contains("problem:"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aSplitPrintedWithProblemNotesExitsFour() throws Exception {
    Path f =
        write(
            "FROM debian:bookworm\nWORKDIR /app\nCOPY . .\n"
                + "RUN pip3 install -r requirements.txt\nCMD [\"python3\", \"app.py\"]\n");
    // Before line 4, the RUN lands in a runtime without a shell: printed, with a problem note.
    CliRun r = run("split", "--offline", "--at", "4", f.toString());
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains(f + ":4: problem: RUN now runs in the runtime stage"), r.err());
    assertTrue(r.out().contains(" AS runtime\n"), r.out());

    CliRun clean = run("split", "--offline", "--at", "5", f.toString());
    assertFalse(clean.err().contains(": problem: "), clean.err());
    assertEquals(0, clean.exit(), clean.err());
  }

  @Test
  void anEntrypointScriptComesFromTheContextAndItsShellDecidesTheRuntime() throws Exception {
    Files.writeString(dir.resolve("docker-entrypoint.sh"), "#!/bin/sh\nexec \"$@\"\n");
    Path f =
        write(
            "FROM debian\nRUN gcc -static -o /usr/local/bin/hi hi.c\n"
                + "COPY --chmod=755 docker-entrypoint.sh /usr/local/bin/\n"
                + "ENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"hi\"]\n");
    CliRun onScratch = run("split", "--runtime", "scratch", f.toString());
    assertEquals(3, onScratch.exit(), onScratch.err());
    assertTrue(
        onScratch
            .err()
            .contains(
                f
                    + ":4: refused: /usr/local/bin/docker-entrypoint.sh (its first line is #!/bin/sh)"
                    + " needs /bin/sh, and scratch has no /bin/sh, so the app cannot start there."
                    + " A runtime that has it: busybox:stable (--runtime)."),
        onScratch.err());
    CliRun suggested = run("split", f.toString());
    assertEquals(0, suggested.exit(), suggested.err());
    assertTrue(suggested.out().contains("FROM busybox:stable AS runtime\n"), suggested.out());
    assertTrue(
        suggested.out().contains("COPY --chmod=755 docker-entrypoint.sh /usr/local/bin/\n"),
        suggested.out());
  }

  @Test
  void noSplitExitsOneWithAMessage() throws Exception {
    Path multi = write("FROM golang AS b\nRUN go build -o /a\nFROM scratch\nCOPY --from=b /a /a\n");
    CliRun r = run("split", multi.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("already multi-stage"), r.err());
    assertEquals("", r.out());
    Path none = write("# no stage\n");
    assertEquals(1, run("split", none.toString()).exit());
    Path inside = write("FROM debian\nRUN a \\\n  b\nCMD x\n");
    CliRun i = run("split", "--at", "3", inside.toString());
    assertEquals(1, i.exit());
    assertTrue(i.err().contains("inside the RUN that starts on line 2"), i.err());
  }

  @Test
  void explainListsEachProposalWithItsRuleAndDiffPrintsOnlyTheChanges() throws Exception {
    Path f =
        write("FROM golang:1.22\nWORKDIR /src\nRUN go build -o /bin/app .\nCMD [\"/bin/app\"]\n");
    CliRun r = run("split", "--explain", "--diff", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                f
                    + ":3: copy from: COPY --from=build /bin/app /bin/app  (go-build: go build -o /bin/app"),
        r.err());
    assertTrue(r.err().contains(f + ":3: builder change: ENV CGO_ENABLED=0  (go-build: "), r.err());
    assertTrue(r.out().startsWith("--- Dockerfile\n+++ Dockerfile (split)\n@@ "), r.out());
    assertTrue(r.out().contains("\n+COPY --from=build /bin/app /bin/app\n"), r.out());
  }

  @Test
  void aMissingFileIsAUsageError() {
    CliRun r = run("split", dir.resolve("nope").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void verifyNeedsAContextBeforeAnythingIsReadOrBuilt() throws Exception {
    Path f = write("FROM stagecraft/busybox:latest\nRUN true\nCMD [\"true\"]\n");
    CliRun r = run("split", "--verify", f.toString());
    assertEquals(2, r.exit());
    assertEquals("stagecraft: --verify needs --context DIR\n", r.err());
    CliRun bad =
        run("split", "--verify", "--context", dir.resolve("missing").toString(), f.toString());
    assertEquals(2, bad.exit());
    assertEquals(
        "stagecraft: the context " + dir.resolve("missing") + " is not a directory\n", bad.err());
  }

  @Test
  void offlineKeepsTheTextOnlyTransformOfAnUncataloguedRuntimeWithItsWarning() throws Exception {
    Path f =
        write("FROM python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD [\"python3\", \"app.py\"]\n");
    CliRun r = run("split", "--offline", "--runtime", "example.org/team/pyrt:1", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().endsWith("CMD [\"python3\", \"app.py\"]\n"), r.out());
    assertTrue(
        r.err().contains("example.org/team/pyrt:1 is not in the catalogue: a shell, a C library"),
        r.err());
    assertFalse(r.err().contains("Docker engine"), r.err());
    assertFalse(r.err().contains("inspected"), r.err());
  }

  @Test
  void offlineCannotBeCombinedWithInspectOrVerify() throws Exception {
    Path f = write("FROM stagecraft/busybox:latest\nRUN true\nCMD [\"true\"]\n");
    CliRun inspect = run("split", "--offline", "--inspect", f.toString());
    assertEquals(2, inspect.exit());
    assertEquals("stagecraft: --offline cannot be combined with --inspect\n", inspect.err());
    CliRun verify =
        run("split", "--offline", "--verify", "--context", dir.toString(), f.toString());
    assertEquals(2, verify.exit());
    assertEquals("stagecraft: --offline cannot be combined with --verify\n", verify.err());
  }
}
