package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.SplitChecks.assertWellFormed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the runtime's real files and PATH, as an engine reads them, decide: interpreters, shared
 * libraries, where a bare program name is found; and a library that cannot be brought along.
 */
class SplitRefusalTest {

  private static final String C_PROGRAM =
      lines(
          "FROM debian:bookworm",
          "RUN apt-get update && apt-get install -y gcc",
          "WORKDIR /src",
          "COPY app.c .",
          "RUN gcc -O2 -static -o /usr/local/bin/app app.c",
          "CMD [\"app\"]");

  private final SplitAssistant assistant = new SplitAssistant();

  @TempDir Path context;

  private SplitPreview slim(String text, String runtime, ImageConfig inspected) throws Exception {
    SplitPreview p =
        assistant.slim(
            text,
            SplitOptions.defaults()
                .withRuntime(runtime)
                .withContext(BuildContext.folder(context))
                .withInspectedRuntime(inspected));
    assertWellFormed(p);
    return p;
  }

  /** An inspected image with the given files and PATH, no ENTRYPOINT, running as root. */
  private static ImageConfig image(String path, String... files) {
    Set<String> all = Set.of(files);
    return new ImageConfig(List.of(), "", all.contains("/bin/sh"), all, path);
  }

  private static List<Note> problems(SplitPreview p) {
    return p.notes().stream().filter(n -> n.level() == Note.Level.PROBLEM).toList();
  }

  @Test
  void aProgramCopiedOffTheRuntimesPathIsReported() throws Exception {
    SplitPreview p = slim(C_PROGRAM, "my/runtime:1", image("/usr/bin:/bin", "/bin/sh"));
    assertEquals(
        List.of(
            new Note(
                Note.Level.PROBLEM,
                6,
                "CMD runs app, which the runtime gets at /usr/local/bin/app, but /usr/local/bin is"
                    + " not on the runtime's PATH (/usr/bin:/bin, as my/runtime:1 sets it), so the"
                    + " command would not be found: name the program by its path, or set ENV PATH"
                    + " in the runtime.")),
        problems(p));
  }

  @Test
  void aRuntimeWhosePathHoldsTheProgramsFolderIsFine() throws Exception {
    SplitPreview p =
        slim(C_PROGRAM, "my/runtime:1", image("/usr/local/bin:/usr/bin:/bin", "/bin/sh"));
    assertEquals(List.of(), problems(p));
    assertFalse(p.refused());
  }

  @Test
  void aPathTheRuntimeStageSetsItselfIsTheOneThatCounts() throws Exception {
    String text =
        lines(
            "FROM debian:bookworm",
            "RUN apt-get update && apt-get install -y gcc",
            "ENV PATH=/opt/app/bin:$PATH",
            "WORKDIR /src",
            "COPY app.c .",
            "RUN mkdir -p /opt/app/bin && gcc -static -o /opt/app/bin/app app.c",
            "CMD [\"app\"]");
    SplitPreview p = slim(text, "my/runtime:1", image("/usr/bin:/bin", "/bin/sh"));
    assertTrue(p.after().contains("ENV PATH=/opt/app/bin:$PATH\n"), p.after());
    assertEquals(List.of(), problems(p));
  }

