package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How CMD and ENTRYPOINT are fitted to the runtime image's own ENTRYPOINT and shell. */
class CommandFittingTest {
  private final SplitAssistant assistant = new SplitAssistant();

  /**
   * The last lines of the one-click split of an app in /app whose last line is {@code command},
   * after the copy and the non-root USER a runtime that would run as root gets.
   */
  private String fitted(String command, String runtime) throws Exception {
    String text = lines("FROM debian", "WORKDIR /app", "COPY . .", command);
    SplitPreview p = assistant.slim(text, SplitOptions.defaults().withRuntime(runtime));
    SplitChecks.assertWellFormed(p);
    String after = p.after();
    String tail =
        after.substring(
            after.indexOf("COPY --from=build /app /app\n")
                + "COPY --from=build /app /app\n".length());
    String user = "USER 65532:65532\n";
    assertEquals(p.runtime().runsAsRoot(), tail.startsWith(user), after);
    return (tail.startsWith(user) ? tail.substring(user.length()) : tail).strip();
  }

  private static List<String> argv(String instruction) {
    String text = "FROM x\n" + instruction + "\n";
    Dockerfile d = Dockerfile.parse(text);
    Instruction i = d.instructions().get(1);
    return ExecForm.argv(text, d.escape(), i);
  }

  @Test
  void shellFormBecomesAnArgumentVectorWhenItNeedsNoShell() {
    assertEquals(List.of("python3", "-u", "app.py", "a b"), argv("CMD python3 -u app.py 'a b'"));
    assertEquals(List.of("/srv", "--port", "80"), argv("CMD exec /srv --port 80"));
    assertEquals(List.of("node", "x.js"), argv("ENTRYPOINT [\"node\", \"x.js\"]"));
    assertNull(argv("CMD ./run && ./other"));
    assertNull(argv("CMD ./run $PORT"));
    assertNull(argv("CMD PORT=1 ./run"));
  }

  @Test
  void execFormIsWrittenAsJson() {
    assertEquals(
        "[\"a\", \"b \\\"c\\\"\", \"d\\\\e\"]", ExecForm.json(List.of("a", "b \"c\"", "d\\e")));
  }

  @Test
  void theInterpreterIsRecognisedByNameOrSystemPath() throws Exception {
    String runtime = "gcr.io/distroless/python3-debian12";
    assertEquals("CMD [\"app.py\"]", fitted("CMD [\"python3\", \"app.py\"]", runtime));
    assertEquals("CMD [\"app.py\"]", fitted("CMD [\"python\", \"app.py\"]", runtime));
    assertEquals(
        "CMD [\"-m\", \"http.server\"]",
        fitted("CMD [\"/usr/local/bin/python3.12\", \"-m\", \"http.server\"]", runtime));
    assertEquals(
        "ENTRYPOINT []\nCMD [\"/opt/venv/bin/python\", \"app.py\"]",
        fitted("CMD [\"/opt/venv/bin/python\", \"app.py\"]", runtime));
  }

  @Test
  void nodeAndJavaEntrypoints() throws Exception {
    assertEquals(
        "CMD [\"server.js\"]",
        fitted("CMD [\"/nodejs/bin/node\", \"server.js\"]", "gcr.io/distroless/nodejs20-debian12"));
    assertEquals(
        "CMD [\"app.jar\", \"--x\"]",
        fitted("CMD java -jar app.jar --x", "gcr.io/distroless/java17-debian12"));
    // java without -jar is not what the image runs, so its entrypoint is cleared.
    assertEquals(
        "ENTRYPOINT []\nCMD [\"java\", \"-cp\", \"app.jar\", \"Main\"]",
        fitted(
            "CMD [\"java\", \"-cp\", \"app.jar\", \"Main\"]", "gcr.io/distroless/java17-debian12"));
  }

  @Test
  void anOwnEntrypointInExecFormIsKept() throws Exception {
    assertEquals(
        "ENTRYPOINT [\"python3\", \"app.py\"]\nCMD [\"--help\"]",
        fitted(
            "ENTRYPOINT [\"python3\", \"app.py\"]\nCMD [\"--help\"]",
            "gcr.io/distroless/python3-debian12"));
  }

  @Test
  void shellFormOnARuntimeWithAShellAndNoEntrypointIsKept() throws Exception {
    assertEquals("CMD ./run | tee log", fitted("CMD ./run | tee log", "debian:bookworm-slim"));
  }

  @Test
  void programsAMinimalRuntimeLacksAreWarnedAbout() throws Exception {
    SplitPreview p =
        assistant.slim(
            lines("FROM debian", "WORKDIR /app", "COPY . .", "CMD [\"npm\", \"start\"]"),
            SplitOptions.defaults().withRuntime("gcr.io/distroless/nodejs20-debian12"));
    assertTrue(
        p.notes().stream()
            .anyMatch(
                n ->
                    n.level() == Note.Level.WARNING
                        && n.message()
                            .contains(
                                "runs npm, which gcr.io/distroless/nodejs20-debian12 does not have")),
        p.notes().toString());
    SplitPreview missing =
        assistant.slim(
            lines("FROM debian", "WORKDIR /app", "COPY . .", "CMD [\"/opt/tool/run\"]"),
            SplitOptions.defaults().withRuntime("gcr.io/distroless/base-debian12"));
    assertTrue(
        missing.notes().stream()
            .anyMatch(n -> n.message().contains("/opt/tool/run, which is not among the copied")),
        missing.notes().toString());
  }

  @Test
  void noCommandAtAllIsWarnedAbout() throws Exception {
    SplitPreview p =
        assistant.slim(
            lines("FROM debian", "WORKDIR /app", "COPY . ."),
            SplitOptions.defaults().withRuntime("gcr.io/distroless/python3-debian12"));
    assertTrue(
        p.notes().stream()
            .anyMatch(
                n ->
                    n.message().contains("neither CMD nor ENTRYPOINT")
                        && n.message().contains("[\"/usr/bin/python3\"]")),
        p.notes().toString());
  }
}
