package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.Container;
import io.stagecraft.core.build.BuildEngine;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildHandle;
import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.BuildResult;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.build.Builder;
import io.stagecraft.core.build.ImageLayer;
import io.stagecraft.core.build.ImageReport;
import io.stagecraft.core.build.PreparedContext;
import io.stagecraft.core.build.RunResult;
import io.stagecraft.core.build.VariantBuilds;
import io.stagecraft.core.context.ContextSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds small busybox images with both builders on the real engine, and inspects and runs them.
 */
class BuildEngineIT {

  /** Every image built here carries this project label, so the class can remove them all. */
  private static final String PROJECT = "BuildEngineIT-" + UUID.randomUUID();

  private static EngineStatus status;
  private EngineConnection engine;
  private BuildEngine builds;
  @TempDir Path dir;

  @BeforeAll
  static void connect() {
    status = new EngineConnector().connect();
  }

  @BeforeEach
  void requireEngine() {
    engine = EngineTests.require(status);
    builds = new DockerBuildEngine(engine);
  }

  @AfterAll
  static void cleanUp() throws BuildException {
    if (status != null && status.connection().isPresent()) {
      try (EngineConnection e = status.connection().get()) {
        new DockerBuildEngine(e).removeBuilt(BuildLabels.PROJECT, PROJECT);
      }
    }
  }

