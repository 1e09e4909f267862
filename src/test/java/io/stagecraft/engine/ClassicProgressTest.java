package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.build.StepLocator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classic builder's stream, captured from the engine, turned into steps, logs and an error. */
class ClassicProgressTest {

  @Test
  void stepsLogsAndTheFailingLineFromACapturedBuild() throws Exception {
    RecordingListener events = new RecordingListener();
    BuildMessages messages =
        new BuildMessages(
            new ClassicProgress(events, CapturedStreams.capturedDockerfile()), events);
    messages.readAll(
        new ByteArrayInputStream(
            CapturedStreams.text("classic-failing-run.jsonl").getBytes(StandardCharsets.UTF_8)));

    assertEquals(
        List.of(
            new BuildStep(1, 5, 1, "FROM stagecraft/busybox:latest AS b"),
            new BuildStep(2, 5, 2, "WORKDIR /x"),
            new BuildStep(3, 5, 3, "RUN echo hello && echo err >&2"),
            new BuildStep(4, 5, 4, "COPY a.txt ."),
            new BuildStep(5, 5, 5, "RUN exit 3")),
        events.steps);
    // The standard error of a step comes wrapped in colour codes, which are dropped.
    assertTrue(events.logs.contains("hello") && events.logs.contains("err"), events.log());
    assertTrue(events.logs.stream().noneMatch(l -> l.contains("\u001b")), events.log());
    assertEquals(
        new BuildError("The command '/bin/sh -c exit 3' returned a non-zero code: 3", 5),
        messages.error());
    assertNull(messages.imageId());
  }

  @Test
  void stepsCountEveryInstructionOfTheFileIncludingArgsBeforeFrom() {
    RecordingListener events = new RecordingListener();
    String dockerfile =
        "ARG BASE=busybox\nFROM ${BASE} AS build\nRUN echo one > /one\n\nFROM ${BASE}\nCOPY --from=build /one /one\n";
    ClassicProgress progress = new ClassicProgress(events, StepLocator.of(dockerfile, null));
    progress.onStream("Step 5/6 : COPY --from=build /one /one");
    progress.onStream("\n ---> 4e6a6da469ad\nSuccessfully built 4e6a6da469ad\n");
    assertEquals(List.of(new BuildStep(5, 6, 6, "COPY --from=build /one /one")), events.steps);
    assertEquals(6, progress.failureLine());
    assertEquals("4e6a6da469ad", progress.builtId());
  }

  @Test
  void aParseErrorNamesItsOwnLine() throws Exception {
    RecordingListener events = new RecordingListener();
    BuildMessages messages =
        new BuildMessages(
            new ClassicProgress(events, StepLocator.of("FROM x\n\nFOO bar\n", null)), events);
    messages.accept(
        new ObjectMapper()
            .readTree(
                "{\"errorDetail\":{\"message\":\"dockerfile parse error line 3: unknown instruction: FOO\"},"
                    + "\"error\":\"dockerfile parse error line 3: unknown instruction: FOO\"}"));
    assertEquals(
        new BuildError("dockerfile parse error line 3: unknown instruction: FOO", 3),
        messages.error());
  }

  @Test
  void theAuxMessageNamesTheImage() throws Exception {
    RecordingListener events = new RecordingListener();
    BuildMessages messages =
        new BuildMessages(new ClassicProgress(events, StepLocator.of("FROM x\n", null)), events);
    messages.accept(new ObjectMapper().readTree("{\"aux\":{\"ID\":\"sha256:0123\"}}"));
    assertEquals("sha256:0123", messages.imageId());
  }
}