  @Test
  void theInspectedFilesDecideWhetherTheScriptsInterpreterIsThere() throws Exception {
    Files.writeString(context.resolve("start"), "#!/bin/bash\nexec app \"$@\"\n");
    String text =
        lines(
            "FROM debian:bookworm",
            "RUN apt-get update && apt-get install -y gcc",
            "WORKDIR /src",
            "COPY app.c .",
            "RUN gcc -O2 -static -o /usr/local/bin/app app.c",
            "COPY --chmod=755 start /usr/local/bin/",
            "ENTRYPOINT [\"start\"]");
    // The image's configuration says it has a shell; its files have no bash.
    SplitPreview without = slim(text, "my/runtime:1", image(null, "/bin/sh", "/usr/bin/env"));
    assertTrue(without.refused(), without.after());
    Refusal r = without.refusals().get(0);
    assertEquals(Refusal.Missing.INTERPRETER, r.missing());
    assertTrue(
        r.message()
            .startsWith(
                "/usr/local/bin/start (its first line is #!/bin/bash) needs /bin/bash, and"
                    + " my/runtime:1 has no /bin/bash"),
        r.message());

    SplitPreview with = slim(text, "my/runtime:1", image(null, "/bin/sh", "/bin/bash"));
    assertFalse(with.refused(), with.refusals().toString());
    assertTrue(with.after().contains("COPY --chmod=755 start /usr/local/bin/\n"), with.after());
  }

  @Test
  void theInspectedFilesDecideWhichLibrariesTheBuilderGathers() throws Exception {
    String text =
        lines(
            "FROM debian:bookworm",
            "RUN apt-get update && apt-get install -y gcc zlib1g-dev",
            "WORKDIR /src",
            "COPY app.c .",
            "RUN gcc -O2 -o /usr/local/bin/app app.c -lz",
            "CMD [\"/usr/local/bin/app\"]");
    SplitPreview noZlib =
        slim(
            text,
            "my/runtime:1",
            image(
                null,
                "/usr/lib/x86_64-linux-gnu/libc.so.6",
                "/lib64/ld-linux-x86-64.so.2",
                "/usr/lib/x86_64-linux-gnu/libstdc++.so.6"));
    assertTrue(
        noZlib
            .after()
            .contains("case \"${lib##*/}\" in ld-linux-x86-64.so.2|libc.so.6|libstdc++.so.6)"),
        noZlib.after());
    SplitPreview zlib =
        slim(
            text,
            "my/runtime:1",
            image(
                null,
                "/usr/lib/x86_64-linux-gnu/libc.so.6",
                "/lib64/ld-linux-x86-64.so.2",
                "/lib/x86_64-linux-gnu/libz.so.1"));
    assertTrue(
        zlib.after().contains("case \"${lib##*/}\" in ld-linux-x86-64.so.2|libc.so.6|libz.so.1)"),
        zlib.after());
  }

  @Test
  void aLibraryTheBuilderCannotGatherIsRefusedOnARuntimeWithoutACLibrary() throws Exception {
    // The builder's base has no shell, so no step can run ldd in it.
    String text =
        lines(
            "FROM gcr.io/distroless/cc-debian12:debug",
            "WORKDIR /src",
            "COPY app.c .",
            "RUN [\"/usr/bin/gcc\", \"-O2\", \"-o\", \"/usr/local/bin/app\", \"app.c\"]",
            "CMD [\"/usr/local/bin/app\"]");
    SplitPreview p =
        assistant.splitAt(
            text, 5, SplitOptions.defaults().withRuntime("gcr.io/distroless/static-debian12"));
    assertEquals(
        List.of(
            new Refusal(
                Refusal.Missing.LIBRARY,
                4,
                "gcc links /usr/local/bin/app dynamically, and its shared libraries cannot be"
                    + " gathered: the builder's base, gcr.io/distroless/cc-debian12:debug, has no"
                    + " /bin/sh to run ldd in, and gcr.io/distroless/static-debian12 has no C"
                    + " library, so the program cannot start there: link it with -static.",
                "gcr.io/distroless/cc-debian12")),
        p.refusals());
    assertFalse(p.after().contains("ldd"), p.after());

    SplitPreview cc =
        assistant.splitAt(
            text, 5, SplitOptions.defaults().withRuntime("gcr.io/distroless/cc-debian12"));
    assertFalse(cc.refused(), cc.refusals().toString());
    assertTrue(
        cc.notes().stream()
            .anyMatch(
                n ->
                    n.level() == Note.Level.WARNING
                        && n.message().endsWith("must be copied by hand.")),
        cc.notes().toString());
  }
}
