package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildStep;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decodes real {@code moby.buildkit.trace} messages captured from the engine. */
class BuildkitStatusTest {

  private static List<BuildkitStatus> traces(String resource) {
    List<BuildkitStatus> out = new ArrayList<>();
    for (JsonNode m : CapturedStreams.messages(resource)) {
      if (BuildMessages.TRACE.equals(m.path("id").asText())) {
        out.add(BuildkitStatus.decodeBase64(m.get("aux").asText()));
      }
    }
    return out;
  }

  @Test
  void theFirstMessageAnnouncesTheContextUpload() {
    // Its bytes: 0a 6f (vertex, 111 bytes) 0a 47 (digest, 71 bytes) ... 1a 24 (name, 36 bytes) ...
    BuildkitStatus first = traces("buildkit-failing-run.jsonl").get(0);
    assertEquals(1, first.vertexes().size());
    BuildkitStatus.Vertex v = first.vertexes().get(0);
    assertEquals(
        "sha256:0684cde0b100a74012b9d46409e4b64aee64af1087cec1cee37b332d67898aeb", v.digest());
    assertEquals("[internal] load remote build context", v.name());
    assertNull(v.started());
    assertNull(v.error());
    assertEquals(List.of(), v.inputs());
  }

  @Test
  void vertexesCarryTimesInputsLogsAndTheError() {
    List<BuildkitStatus> all = traces("buildkit-failing-run.jsonl");
    List<BuildkitStatus.Vertex> vertexes =
        all.stream().flatMap(s -> s.vertexes().stream()).toList();
    BuildkitStatus.Vertex failed =
        vertexes.stream().filter(v -> v.error() != null).findFirst().orElseThrow();
    assertEquals("[5/5] RUN exit 3", failed.name());
    assertEquals("executor failed running [/bin/sh -c exit 3]: exit code: 3", failed.error());
    assertNotNull(failed.started());
    assertNotNull(failed.completed());
    assertFalse(failed.completed().isBefore(failed.started()));
    assertEquals(1, failed.inputs().size());
    assertTrue(failed.started().getEpochSecond() > 1_700_000_000L, failed.started().toString());

    List<String> out = new ArrayList<>();
    all.stream()
        .flatMap(s -> s.logs().stream())
        .forEach(l -> out.add(l.stream() + ":" + new String(l.message(), StandardCharsets.UTF_8)));
    assertTrue(out.contains("1:hello\n"), out.toString());
    assertTrue(out.contains("2:err\n"), out.toString());
  }

  @Test
  void theCapturedFailureBecomesStepsLogsAndAnErrorOnLineFive() throws Exception {
    RecordingListener events = new RecordingListener();
    BuildkitProgress progress = new BuildkitProgress(events, CapturedStreams.capturedDockerfile());
    BuildMessages messages = new BuildMessages(progress, events);
    CapturedStreams.messages("buildkit-failing-run.jsonl").forEach(messages::accept);
    progress.flush();

    assertEquals(
        List.of(1, 2, 3, 4, 5), events.steps.stream().map(BuildStep::line).sorted().toList());
    BuildStep run = events.steps.stream().filter(s -> s.line() == 3).findFirst().orElseThrow();
    assertEquals("RUN echo hello && echo err >&2", run.instruction());
    assertEquals(5, run.total());
    assertTrue(events.logs.contains("hello") && events.logs.contains("err"), events.log());
    assertEquals(
        new BuildError("executor failed running [/bin/sh -c exit 3]: exit code: 3", 5),
        messages.error());
    assertNull(messages.imageId());
  }

  @Test
  void aSuccessfulBuildNamesItsImage() {
    RecordingListener events = new RecordingListener();
    BuildMessages messages =
        new BuildMessages(
            new BuildkitProgress(
                events,
                io.stagecraft.core.build.StepLocator.of(
                    "FROM stagecraft/busybox:latest\nRUN echo hello\nCOPY a.txt /a.txt\n", null)),
            events);
    CapturedStreams.messages("buildkit-success.jsonl").forEach(messages::accept);
    assertEquals(
        "sha256:c85b48333b4ff5b04a1abba4ca58f488063eb701e49f0182f102124506fac2d4",
        messages.imageId());
    assertNull(messages.error());
    assertEquals(List.of(1, 2, 3), events.steps.stream().map(BuildStep::line).sorted().toList());
    assertTrue(events.logs.contains("Successfully tagged capt:ok"), events.log());
  }
}