  private BuildRequest request(Builder builder, String dockerfile) throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    return BuildRequest.of(dir, dir.resolve("Dockerfile"))
        .withBuilder(builder)
        .withLabel(BuildLabels.PROJECT, PROJECT);
  }

  private static final String STEPS =
      "FROM stagecraft/busybox:latest\n" // 1
          + "WORKDIR /work\n" // 2
          + "# a comment between steps\n" // 3
          + "RUN echo built-by-run > made.txt \\\n" // 4
          + " && echo to-stderr >&2\n" // 5
          + "COPY input.txt .\n" // 6
          + "USER 1000:1000\n" // 7
          + "CMD [\"sh\", \"-c\", \"cat /work/made.txt /work/input.txt\"]\n"; // 8

  @ParameterizedTest
  @EnumSource(Builder.class)
  void buildsReportsStepsWithLinesAndInspectsTheImage(Builder builder) throws Exception {
    Files.writeString(dir.resolve("input.txt"), "from-the-context\n");
    RecordingListener events = new RecordingListener();
    BuildResult result = builds.start(request(builder, STEPS).withNoCache(true), events).await();

    assertTrue(result.imageId().startsWith("sha256:"), result.imageId());
    assertEquals(List.of(), events.errors);
    List<Integer> lines = events.steps.stream().map(BuildStep::line).toList();
    assertTrue(lines.containsAll(List.of(1, 2, 4, 6)), lines + "\n" + events.log());
    BuildStep run = events.steps.stream().filter(s -> s.line() == 4).findFirst().orElseThrow();
    assertTrue(run.instruction().startsWith("RUN echo built-by-run"), run.toString());
    assertTrue(run.number() >= 1 && run.number() <= run.total(), run.toString());
    assertTrue(events.logs.contains("to-stderr"), events.log());

    ImageReport report = builds.inspect(result.imageId(), STEPS, null);
    assertEquals(
        engine.client().inspectImageCmd(result.imageId()).exec().getSize(), report.sizeBytes());
    assertEquals("1000:1000", report.user());
    assertEquals(
        engine.client().inspectImageCmd(result.imageId()).exec().getRootFS().getLayers().size(),
        report.filesystemLayers());
    assertTrue(report.filesystemLayers() >= 3, report.toString());
    assertFalse(report.runsAsRoot());
    assertEquals("/bin/sh", report.surface().shellPath());
    // busybox links its dpkg and rpm applets; they install packages like the real tools do.
    assertEquals(List.of("dpkg", "rpm"), report.surface().packageManagers());
    assertTrue(
        report.surface().directories().get("/work").files() == 2,
        report.surface().directories().toString());
    ImageLayer copy =
        report.layers().stream()
            .filter(l -> l.line() == 6)
            .findFirst()
            .orElseThrow(() -> new AssertionError(report.layers().toString()));
    assertEquals(17, copy.sizeBytes(), report.layers().toString());
    ImageLayer base = report.layers().get(0);
    assertTrue(base.fromBase() && base.line() == 1, report.layers().toString());
    assertTrue(
        report.layers().stream().anyMatch(l -> l.line() == 4 && !l.fromBase()),
        report.layers().toString());
    assertEquals(
        "true",
        engine
            .client()
            .inspectImageCmd(result.imageId())
            .exec()
            .getConfig()
            .getLabels()
            .get(BuildLabels.BUILT));

    RunResult ran = builds.run(result.imageId(), List.of(), Duration.ofSeconds(30));
    assertEquals(
        new RunResult(0, "built-by-run\nfrom-the-context\n", "", false, ran.duration()), ran);
  }

  @ParameterizedTest
  @EnumSource(Builder.class)
  void aFailingStepNamesItsLineAndTheEnginesMessage(Builder builder) throws Exception {
    String dockerfile =
        "FROM stagecraft/busybox:latest\nRUN true\n\nRUN echo failing-now && exit 3\nRUN true\n";
    RecordingListener events = new RecordingListener();
    BuildHandle handle = builds.start(request(builder, dockerfile), events);
    BuildException e = assertThrows(BuildException.class, handle::await);
    assertEquals(BuildException.Kind.FAILED, e.kind(), e.getMessage());
    assertEquals(4, e.error().line(), e.getMessage());
    assertTrue(
        e.getMessage().contains("exit 3") || e.getMessage().contains("code: 3"), e.getMessage());
    assertEquals(List.of(e.error()), events.errors);
    assertTrue(events.logs.contains("failing-now"), events.log());
    ClassicLeftovers.remove(engine, events.logs);
  }

  @ParameterizedTest
  @EnumSource(Builder.class)
  void aMissingBaseImageFailsAtOnceWhenPullingIsOff(Builder builder) throws Exception {
    long started = System.nanoTime();
    BuildException e =
        assertThrows(
            BuildException.class,
            () ->
                builds.start(
                    request(
                        builder, "ARG BASE=stagecraft/no-such-image:1\nFROM ${BASE}\nRUN true\n"),
                    new RecordingListener()));
    assertEquals(BuildException.Kind.INVALID, e.kind());
    assertTrue(
        e.getMessage().startsWith("the base image stagecraft/no-such-image:1 is not on the engine"),
        e.getMessage());
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(ms < 5000, "the missing base image was reported after " + ms + " ms");
  }

  @ParameterizedTest
  @EnumSource(Builder.class)
  void buildArgsReplaceTheBaseImage(Builder builder) throws Exception {
    String dockerfile =
        "ARG BASE=stagecraft/no-such-image:1\nFROM ${BASE}\nRUN test -x /bin/busybox\n";
    BuildRequest r =
        request(builder, dockerfile).withBuildArgs(Map.of("BASE", "stagecraft/busybox:latest"));
    assertTrue(builds.start(r, new RecordingListener()).await().imageId().startsWith("sha256:"));
  }

  @ParameterizedTest
  @EnumSource(Builder.class)
  void dockerignoreKeepsExcludedFilesOutOfTheImage(Builder builder) throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "keep");
    Files.writeString(dir.resolve("secret.env"), "TOKEN=1");
    Files.createDirectories(dir.resolve("logs/nested"));
    Files.writeString(dir.resolve("logs/nested/app.log"), "log");
    Files.writeString(dir.resolve("logs/important.log"), "kept by an exception");
    Files.writeString(dir.resolve(".dockerignore"), "*.env\nlogs/**\n!logs/important.log\n");
    String dockerfile = "FROM stagecraft/busybox:latest\nCOPY . /ctx/\nCMD [\"find\", \"/ctx\"]\n";
    RecordingListener events = new RecordingListener();
    BuildResult result = builds.start(request(builder, dockerfile), events).await();

    long sent =
        4 + 20 + dockerfile.length() + 34; // keep.txt, important.log, Dockerfile, .dockerignore
    assertEquals(List.of(new ContextSize(sent, 4, PreparedContext.WARN_BYTES)), events.contexts);
    RunResult listing = builds.run(result.imageId(), List.of(), Duration.ofSeconds(30));
    List<String> files = listing.stdout().lines().sorted().toList();
    assertEquals(
        List.of(
            "/ctx",
            "/ctx/.dockerignore",
            "/ctx/Dockerfile",
            "/ctx/keep.txt",
            "/ctx/logs",
            "/ctx/logs/important.log"),
        files,
        listing.stderr());
  }

  @ParameterizedTest
  @EnumSource(Builder.class)
  void cancelStopsTheBuildOnTheEngineWithinOneSecond(Builder builder) throws Exception {
    String marker = "sleep " + (3000 + (int) (Math.random() * 900));
    String dockerfile = "FROM stagecraft/busybox:latest\nRUN echo sleeping-now && " + marker + "\n";
    RecordingListener events = new RecordingListener(line -> line.contains("sleeping-now"));
    BuildHandle handle = builds.start(request(builder, dockerfile).withNoCache(true), events);
    assertTrue(events.awaitLog(60), "the RUN step did not start:\n" + events.log());
    assertTrue(awaitProcess(marker, true, 10_000), "no '" + marker + "' process on this machine");

    long cancelled = System.nanoTime();
    handle.cancel();
    // Waits longer than the promise, so that a late result fails below with its measured time.
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> handle.result().get(30, TimeUnit.SECONDS));
    assertEquals(BuildException.Kind.CANCELLED, ((BuildException) e.getCause()).kind());
    long resultMs = elapsedMs(cancelled);
    assertTrue(resultMs < 1000, "the result said cancelled after " + resultMs + " ms");
    assertTrue(
        awaitProcess(marker, false, 1000),
        "the engine still runs '" + marker + "' after " + elapsedMs(cancelled) + " ms");
    assertTrue(awaitNoContainer(marker, 1000), "a container still runs '" + marker + "'");
    assertTrue(elapsedMs(cancelled) < 1000, elapsedMs(cancelled) + " ms");
    assertEquals(List.of(), events.errors);
  }

  @Test
  void imagesAreListedAndRemovedByLabel() throws Exception {
    String variant = "v-" + UUID.randomUUID();
    BuildRequest r =
        request(Builder.BUILDKIT, "FROM stagecraft/busybox:latest\nLABEL purpose=list\n")
            .withLabel(BuildLabels.VARIANT, variant);
    String id = builds.start(r, new RecordingListener()).await().imageId();
    assertTrue(builds.listBuilt().contains(id));
    assertEquals(1, builds.removeBuilt(BuildLabels.VARIANT, variant));
    assertFalse(builds.listBuilt().contains(id));
  }

  @Test
  void runStopsACommandAtItsTimeoutAndKeepsBothStreams() throws Exception {
    String id =
        builds
            .start(
                request(
                    Builder.BUILDKIT,
                    "FROM stagecraft/busybox:latest\nENTRYPOINT [\"sh\", \"-c\"]\nCMD [\"sleep 30\"]\n"),
                new RecordingListener())
            .await()
            .imageId();
    RunResult slow = builds.run(id, List.of(), Duration.ofSeconds(1));
    assertTrue(slow.timedOut());
    assertTrue(slow.duration().toMillis() < 10_000, slow.toString());
    RunResult quick =
        builds.run(id, List.of("echo out; echo err >&2; exit 7"), Duration.ofSeconds(30));
    assertEquals(new RunResult(7, "out\n", "err\n", false, quick.duration()), quick);
    List<Container> left =
        engine
            .client()
            .listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(Map.of(ImageRunner.RUN_LABEL, "true"))
            .exec();
    assertEquals(List.of(), left.stream().filter(c -> c.getImageId().equals(id)).toList());
  }

  @Test
  void buildkitAndClassicMakeTheSameFiles() throws Exception {
    Files.writeString(dir.resolve("data.txt"), "payload\n");
    Files.createDirectories(dir.resolve("tree/sub"));
    Files.writeString(dir.resolve("tree/sub/deep.txt"), "deep\n");
    String dockerfile =
        "FROM stagecraft/busybox:latest\n"
            + "WORKDIR /opt/app\n"
            + "COPY data.txt tree ./\n"
            + "RUN mkdir -p /var/made && echo generated > /var/made/out.txt && chmod 0750 /var/made"
            + " && ln -s /opt/app/data.txt /var/made/link && rm /bin/rpm\n"
            + "ENV MODE=test\n";
    String classic =
        builds
            .start(request(Builder.CLASSIC, dockerfile), new RecordingListener())
            .await()
            .imageId();
    String buildkit =
        builds
            .start(request(Builder.BUILDKIT, dockerfile), new RecordingListener())
            .await()
            .imageId();
    Map<String, String> a = ImageFiles.of(engine, classic, dir);
    Map<String, String> b = ImageFiles.of(engine, buildkit, dir);
    assertTrue(
        a.containsKey("var/made/out.txt") && a.containsKey("opt/app/sub/deep.txt"),
        a.keySet().toString());
    assertNull(a.get("bin/rpm"));
    assertEquals("link -> /opt/app/data.txt", a.get("var/made/link"));
    assertEquals(List.of(), ImageFiles.diff(a, b));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void variantsBuildAtOnceOrOneAfterTheOther(boolean parallel) throws Exception {
    Files.writeString(
        dir.resolve("a.Dockerfile"),
        "FROM stagecraft/busybox:latest\nRUN echo variant-a && sleep 2\n");
    Files.writeString(
        dir.resolve("b.Dockerfile"),
        "FROM stagecraft/busybox:latest\nRUN echo variant-b && sleep 2\n");
    List<BuildRequest> requests =
        List.of("a", "b").stream()
            .map(
                v ->
                    BuildRequest.of(dir, dir.resolve(v + ".Dockerfile"))
                        .withNoCache(true)
                        .withLabel(BuildLabels.PROJECT, PROJECT))
            .toList();
    RecordingListener a = new RecordingListener(line -> line.equals("variant-a"));
    RecordingListener b = new RecordingListener(line -> line.equals("variant-b"));
    VariantBuilds builds = VariantBuilds.start(this.builds, requests, List.of(a, b), parallel);
    assertTrue(a.awaitLog(60), a.log());
    boolean bRanMeanwhile = b.awaitLog(1);
    BuildResult first = builds.results().get(0).get(60, TimeUnit.SECONDS);
    BuildResult second = builds.results().get(1).get(60, TimeUnit.SECONDS);
    assertEquals(parallel, bRanMeanwhile, "B started while A was still sleeping");
    assertFalse(first.imageId().equals(second.imageId()));
  }

  @Test
  void cancellingVariantBuildsStopsTheRunningOneAndTheOneNotStarted() throws Exception {
    Files.writeString(
        dir.resolve("a.Dockerfile"),
        "FROM stagecraft/busybox:latest\nRUN echo variant-a && sleep 30\n");
    Files.writeString(
        dir.resolve("b.Dockerfile"),
        "FROM stagecraft/busybox:latest\nRUN echo variant-b && sleep 30\n");
    List<BuildRequest> requests =
        List.of("a", "b").stream()
            .map(
                v ->
                    BuildRequest.of(dir, dir.resolve(v + ".Dockerfile"))
                        .withNoCache(true)
                        .withLabel(BuildLabels.PROJECT, PROJECT))
            .toList();
    RecordingListener a = new RecordingListener(line -> line.equals("variant-a"));
    RecordingListener b = new RecordingListener();
    VariantBuilds builds = VariantBuilds.start(this.builds, requests, List.of(a, b), false);
    assertTrue(a.awaitLog(60), a.log());
    builds.cancel();
    for (int i = 0; i < 2; i++) {
      ExecutionException e = assertThrows(ExecutionException.class, builds.results().get(i)::get);
      assertEquals(BuildException.Kind.CANCELLED, ((BuildException) e.getCause()).kind());
    }
    assertEquals(List.of(), b.steps);
  }

  private static long elapsedMs(long since) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
  }

  /** Waits until no running container's command contains {@code text}. */
  private boolean awaitNoContainer(String text, long limitMs) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMs);
    do {
      List<Container> running = engine.client().listContainersCmd().exec();
      if (running.stream().noneMatch(c -> String.valueOf(c.getCommand()).contains(text))) {
        return true;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return false;
  }

  /** The command line of a process of this machine, from /proc; empty once it has gone. */
  private static String commandLine(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")))
          .replace('\0', ' ');
    } catch (java.io.IOException gone) {
      return "";
    }
  }

  /** Waits until a process whose command line contains {@code text} exists, or no longer does. */
  private static boolean awaitProcess(String text, boolean present, long limitMs)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMs);
    do {
      boolean found =
          ProcessHandle.allProcesses().anyMatch(p -> commandLine(p.pid()).contains(text));
      if (found == present) {
        return true;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return false;
  }
}
