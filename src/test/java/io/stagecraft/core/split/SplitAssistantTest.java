package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.SplitChecks.assertWellFormed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.EditException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitAssistantTest {
  private final SplitAssistant assistant = new SplitAssistant();

  private SplitPreview slim(String text, String runtime) throws EditException {
    SplitPreview p = assistant.slim(text, SplitOptions.defaults().withRuntime(runtime));
    assertWellFormed(p);
    return p;
  }

  private SplitPreview at(String text, int line, String runtime) throws EditException {
    SplitPreview p = assistant.splitAt(text, line, SplitOptions.defaults().withRuntime(runtime));
    assertWellFormed(p);
    return p;
  }

  private static boolean hasNote(SplitPreview p, Note.Level level, String fragment) {
    return p.notes().stream().anyMatch(n -> n.level() == level && n.message().contains(fragment));
  }

  @Test
  void theLessonsPythonAppOnDistrolessPython3() throws Exception {
    String text =
        lines(
            "FROM ubuntu:latest",
            "WORKDIR /app",
            "RUN apt-get update && apt-get install -y python3 python3-pip",
            "COPY . .",
            "RUN pip3 install -r requirements.txt",
            "CMD [\"python3\", \"app.py\"]");
    SplitPreview p = slim(text, "gcr.io/distroless/python3");
    assertEquals(
        lines(
            "FROM ubuntu:latest AS build",
            "WORKDIR /app",
            "RUN apt-get update && apt-get install -y python3 python3-pip",
            "COPY . .",
            "RUN pip3 install --target /app/deps -r requirements.txt",
            "",
            "FROM gcr.io/distroless/python3 AS runtime",
            "WORKDIR /app",
            "ENV PYTHONPATH=/app/deps",
            "COPY --from=build /app /app",
            "USER 65532:65532",
            "CMD [\"app.py\"]"),
        p.after());
    Proposal cmd = p.proposals(Proposal.Kind.REWRITTEN).get(0);
    assertEquals("CMD [\"app.py\"]", cmd.text());
    assertTrue(cmd.reason().contains("would run /usr/bin/python3 python3 app.py"), cmd.reason());
    Proposal copy = p.proposals(Proposal.Kind.COPY_FROM).get(0);
    assertEquals("workdir", copy.rule());
    assertTrue(copy.reason().contains("/app/deps (pip)"), copy.reason());
    assertEquals("pip", p.proposals(Proposal.Kind.BUILDER_CHANGE).get(0).rule());
    assertEquals(Ecosystem.PYTHON, p.detection().ecosystem());
    assertFalse(p.hasProblems());
  }

  @Test
  void aLocalRuntimeNamedLikeDistrolessPython3Works() throws Exception {
    String text =
        lines(
            "FROM debian:bookworm",
            "WORKDIR /app",
            "COPY app.py .",
            "CMD [\"python3\", \"app.py\"]");
    SplitPreview p = slim(text, "stagecraft/distroless-python3:latest");
    assertTrue(
        p.after()
            .endsWith(
                lines(
                    "FROM stagecraft/distroless-python3:latest AS runtime",
                    "WORKDIR /app",
                    "COPY --from=build /app /app",
                    "USER 65532:65532",
                    "CMD [\"app.py\"]")),
        p.after());
  }

  @Test
  void theInspectedConfigOfALocalImageWinsOverItsName() throws Exception {
    String text =
        lines("FROM debian:bookworm", "WORKDIR /app", "COPY app.py .", "CMD python3 app.py");
    SplitOptions options =
        SplitOptions.defaults()
            .withRuntime("local/py:1")
            .withInspectedRuntime(new ImageConfig(List.of("/usr/bin/python3.11"), "65532", false));
    SplitPreview p = assistant.slim(text, options);
    assertWellFormed(p);
    assertEquals(RuntimeImage.Source.INSPECTED, p.runtime().source());
    assertTrue(p.after().endsWith("CMD [\"app.py\"]\n"), p.after());
  }

  @Test
  void aVisualSplitKeepsCommentsContinuationsAndHeredocsByteForByte() throws Exception {
    String text =
        lines(
            "# syntax=docker/dockerfile:1",
            "ARG VERSION=1.0",
            "FROM debian:bookworm",
            "WORKDIR /src",
            "# tools, with a comment inside",
            "RUN apt-get update \\",
            "    # the compiler",
            "    && apt-get install -y gcc make",
            "COPY . .",
            "RUN <<EOF",
            "set -e",
            "make",
            "make install DESTDIR=/out PREFIX=/usr",
            "EOF",
            "LABEL version=${VERSION}",
            "EXPOSE 8080",
            "# start it",
            "CMD exec /usr/bin/server --port 8080");
    SplitPreview p = at(text, 15, "gcr.io/distroless/cc-debian12");
    assertEquals(
        lines(
            "# syntax=docker/dockerfile:1",
            "ARG VERSION=1.0",
            "FROM debian:bookworm AS build",
            "WORKDIR /src",
            "# tools, with a comment inside",
            "RUN apt-get update \\",
            "    # the compiler",
            "    && apt-get install -y gcc make",
            "COPY . .",
            "RUN <<EOF",
            "set -e",
            "make",
            "make install DESTDIR=/out PREFIX=/usr",
            "EOF",
            "RUN mkdir -p /runtime-libs && for program in $(find /out/ -type f -perm -u+x);"
                + " do ldd \"$program\" 2>/dev/null; done \\",
            "    | awk '$2 == \"=>\" && $3 ~ /^\\// { print \"lib\", $3 } $1 ~ /^\\// { print"
                + " \"loader\", $1 }' | sort -u \\",
            "    | while read -r kind lib; do case \"${lib##*/}\" in"
                + " ld-linux-x86-64.so.2|libc.so.6|libcrypto.so.3|libdl.so.2|libgcc_s.so.1|libm.so.6"
                + "|libpthread.so.0|libresolv.so.2|librt.so.1|libssl.so.3|libstdc++.so.6) continue ;;"
                + " esac; \\",
            "    if [ \"$kind\" = loader ]; then dir=\"${lib%/*}\"; else dir=\"$(readlink -f"
                + " \"${lib%/*}\")\"; fi; \\",
            "    mkdir -p \"/runtime-libs$dir\" && cp -L \"$lib\" \"/runtime-libs$dir/\"; done",
            "",
            "FROM gcr.io/distroless/cc-debian12 AS runtime",
            "ARG VERSION",
            "WORKDIR /src",
            "COPY --from=build /out/ /",
            "COPY --from=build /runtime-libs/ /",
            "USER 65532:65532",
            "LABEL version=${VERSION}",
            "EXPOSE 8080",
            "# start it",
            "CMD [\"/usr/bin/server\", \"--port\", \"8080\"]"),
        p.after());
    assertEquals("make", p.proposals(Proposal.Kind.COPY_FROM).get(0).rule());
    assertTrue(p.proposals(Proposal.Kind.ARG).get(0).reason().contains("before the first FROM"));
  }

  @Test
  void theSameSplitInOneClickMovesTheImageSettings() throws Exception {
    String text =
        lines(
            "FROM debian:bookworm",
            "WORKDIR /src",
            "RUN gcc -static -o /usr/local/bin/hello hello.c",
            "EXPOSE 80",
            "",
            "# say hello",
            "CMD hello",
            "");
    SplitPreview p = slim(text, null);
    assertEquals(
        lines(
            "FROM debian:bookworm AS build",
            "WORKDIR /src",
            "RUN gcc -s -static -o /usr/local/bin/hello hello.c",
            "",
            "FROM gcr.io/distroless/static-debian12:nonroot AS runtime",
            "WORKDIR /src",
            "COPY --from=build /usr/local/bin/hello /usr/local/bin/hello",
            "EXPOSE 80",
            "# say hello",
            "CMD [\"hello\"]",
            ""),
        p.after());
    assertEquals(Ecosystem.C, p.detection().ecosystem());
  }

  @Test
  void argsUsedAfterTheSplitPointAreCarriedOrDeclaredAgain() throws Exception {
    String text =
        lines(
            "ARG GO_VERSION=1.22",
            "ARG PORT=8080",
            "FROM golang:${GO_VERSION}",
            "ARG APP=server",
            "ARG UNUSED=1",
            "ENV CGO_ENABLED=0",
            "WORKDIR /src/${APP}",
            "RUN go build -o /out/${APP} .",
            "ARG LATE=x",
            "EXPOSE ${PORT}",
            "LABEL app=${APP} late=${LATE}",
            "CMD [\"/out/server\"]");
    SplitPreview p = at(text, 10, "gcr.io/distroless/static-debian12");
    assertEquals(
        lines(
            "ARG GO_VERSION=1.22",
            "ARG PORT=8080",
            "FROM golang:${GO_VERSION} AS build",
            "ARG APP=server",
            "ARG UNUSED=1",
            "ENV CGO_ENABLED=0",
            "WORKDIR /src/${APP}",
            "RUN go build -ldflags=\"-s -w\" -o /out/${APP} .",
            "ARG LATE=x",
            "",
            "FROM gcr.io/distroless/static-debian12 AS runtime",
            "ARG APP=server",
            "ARG PORT",
            "ARG LATE=x",
            "WORKDIR /src/${APP}",
            "COPY --from=build /out/server /out/server",
            "USER 65532:65532",
            "EXPOSE ${PORT}",
            "LABEL app=${APP} late=${LATE}",
            "CMD [\"/out/server\"]"),
        p.after());
    assertEquals(
        List.of("ARG APP=server", "ARG PORT", "ARG LATE=x"),
        p.proposals(Proposal.Kind.ARG).stream().map(Proposal::text).toList());
    assertEquals("ENV CGO_ENABLED=0", p.proposals(Proposal.Kind.DROPPED).get(0).text());
  }

  @Test
  void argsTheTailDeclaresItselfAreNotDeclaredTwice() throws Exception {
    String text =
        lines(
            "ARG TAG=1", "FROM debian", "WORKDIR /app", "RUN make", "ARG TAG", "LABEL tag=${TAG}");
    SplitPreview p = at(text, 5, "debian:bookworm-slim");
    assertEquals(
        lines(
            "ARG TAG=1",
            "FROM debian AS build",
            "WORKDIR /app",
            "RUN make",
            "",
            "FROM debian:bookworm-slim AS runtime",
            "WORKDIR /app",
            "COPY --from=build /app /app",
            "USER 65532:65532",
            "ARG TAG",
            "LABEL tag=${TAG}"),
        p.after());
  }

  @Test
  void aShellFormCmdThatNeedsAShellIsRefusedOnceAndLeftAlone() throws Exception {
    String text = lines("FROM debian", "WORKDIR /app", "COPY . .", "CMD ./serve.sh | tee /tmp/log");
    SplitPreview p = slim(text, "gcr.io/distroless/base-debian12");
    assertTrue(p.after().endsWith("CMD ./serve.sh | tee /tmp/log\n"));
    assertEquals(1, p.refusals().size(), p.refusals().toString());
    assertTrue(
        p.refusals().get(0).message().startsWith("a shell-form CMD (it uses a pipe) needs /bin/sh"),
        p.refusals().toString());
    assertFalse(
        p.notes().stream().anyMatch(n -> n.message().contains("shell")),
        "the refusal is the one report: " + p.notes());
  }

  @Test
  void shellFeaturesAreNamedWhenFlagged() throws Exception {
    for (String[] c :
        new String[][] {
          {"CMD cd /app && ./run", "&&"},
          {"CMD ./run $PORT", "a variable"},
          {"CMD ./run > /log", "a redirection"},
          {"CMD ./run *.conf", "a wildcard"}
        }) {
      SplitPreview p =
          slim(lines("FROM debian", "WORKDIR /app", "COPY . .", c[0]), "gcr.io/distroless/static");
      assertTrue(
          p.refusals().stream().anyMatch(r -> r.message().contains("(it uses " + c[1] + ")")),
          c[0] + ": " + p.refusals());
    }
  }

  @Test
  void onARuntimeWithAShellAndAnEntrypointTheShellFormIsKeptBehindAnEmptyEntrypoint()
      throws Exception {
    String text = lines("FROM debian", "WORKDIR /app", "COPY . .", "CMD ./serve.sh | tee /tmp/log");
    SplitPreview p = slim(text, "gcr.io/distroless/base-debian12:debug");
    assertTrue(
        p.after().endsWith(lines("ENTRYPOINT []", "CMD ./serve.sh | tee /tmp/log")), p.after());
    assertFalse(p.hasProblems());
  }

  @Test
  void aCommandThatIsNotTheRuntimesEntrypointClearsIt() throws Exception {
    String text =
        lines("FROM python:3.12", "WORKDIR /app", "COPY . .", "CMD [\"/app/start\", \"--fast\"]");
    SplitPreview p = slim(text, "gcr.io/distroless/python3-debian12");
    assertTrue(
        p.after().endsWith(lines("ENTRYPOINT []", "CMD [\"/app/start\", \"--fast\"]")), p.after());
  }

  @Test
  void javaDashJarAndNodeLoseTheProgramTheRuntimeAlreadyRuns() throws Exception {
    String java =
        lines(
            "FROM maven:3.9",
            "WORKDIR /src",
            "COPY . .",
            "RUN mvn -B package",
            "CMD [\"java\", \"-jar\", \"target/app.jar\"]");
    SplitPreview j = slim(java, null);
    assertTrue(
        j.after().contains("FROM gcr.io/distroless/java17-debian12:nonroot AS runtime\n"),
        j.after());
    assertTrue(
        j.after()
            .endsWith(
                lines(
                    "COPY --from=build /src/target/*.jar /src/target/",
                    "CMD [\"target/app.jar\"]")),
        j.after());
    String node =
        lines("FROM node:20", "WORKDIR /srv", "COPY . .", "RUN npm ci", "CMD node index.js");
    SplitPreview n = slim(node, null);
    assertTrue(
        n.after().endsWith(lines("COPY --from=build /srv /srv", "CMD [\"index.js\"]")), n.after());
  }

  @Test
  void aVirtualenvsPythonIsNotTheRuntimesInterpreter() throws Exception {
    String text =
        lines(
            "FROM python:3.11",
            "WORKDIR /app",
            "RUN python -m venv /opt/venv",
            "ENV PATH=/opt/venv/bin:$PATH",
            "RUN pip install flask",
            "COPY . .",
            "CMD [\"python\", \"app.py\"]");
    SplitPreview p = slim(text, null);
    assertTrue(
        p.after()
            .endsWith(
                lines(
                    "COPY --from=build /opt/venv /opt/venv",
                    "COPY --from=build /app /app",
                    "ENTRYPOINT []",
                    "CMD [\"python\", \"app.py\"]")),
        p.after());
    assertFalse(p.after().contains("--target"), "a pip inside the virtualenv is left alone");
  }

  @Test
  void aCmdAfterTheSplitPointIsFittedInPlace() throws Exception {
    String text =
        lines("FROM debian", "WORKDIR /app", "COPY . .", "# run", "CMD [\"python3\", \"app.py\"]");
    SplitPreview p = at(text, 4, "gcr.io/distroless/python3-debian12");
    assertEquals(
        lines(
            "FROM debian AS build",
            "WORKDIR /app",
            "COPY . .",
            "",
            "FROM gcr.io/distroless/python3-debian12 AS runtime",
            "WORKDIR /app",
            "COPY --from=build /app /app",
            "USER 65532:65532",
            "# run",
            "CMD [\"app.py\"]"),
        p.after());
  }

  @Test
  void healthchecksAndEntrypointsGetExecFormWithoutAShell() throws Exception {
    String text =
        lines(
            "FROM debian",
            "WORKDIR /app",
            "RUN gcc -static -o /app/srv srv.c",
            "HEALTHCHECK --interval=5s CMD /app/srv --check",
            "ENTRYPOINT /app/srv --serve");
    SplitPreview p = slim(text, "gcr.io/distroless/static");
    assertTrue(
        p.after()
            .endsWith(
                lines(
                    "HEALTHCHECK --interval=5s CMD [\"/app/srv\", \"--check\"]",
                    "ENTRYPOINT [\"/app/srv\", \"--serve\"]")),
        p.after());
  }

  @Test
  void aNamedUserOfTheBuilderIsFlagged() throws Exception {
    String text =
        lines(
            "FROM debian",
            "RUN useradd app",
            "WORKDIR /app",
            "COPY . .",
            "USER app",
            "CMD [\"/app/run\"]");
    SplitPreview p = slim(text, "gcr.io/distroless/base-debian12");
    assertTrue(
        p.after().endsWith(lines("COPY --from=build /app /app", "USER app", "CMD [\"/app/run\"]")),
        p.after());
    assertEquals(1, p.refusals().size(), p.refusals().toString());
    assertEquals(Refusal.Missing.USER, p.refusals().get(0).missing());
    assertTrue(
        p.refusals()
            .get(0)
            .message()
            .startsWith(
                "USER app exists only in the builder's /etc/passwd, not in"
                    + " gcr.io/distroless/base-debian12, and the builder fixes no numeric id"),
        p.refusals().toString());
  }

  @Test
  void aDynamicProgramOnARuntimeWithoutACLibraryGetsTheCLibraryAndTheLoader() throws Exception {
    String text = lines("FROM debian", "RUN gcc -o /usr/bin/hi hi.c", "CMD [\"hi\"]");
    SplitPreview p = slim(text, "gcr.io/distroless/static-debian12");
    assertFalse(p.refused(), p.refusals().toString());
    assertTrue(p.after().contains("for program in /usr/bin/hi; do ldd \"$program\""), p.after());
    // The runtime has no C library, so none is skipped: libc.so.6 and the loader come along.
    assertFalse(p.after().contains("case \"${lib##*/}\""), p.after());
    assertTrue(
        p.after()
            .contains(
                "COPY --from=build /usr/bin/hi /usr/bin/hi\nCOPY --from=build /runtime-libs/ /\n"),
        p.after());
    assertTrue(
        p.proposals(Proposal.Kind.BUILDER_CHANGE).stream()
            .anyMatch(b -> "shared-libraries".equals(b.rule())),
        p.proposals().toString());
    SplitPreview suggested = slim(text, null);
    assertTrue(
        suggested.after().contains("FROM gcr.io/distroless/cc-debian12:nonroot AS runtime"),
        suggested.after());
    assertFalse(suggested.hasProblems(), suggested.notes().toString());
  }

  @Test
  void goGetsCgoDisabledOnlyWhenTheRuntimeHasNoCLibrary() throws Exception {
    String text =
        lines(
            "FROM golang:1.22",
            "WORKDIR /src",
            "COPY . .",
            "RUN go build -o /app .",
            "CMD [\"/app\"]");
    SplitPreview onStatic = slim(text, null);
    assertTrue(
        onStatic.after().contains("COPY . .\nENV CGO_ENABLED=0\nRUN go build"), onStatic.after());
    SplitPreview onBase = slim(text, "gcr.io/distroless/base-debian12");
    assertFalse(onBase.after().contains("CGO_ENABLED"), onBase.after());
    SplitPreview already = slim(text.replace("RUN go build", "RUN CGO_ENABLED=0 go build"), null);
    assertFalse(already.after().contains("ENV CGO_ENABLED"), already.after());
  }

  @Test
  void symbolStrippingCanBeTurnedOff() throws Exception {
    String text =
        lines(
            "FROM golang:1.22",
            "WORKDIR /src",
            "RUN CGO_ENABLED=0 go build -o /app .",
            "CMD [\"/app\"]");
    SplitPreview p = assistant.slim(text, SplitOptions.defaults().withStripSymbols(false));
    assertTrue(p.after().contains("RUN CGO_ENABLED=0 go build -o /app .\n"), p.after());
    assertTrue(
        assistant
            .slim(text, SplitOptions.defaults())
            .after()
            .contains("go build -ldflags=\"-s -w\" -o /app"));
  }

  @Test
  void nonrootIsTheDefaultAndDebugAnOption() throws Exception {
    String text =
        lines("FROM golang:1.22", "WORKDIR /src", "RUN go build -o /app .", "CMD [\"/app\"]");
    assertEquals(
        "gcr.io/distroless/static-debian12:nonroot",
        assistant.slim(text, SplitOptions.defaults()).runtime().reference());
    assertEquals(
        "gcr.io/distroless/static-debian12:debug-nonroot",
        assistant.slim(text, SplitOptions.defaults().withDebug(true)).runtime().reference());
    assertEquals(
        "gcr.io/distroless/static-debian12:latest",
        assistant.slim(text, SplitOptions.defaults().withNonroot(false)).runtime().reference());
    SplitPreview debug = assistant.slim(text, SplitOptions.defaults().withDebug(true));
    assertTrue(
        debug.after().endsWith(lines("ENTRYPOINT []", "CMD [\"/app\"]")),
        "debug's busybox entrypoint is cleared");
  }

  @Test
  void anythingElseGetsASlimImageOfTheSameDistributionWithANote() throws Exception {
    String text =
        lines(
            "FROM debian:bookworm",
            "RUN apt-get update && apt-get install -y nginx",
            "WORKDIR /srv",
            "COPY site .",
            "CMD [\"nginx\", \"-g\", \"daemon off;\"]");
    SplitPreview p = slim(text, null);
    assertEquals(Ecosystem.OTHER, p.detection().ecosystem());
    assertTrue(p.after().contains("FROM debian:bookworm-slim AS runtime\n"), p.after());
    assertTrue(
        hasNote(p, Note.Level.WARNING, "must be installed there again"), p.notes().toString());
  }

  @Test
  void theBuilderKeepsItsNameAndLaterIndexReferencesShift() throws Exception {
    String text =
        lines(
            "FROM debian AS app",
            "WORKDIR /app",
            "RUN make",
            "CMD [\"/app/x\"]",
            "",
            "FROM alpine AS test",
            "COPY --from=app /app/x /x",
            "",
            "FROM alpine",
            "COPY --from=1 /x /y",
            "COPY --from=0 /app/x /z");
    SplitPreview p = at(text, 4, "gcr.io/distroless/base-debian12");
    assertEquals("app", p.builderName());
    assertEquals(
        lines(
            "FROM debian AS app",
            "WORKDIR /app",
            "RUN make",
            "",
            "FROM gcr.io/distroless/base-debian12 AS runtime",
            "WORKDIR /app",
            "COPY --from=app /app /app",
            "USER 65532:65532",
            "CMD [\"/app/x\"]",
            "",
            "FROM alpine AS test",
            "COPY --from=app /app/x /x",
            "",
            "FROM alpine",
            "COPY --from=2 /x /y",
            "COPY --from=0 /app/x /z"),
        p.after());
  }

  @Test
  void stagesBuiltFromTheSplitStageAreWarnedAbout() throws Exception {
    String text =
        lines(
            "FROM debian AS app",
            "WORKDIR /app",
            "RUN make",
            "CMD [\"/app/x\"]",
            "FROM app AS test",
            "RUN /app/x --self-test");
    SplitPreview p = at(text, 4, "debian:bookworm-slim");
    assertTrue(
        hasNote(
            p, Note.Level.WARNING, "The stage on line 5 builds FROM app, which is now the builder"),
        p.notes().toString());
  }

  @Test
  void namesAvoidClashesAndCanBeChosen() throws Exception {
    String text =
        lines(
            "FROM debian AS runtime",
            "RUN true",
            "FROM debian AS build",
            "WORKDIR /app",
            "RUN make");
    SplitPreview p = slim(text, "debian:bookworm-slim");
    assertEquals("build", p.builderName());
    assertEquals("runtime-2", p.runtimeName());
    SplitPreview named =
        assistant.slim(
            text,
            SplitOptions.defaults().withRuntime("debian:bookworm-slim").withBuilderName("compile"));
    assertWellFormed(named);
    assertTrue(named.after().contains("FROM debian AS compile\n"));
    assertTrue(named.after().contains("COPY --from=compile /app /app\n"));
    assertThrows(
        EditException.class,
        () -> assistant.slim(text, SplitOptions.defaults().withBuilderName("runtime")));
    assertThrows(
        EditException.class,
        () -> assistant.slim(text, SplitOptions.defaults().withRuntimeName("Build")));
  }

  @Test
  void splitsThatCannotBeProposed() {
    assertMessage("no FROM", () -> assistant.slim("# nothing\nRUN x\n", SplitOptions.defaults()));
    assertMessage(
        "syntax errors", () -> assistant.slim("FROM x\nFORM y\n", SplitOptions.defaults()));
    assertMessage(
        "already multi-stage",
        () ->
            assistant.slim(
                lines(
                    "FROM golang AS b",
                    "RUN go build -o /a",
                    "FROM scratch",
                    "COPY --from=b /a /a"),
                SplitOptions.defaults()));
    assertMessage(
        "minimal runtime image",
        () ->
            assistant.slim(
                lines("FROM gcr.io/distroless/static", "COPY a /a"), SplitOptions.defaults()));
    assertMessage(
        "Nothing to copy",
        () -> assistant.slim(lines("FROM debian", "RUN apt-get update"), SplitOptions.defaults()));
    String text =
        lines("ARG X", "FROM debian", "WORKDIR /app", "RUN make \\", "  all", "CMD [\"x\"]");
    assertMessage("is the FROM", () -> assistant.splitAt(text, 2, SplitOptions.defaults()));
    assertMessage(
        "before the first FROM", () -> assistant.splitAt(text, 1, SplitOptions.defaults()));
    assertMessage(
        "inside the RUN that starts on line 4",
        () -> assistant.splitAt(text, 5, SplitOptions.defaults()));
    assertMessage("only the FROM", () -> assistant.splitAt(text, 3, SplitOptions.defaults()));
    assertMessage("outside the file", () -> assistant.splitAt(text, 99, SplitOptions.defaults()));
    assertMessage(
        "ends with a line continuation",
        () ->
            assistant.splitAt(
                "FROM debian\nWORKDIR /app\nRUN make \\\n", 4, SplitOptions.defaults()));
    assertMessage(
        "one word", () -> assistant.splitAt(text, 6, SplitOptions.defaults().withRuntime("a b")));
  }

  @Test
  void aLinePastTheLastInstructionSplitsAfterIt() throws Exception {
    String text = lines("FROM debian", "WORKDIR /app", "RUN make", "");
    SplitPreview p = at(text, 5, "debian:bookworm-slim");
    // The trailing blank line stays where it was, after the new stage.
    assertEquals(
        lines(
            "FROM debian AS build",
            "WORKDIR /app",
            "RUN make",
            "",
            "FROM debian:bookworm-slim AS runtime",
            "WORKDIR /app",
            "COPY --from=build /app /app",
            "USER 65532:65532",
            ""),
        p.after());
  }

  @Test
  void aTextWithoutAFinalLineBreakIsSplitCleanly() throws Exception {
    SplitPreview p = at("FROM debian\nWORKDIR /app\nRUN make", 4, "debian:bookworm-slim");
    assertEquals(
        lines(
            "FROM debian AS build",
            "WORKDIR /app",
            "RUN make",
            "",
            "FROM debian:bookworm-slim AS runtime",
            "WORKDIR /app",
            "COPY --from=build /app /app",
            "USER 65532:65532"),
        p.after());
  }

  @Test
  void theSplitIsOneUndoStep() throws Exception {
    String text = lines("FROM golang", "WORKDIR /src", "RUN go build -o /app", "CMD [\"/app\"]");
    Document document = new Document(text);
    SplitPreview p = assistant.slim(document.text(), SplitOptions.defaults());
    document.apply(p.edit());
    assertEquals(p.after(), document.text());
    assertEquals(2, document.graph().stages().size());
    assertTrue(document.undoDescription().startsWith("Split stage 0 into build and runtime"));
    document.undo();
    assertEquals(text, document.text());
    assertFalse(document.canUndo());
  }

  @Test
  void thePreviewCarriesADiff() throws Exception {
    SplitPreview p =
        slim(lines("FROM golang", "WORKDIR /src", "RUN go build -o /app", "CMD [\"/app\"]"), null);
    assertTrue(
        p.diff()
            .startsWith(
                "--- Dockerfile\n+++ Dockerfile (split)\n@@ -1,4 +1,9 @@\n-FROM golang\n+FROM golang AS build\n"),
        p.diff());
    assertTrue(p.diff().contains("\n+COPY --from=build /app /app\n"), p.diff());
    // The moved CMD is the same line in the same place relative to the others, so the diff keeps
    // it.
    assertTrue(p.diff().endsWith("\n CMD [\"/app\"]\n"), p.diff());
  }

  @Test
  void heredocsAfterTheSplitPointStayAsTheyAre() throws Exception {
    String text =
        lines(
            "FROM debian",
            "WORKDIR /app",
            "RUN <<EOF",
            "gcc -static -o /app/srv srv.c",
            "EOF",
            "COPY <<CONF /etc/srv.conf",
            "port=80",
            "# not a comment",
            "CONF",
            "CMD [\"/app/srv\"]");
    SplitPreview p = at(text, 6, "scratch");
    assertEquals(
        lines(
            "FROM debian AS build",
            "WORKDIR /app",
            "RUN <<EOF",
            "gcc -s -static -o /app/srv srv.c",
            "EOF",
            "",
            "FROM scratch AS runtime",
            "WORKDIR /app",
            "COPY --from=build /app/srv /app/srv",
            "USER 65532:65532",
            "COPY <<CONF /etc/srv.conf",
            "port=80",
            "# not a comment",
            "CONF",
            "CMD [\"/app/srv\"]"),
        p.after());
  }

  @Test
  void theBacktickEscapeDirectiveIsHonoured() throws Exception {
    String text =
        lines(
            "# escape=`",
            "FROM debian",
            "WORKDIR /src",
            "RUN go `",
            "    build -o /out/app .",
            "CMD /out/app");
    SplitPreview p = slim(text, null);
    assertEquals(Ecosystem.GO, p.detection().ecosystem());
    assertTrue(
        p.after().endsWith(lines("COPY --from=build /out/app /out/app", "CMD [\"/out/app\"]")),
        p.after());
    assertTrue(
        p.after().contains("RUN go `\n    build -ldflags=\"-s -w\" -o /out/app .\n"), p.after());
  }

  @Test
  void crlfFilesGetCrlfLines() throws Exception {
    String text =
        "FROM golang\r\nWORKDIR /src\r\nRUN CGO_ENABLED=0 go build -o /app\r\n\r\nCMD [\"/app\"]\r\n";
    SplitPreview p = assistant.slim(text, SplitOptions.defaults().withStripSymbols(false));
    assertWellFormed(p);
    assertEquals(
        "FROM golang AS build\r\nWORKDIR /src\r\nRUN CGO_ENABLED=0 go build -o /app\r\n\r\n"
            + "FROM gcr.io/distroless/static-debian12:nonroot AS runtime\r\nWORKDIR /src\r\n"
            + "COPY --from=build /app /app\r\nCMD [\"/app\"]\r\n",
        p.after());
  }

  @Test
  void oneClickSplitsTheFinalStageOfAMultiStageFileWhenItStillBuilds() throws Exception {
    String text =
        lines(
            "FROM node:20 AS assets",
            "WORKDIR /web",
            "RUN npm ci && npm run build",
            "",
            "FROM golang:1.22",
            "WORKDIR /src",
            "COPY --from=assets /web/dist ./static",
            "RUN go build -o /srv .",
            "CMD [\"/srv\"]");
    SplitPreview p = slim(text, null);
    assertEquals(1, p.stageIndex());
    assertEquals(Ecosystem.GO, p.detection().ecosystem());
    assertTrue(p.after().contains("FROM golang:1.22 AS build\n"), p.after());
    assertTrue(
        p.after().endsWith(lines("COPY --from=build /srv /srv", "CMD [\"/srv\"]")), p.after());
  }

  @Test
  void settingsOnlyTheBuildNeedsStayBehindWithAReason() throws Exception {
    String text =
        lines(
            "FROM debian",
            "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
            "ENV DEBIAN_FRONTEND=noninteractive",
            "ENV APP_MODE=prod",
            "WORKDIR /app",
            "ONBUILD RUN echo hi",
            "RUN gcc -static -o /app/x x.c",
            "HEALTHCHECK NONE",
            "STOPSIGNAL SIGINT",
            "CMD [\"/app/x\"]");
    SplitPreview p = slim(text, "gcr.io/distroless/static");
    assertTrue(
        p.after()
            .endsWith(
                lines(
                    "FROM gcr.io/distroless/static AS runtime",
                    "ENV APP_MODE=prod",
                    "WORKDIR /app",
                    "COPY --from=build /app/x /app/x",
                    "USER 65532:65532",
                    "HEALTHCHECK NONE",
                    "STOPSIGNAL SIGINT",
                    "CMD [\"/app/x\"]")),
        p.after());
    assertEquals(
        List.of(
            "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
            "ENV DEBIAN_FRONTEND=noninteractive"),
        p.proposals(Proposal.Kind.DROPPED).stream().map(Proposal::text).toList());
    assertTrue(hasNote(p, Note.Level.INFO, "ONBUILD stays in the builder"), p.notes().toString());
    assertEquals(
        List.of("HEALTHCHECK NONE", "STOPSIGNAL SIGINT", "CMD [\"/app/x\"]"),
        p.proposals(Proposal.Kind.MOVED).stream().map(Proposal::text).toList());
  }

  @Test
  void aRunAfterTheSplitPointIsFlaggedOnARuntimeWithoutAShell() throws Exception {
    String text =
        lines(
            "FROM debian", "WORKDIR /app", "RUN make", "RUN ./post-install.sh", "CMD [\"/app/x\"]");
    SplitPreview p = at(text, 4, "gcr.io/distroless/base-debian12");
    assertTrue(
        hasNote(p, Note.Level.PROBLEM, "RUN now runs in the runtime stage"), p.notes().toString());
  }

  private static void assertMessage(
      String fragment, org.junit.jupiter.api.function.Executable call) {
    EditException e = assertThrows(EditException.class, call);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
