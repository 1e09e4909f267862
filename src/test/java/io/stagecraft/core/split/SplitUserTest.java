package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.SplitChecks.assertWellFormed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.edit.EditException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user a split's runtime runs as: a non-root USER added where the runtime would run as root.
 */
class SplitUserTest {
  private static final String GO =
      lines(
          "FROM golang:1.22",
          "WORKDIR /src",
          "RUN CGO_ENABLED=0 go build -o /bin/app .",
          "CMD [\"/bin/app\"]");
  private static final String BUILDER =
      lines(
          "FROM golang:1.22 AS build",
          "WORKDIR /src",
          "RUN CGO_ENABLED=0 go build -o /bin/app .",
          "");

  private final SplitAssistant assistant = new SplitAssistant();

  private SplitPreview slim(String text, SplitOptions options) throws EditException {
    SplitPreview p = assistant.slim(text, options.withStripSymbols(false));
    assertWellFormed(p);
    return p;
  }

  private static SplitOptions onto(String runtime) {
    return SplitOptions.defaults().withRuntime(runtime);
  }

  private static long users(SplitPreview p) {
    return p.after().lines().filter(l -> l.startsWith("USER ")).count();
  }

  private static boolean hasNote(SplitPreview p, Note.Level level, String fragment) {
    return p.notes().stream().anyMatch(n -> n.level() == level && n.message().contains(fragment));
  }

  @Test
  void scratchGetsANumericNonrootUserWithAReason() throws Exception {
    SplitPreview p = slim(GO, onto("scratch"));
    assertEquals(
        BUILDER
            + lines(
                "FROM scratch AS runtime",
                "WORKDIR /src",
                "COPY --from=build /bin/app /bin/app",
                "USER 65532:65532",
                "CMD [\"/bin/app\"]"),
        p.after());
    List<Proposal> user = p.proposals(Proposal.Kind.USER);
    assertEquals(1, user.size());
    assertEquals("USER 65532:65532", user.get(0).text());
    assertTrue(
        user.get(0).reason().contains("scratch sets no user, so the app would run as root"),
        user.get(0).reason());
    assertTrue(user.get(0).reason().contains("scratch has no /etc/passwd"), user.get(0).reason());
    assertTrue(
        hasNote(p, Note.Level.INFO, "The runtime runs as USER 65532:65532, which the split adds"),
        p.notes().toString());
    assertFalse(p.hasProblems(), p.notes().toString());
  }

  @Test
  void scratchAsRootGetsNoUser() throws Exception {
    SplitPreview p = slim(GO, onto("scratch").withNonroot(false));
    assertEquals(
        BUILDER
            + lines(
                "FROM scratch AS runtime",
                "WORKDIR /src",
                "COPY --from=build /bin/app /bin/app",
                "CMD [\"/bin/app\"]"),
        p.after());
    assertTrue(p.proposals(Proposal.Kind.USER).isEmpty(), p.proposals().toString());
    assertFalse(hasNote(p, Note.Level.INFO, "65532"), p.notes().toString());
  }

  @Test
  void theOriginalsUserIsCarriedAndNotDuplicated() throws Exception {
    String text =
        lines(
            "FROM golang:1.22",
            "WORKDIR /src",
            "RUN CGO_ENABLED=0 go build -o /bin/app .",
            "USER 1000:1000",
            "CMD [\"/bin/app\"]");
    SplitPreview p = slim(text, onto("scratch"));
    assertTrue(
        p.after()
            .endsWith(
                lines(
                    "FROM scratch AS runtime",
                    "WORKDIR /src",
                    "COPY --from=build /bin/app /bin/app",
                    "USER 1000:1000",
                    "CMD [\"/bin/app\"]")),
        p.after());
    assertEquals(
        2, users(p), "the builder keeps its USER, and the runtime has it once: " + p.after());
    assertTrue(p.proposals(Proposal.Kind.USER).isEmpty(), p.proposals().toString());
    assertEquals(
        List.of("USER 1000:1000"),
        p.proposals(Proposal.Kind.CARRIED).stream()
            .map(Proposal::text)
            .filter(t -> t.startsWith("USER"))
            .toList());
  }

  @Test
  void aUserAfterTheSplitPointIsTheOriginalsToo() throws Exception {
    String text =
        lines(
            "FROM golang:1.22",
            "WORKDIR /src",
            "RUN CGO_ENABLED=0 go build -o /bin/app .",
            "USER root",
            "CMD [\"/bin/app\"]");
    SplitPreview p = assistant.splitAt(text, 4, onto("scratch").withStripSymbols(false));
    assertWellFormed(p);
    assertTrue(
        p.after()
            .endsWith(
                lines("COPY --from=build /bin/app /bin/app", "USER root", "CMD [\"/bin/app\"]")),
        p.after());
    assertEquals(1, users(p), p.after());
    assertTrue(p.proposals(Proposal.Kind.USER).isEmpty(), p.proposals().toString());
  }

  @Test
  void distrolessNonrootAlreadyRunsAsNonroot() throws Exception {
    SplitPreview p = slim(GO, onto("gcr.io/distroless/static-debian12:nonroot"));
    assertEquals(0, users(p), p.after());
    assertTrue(p.proposals(Proposal.Kind.USER).isEmpty(), p.proposals().toString());
    assertTrue(
        hasNote(p, Note.Level.INFO, "The runtime runs as user 65532, as"), p.notes().toString());
    // The suggested runtime is the :nonroot one, so the default split adds none either.
    assertEquals(0, users(slim(GO, SplitOptions.defaults())));
  }

