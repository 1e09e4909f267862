package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectImageResponse;
import io.stagecraft.engine.ClassicLeftovers;
import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stagecraft compare} on the real engine: the sample project's single-stage and distroless
 * variants (the one Debian-based build of the test suite), and a failing build.
 */
class CompareCommandIT {

  private static final Path SAMPLE = Path.of("assets/samples/python-calculator");

  @TempDir Path dir;
  private EngineConnection engine;
  private final List<String> built = new ArrayList<>();

  @BeforeEach
  void requireEngine() {
    engine = EngineTests.requireEngine();
  }

  @AfterEach
  void removeImages() {
    if (engine == null) { // skipped for want of an engine
      return;
    }
    for (String id : built) {
      engine.client().removeImageCmd(id).withForce(true).exec();
    }
    engine.close();
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void theSamplesDistrolessVariantIsSmallerLeanerAndStillWorks() throws Exception {
    CliRun r =
        run(
            "compare",
            "--json",
            "--run",
            "--context",
            SAMPLE.toString(),
            "--build-arg",
            "BASE_IMAGE=stagecraft/debian:bookworm",
            "--build-arg",
            "BUILD_IMAGE=stagecraft/debian:bookworm",
            "--build-arg",
            "RUNTIME_IMAGE=stagecraft/distroless-python3:latest",
            "A=" + SAMPLE.resolve("Dockerfile"),
            "B=" + SAMPLE.resolve("Dockerfile.multistage"));
    JsonNode json = r.out().isBlank() ? null : new ObjectMapper().readTree(r.out());
    if (json != null) {
      json.get("variants").forEach(v -> built.add(v.get("imageId").asText()));
    }
    assertEquals(0, r.exit(), r.err());

    JsonNode a = json.at("/variants/0");
    JsonNode b = json.at("/variants/1");
    assertEquals("A", a.get("label").asText());
    assertEquals("B", b.get("label").asText());
    for (JsonNode v : List.of(a, b)) {
      InspectImageResponse image =
          engine.client().inspectImageCmd(v.get("imageId").asText()).exec();
      assertEquals(
          image.getSize().longValue(), v.get("sizeBytes").asLong(), "size of " + v.get("label"));
      assertEquals(image.getRootFS().getLayers().size(), v.get("layers").asInt());
      assertTrue(v.get("buildSeconds").asDouble() > 0);
      assertTrue(v.get("files").asLong() > 0);
    }
    long sizeA = a.get("sizeBytes").asLong();
    long sizeB = b.get("sizeBytes").asLong();
    assertTrue(sizeB < sizeA, sizeB + " vs " + sizeA);
    assertEquals(Math.round(100.0 * sizeA / sizeB) / 100.0, json.get("ratio").asDouble());

    assertTrue(a.get("shell").asBoolean());
    assertEquals("apt", a.get("packageManager").asText());
    assertTrue(
        a.get("packageManagers").toString().contains("\"pip\""),
        a.get("packageManagers").toString());
    assertEquals("root", a.get("user").asText());
    assertFalse(b.get("shell").asBoolean());
    assertTrue(b.get("packageManager").isNull(), b.toString());
    assertEquals("65532:65532", b.get("user").asText());
    assertTrue(b.get("files").asLong() < a.get("files").asLong());

    // The app runs in both and prints the same.
    assertEquals(0, a.at("/run/exitCode").asInt(), a.get("run").toString());
    assertEquals(
        "2 + 3 * 4 = 14\n(2 + 3) * 4 = 20\n2 ** 10 = 1024\n7 / 2 = 3.5\n",
        a.at("/run/stdout").asText());
    assertEquals(a.get("run"), b.get("run"));
    assertTrue(json.get("runsMatch").asBoolean());

    // The layer that copies the app in is mapped back to its line in the multi-stage file.
    boolean copyMapped = false;
    for (JsonNode layer : b.get("history")) {
      copyMapped |=
          layer.get("createdBy").asText().startsWith("COPY /app /app")
              && layer.path("line").asInt() == 15;
    }
    assertTrue(copyMapped, b.get("history").toString());
    assertTrue(r.err().contains("B: step"), r.err());
  }

  @Test
  void aFailingBuildExitsWithOneAndTheEnginesMessage() throws Exception {
    Path ok =
        Files.writeString(
            dir.resolve("ok.Dockerfile"), "FROM stagecraft/busybox:latest\nCMD [\"true\"]\n");
    Path bad =
        Files.writeString(
            dir.resolve("bad.Dockerfile"),
            "FROM stagecraft/busybox:latest\nRUN echo broken && false\n");
    CliRun r =
        run(
            "compare",
            "--builder",
            "classic",
            "--verbose",
            "--context",
            dir.toString(),
            "A=" + ok,
            "B=" + bad);
    ClassicLeftovers.remove(engine, r.err().lines().toList());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("B| broken"), r.err());
    assertTrue(
        r.err()
            .contains(
                "stagecraft: B ("
                    + bad
                    + ") failed: line 2: The command '/bin/sh -c echo broken && false'"
                    + " returned a non-zero code: 1"),
        r.err());
    assertEquals("", r.out());
    engine
        .client()
        .listImagesCmd()
        .withLabelFilter(java.util.Map.of("io.stagecraft.variant", "A"))
        .exec()
        .stream()
        .filter(
            i ->
                i.getLabels() != null
                    && "stagecraft-cli".equals(i.getLabels().get("io.stagecraft.project")))
        .filter(i -> i.getCreated() * 1000 > System.currentTimeMillis() - 600_000)
        .forEach(i -> built.add(i.getId()));
  }
}