  @Test
  void aRootTagOfDistrolessGetsTheUserUnlessRootWasAskedFor() throws Exception {
    assertEquals(1, users(slim(GO, onto("gcr.io/distroless/static-debian12"))));
    assertEquals(0, users(slim(GO, onto("gcr.io/distroless/static-debian12").withNonroot(false))));
    assertEquals(0, users(slim(GO, SplitOptions.defaults().withNonroot(false))));
  }

  @Test
  void theInspectedUserDecides() throws Exception {
    // Named like a :nonroot image, but the engine says it runs as root.
    SplitPreview root =
        slim(
            GO,
            onto("local/static:nonroot")
                .withInspectedRuntime(new ImageConfig(List.of(), "", false)));
    assertEquals(RuntimeImage.Source.INSPECTED, root.runtime().source());
    assertEquals(1, users(root), root.after());
    // Named like nothing known, and the engine says it runs as nonroot.
    SplitPreview nonroot =
        slim(
            GO,
            onto("local/runtime:1")
                .withInspectedRuntime(new ImageConfig(List.of(), "65532:65532", false)));
    assertEquals(0, users(nonroot), nonroot.after());
  }

  @Test
  void runsAfterTheSplitPointStayRootAndTheUserFollowsThem() throws Exception {
    String text =
        lines(
            "FROM debian", "WORKDIR /app", "RUN make", "RUN ./post-install.sh", "CMD [\"/app/x\"]");
    SplitPreview p = assistant.splitAt(text, 4, onto("debian:bookworm-slim"));
    assertWellFormed(p);
    assertEquals(
        lines(
            "FROM debian AS build",
            "WORKDIR /app",
            "RUN make",
            "",
            "FROM debian:bookworm-slim AS runtime",
            "WORKDIR /app",
            "COPY --from=build /app /app",
            "RUN ./post-install.sh",
            "USER 65532:65532",
            "CMD [\"/app/x\"]"),
        p.after());
    assertEquals(4, p.proposals(Proposal.Kind.USER).get(0).line());
  }

  @Test
  void aTailRunOnTheLastLineWithoutALineBreakStillGetsTheUserOnItsOwnLine() throws Exception {
    SplitPreview p =
        assistant.splitAt(
            "FROM debian\nWORKDIR /app\nRUN make\nRUN ./post-install.sh",
            4,
            onto("debian:bookworm-slim"));
    assertWellFormed(p);
    assertTrue(
        p.after()
            .endsWith("COPY --from=build /app /app\nRUN ./post-install.sh\nUSER 65532:65532\n"),
        p.after());
  }

  @Test
  void aTailRunEndingTheFileWithAContinuationKeepsTheUserBeforeItAndSaysSo() throws Exception {
    SplitPreview p =
        assistant.splitAt(
            "FROM debian\nWORKDIR /app\nRUN make\nRUN ./post-install.sh \\",
            4,
            onto("debian:bookworm-slim"));
    assertWellFormed(p);
    assertTrue(
        p.after()
            .endsWith("COPY --from=build /app /app\nUSER 65532:65532\nRUN ./post-install.sh \\"),
        p.after());
    assertTrue(
        hasNote(p, Note.Level.WARNING, "The RUN on line 4 ends with a line continuation"),
        p.notes().toString());
  }

  @Test
  void anOutputOnlyItsOwnerMayReadIsFlaggedForANonrootRuntime() throws Exception {
    String text =
        lines(
            "FROM debian",
            "WORKDIR /app",
            "RUN gcc -static -o /app/srv srv.c && chmod 700 /app/srv",
            "CMD [\"/app/srv\"]");
    SplitPreview p = slim(text, onto("scratch"));
    assertTrue(
        hasNote(
            p,
            Note.Level.WARNING,
            "chmod 700 leaves /app/srv readable by its owner (root) only, and the "
                + "runtime runs as 65532:65532"),
        p.notes().toString());
    assertFalse(
        hasNote(slim(text, onto("scratch").withNonroot(false)), Note.Level.WARNING, "chmod"));
    String readable = text.replace("chmod 700", "chmod 755");
    assertFalse(hasNote(slim(readable, onto("scratch")), Note.Level.WARNING, "chmod"));
    // A recursive chmod of a folder that holds the output, on a runtime that is :nonroot itself.
    String folder =
        lines(
            "FROM debian",
            "WORKDIR /app",
            "RUN gcc -static -o /app/bin/srv srv.c",
            "RUN chmod -R go-rwx /app",
            "CMD [\"/app/bin/srv\"]");
    SplitPreview nonroot = slim(folder, onto("gcr.io/distroless/static-debian12:nonroot"));
    assertTrue(
        hasNote(
            nonroot,
            Note.Level.WARNING,
            "chmod go-rwx leaves /app readable by its owner (root) only, and the "
                + "runtime runs as 65532"),
        nonroot.notes().toString());
  }

  @Test
  void modesThatHideFromOthers() {
    for (String mode :
        List.of("700", "0700", "640", "750", "o-r", "go-rwx", "a-r", "o=", "u=rwx,go=")) {
      assertTrue(StageSplitter.hidesFromOthers(mode), mode);
    }
    for (String mode : List.of("755", "0644", "444", "u+x", "o+r", "o=rx", "go-w", "+x")) {
      assertFalse(StageSplitter.hidesFromOthers(mode), mode);
    }
  }
}
