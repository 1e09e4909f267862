package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.build.BuildEngine;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.Builder;
import io.stagecraft.core.build.RunResult;
import io.stagecraft.core.build.SplitVerification;
import io.stagecraft.core.build.VariantComparison;
import io.stagecraft.core.split.BuildContext;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import io.stagecraft.core.split.SplitPreview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The proof of issue 5 for one sample in {@code assets/samples/}: the one-click split (with its
 * runtime inspected on the engine), built and run against the single-stage original (A) and the
 * expert's {@code Dockerfile.multistage} (E), each built once for the whole class.
 *
 * <p>Base images come from build arguments: the local Debian image for every builder, and a local
 * stand-in without a shell for the distroless runtime.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleSplitProof {

  /** The local Debian image every sample's toolchain is installed on. */
  static final String DEBIAN = "stagecraft/debian:bookworm";

  /** The expert files' own goal: the one-click split within 5 % of the hand-written design. */
  private static final double EXPERT_TOLERANCE_PERCENT = 5.0;

  private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

  private final String sample;
  private final String builderStandIn;
  private final String runtimeStandIn;
  private final boolean runtimeHasShell;
  private final String project = getClass().getSimpleName() + "-" + UUID.randomUUID();

  private EngineStatus status;
  private SplitPreview split;
  private SplitVerification.Verdict verdict;
  private VariantComparison.Outcome expert;

  /**
   * @param sample the folder under {@code assets/samples/}
   * @param runtimeStandIn the local image the split's runtime and the expert's {@code
   *     RUNTIME_IMAGE} use
   */
  SampleSplitProof(String sample, String runtimeStandIn) {
    this(sample, runtimeStandIn, false);
  }

  /**
   * @param runtimeHasShell whether the runtime has a shell on purpose (an app started by a shell
   *     script); B must then have the expert's shell, else none at all
   */
  SampleSplitProof(String sample, String runtimeStandIn, boolean runtimeHasShell) {
    this(sample, DEBIAN, runtimeStandIn, runtimeHasShell);
  }

  /**
   * @param builderStandIn the local image the original's {@code BASE_IMAGE} and the expert's {@code
   *     BUILD_IMAGE} use, such as the node stand-in
   */
  SampleSplitProof(
      String sample, String builderStandIn, String runtimeStandIn, boolean runtimeHasShell) {
    this.sample = sample;
    this.builderStandIn = builderStandIn;
    this.runtimeStandIn = runtimeStandIn;
    this.runtimeHasShell = runtimeHasShell;
  }

  private Path dir() {
    return Path.of("assets/samples", sample);
  }

  @BeforeAll
  void buildOnce() throws Exception {
    status = new EngineConnector().connect();
    if (status.connection().isEmpty()) {
      return; // every test then skips or fails in requireEngine, with the reason
    }
    EngineConnection engine = status.connection().get();
    BuildEngine builds = new DockerBuildEngine(engine);
    String original = Files.readString(dir().resolve("Dockerfile"));
    SplitOptions options =
        SplitOptions.defaults().withRuntime(runtimeStandIn).withContext(BuildContext.folder(dir()));
    split =
        new SplitAssistant()
            .slim(
                original,
                options.withInspectedRuntime(
                    new RuntimeImageInspection(engine).inspect(runtimeStandIn).orElse(null)));
    VariantComparison.RunSpec run = new VariantComparison.RunSpec(List.of(), RUN_LIMIT);
    verdict =
        SplitVerification.verify(
            builds,
            new SplitVerification.Request(
                dir(),
                dir().resolve("Dockerfile"),
                original,
                split.after(),
                split.runtimeName(),
                Map.of("BASE_IMAGE", builderStandIn),
                Map.of(BuildLabels.PROJECT, project),
                run),
            BuildListener.NONE,
            BuildListener.NONE);
    Path expertFile = dir().resolve("Dockerfile.multistage");
    BuildRequest expertBuild =
        BuildRequest.of(dir(), expertFile)
            .withBuilder(Builder.BUILDKIT)
            .withBuildArgs(Map.of("BUILD_IMAGE", builderStandIn, "RUNTIME_IMAGE", runtimeStandIn))
            .withLabel(BuildLabels.PROJECT, project)
            .withLabel(BuildLabels.VARIANT, "E");
    expert =
        VariantComparison.run(
                builds,
                List.of(
                    new VariantComparison.Variant("E", expertBuild, Files.readString(expertFile))),
                List.of(BuildListener.NONE),
                false,
                run)
            .get(0);
  }

  @BeforeEach
  void requireEngine() {
    EngineTests.require(status);
  }

  @AfterAll
  void removeImages() throws BuildException {
    if (status != null && status.connection().isPresent()) {
      try (EngineConnection engine = status.connection().get()) {
        new DockerBuildEngine(engine).removeBuilt(BuildLabels.PROJECT, project);
      }
    }
  }

  /** The split, for the sample's own checks. */
  SplitPreview split() {
    return split;
  }

  private void requireBuilt() {
    for (VariantComparison.Outcome o : List.of(verdict.original(), verdict.split(), expert)) {
      assertFalse(
          o.failed(),
          () ->
              o.variant().label()
                  + " did not build: "
                  + o.failure().getMessage()
                  + (o.variant().label().equals("B") ? "\n" + split.after() : ""));
    }
  }

  @Test
  void theSplitPrintsWhatTheOriginalPrintsAndExitsTheSame() {
    requireBuilt();
    RunResult a = verdict.original().run();
    RunResult b = verdict.split().run();
    assertEquals(0, a.exitCode(), () -> "the original itself fails: " + a.stderr());
    assertFalse(
        a.stdout().isBlank(), "the original prints nothing, so there is nothing to compare");
    assertEquals(
        a.stdout(),
        b.stdout(),
        () -> "stdout differs; B's stderr: " + b.stderr() + "\n" + split.after());
    assertEquals(a.exitCode(), b.exitCode(), () -> "exit codes differ; B's stderr: " + b.stderr());
    assertTrue(
        verdict.check().sameOutcome(),
        () -> "stderr differs: A " + a.stderr() + " / B " + b.stderr());
  }

  @Test
  void theSplitIsSmallerAndHasNoShell() {
    requireBuilt();
    long a = verdict.original().image().sizeBytes();
    long b = verdict.split().image().sizeBytes();
    System.out.printf(
        Locale.ROOT, "%s: A %,d bytes, B %,d bytes, A/B %.2f%n", sample, a, b, (double) a / b);
    assertTrue(
        verdict.check().smaller(),
        () -> "B (" + b + " bytes) is not smaller than A (" + a + " bytes)");
    if (runtimeHasShell) {
      assertEquals(
          expert.image().surface().shellPath(),
          verdict.split().image().surface().shellPath(),
          "B has the expert's shell, which runs the app's script");
    } else {
      assertFalse(
          verdict.split().image().surface().hasShell(),
          () ->
              "the runtime stand-in has a shell at "
                  + verdict.split().image().surface().shellPath());
    }
  }

  @Test
  void theSplitComesWithinFivePercentOfTheExpertDesign() {
    requireBuilt();
    assertTrue(
        expert.run().sameOutcomeAs(verdict.original().run()),
        () -> "the expert's image does not behave like the original: " + expert.run());
    long b = verdict.split().image().sizeBytes();
    long e = expert.image().sizeBytes();
    double percent = 100.0 * (b - e) / e;
    System.out.printf(
        Locale.ROOT,
        "%s: B %,d bytes, expert %,d bytes, B vs expert %+.3f %%%n",
        sample,
        b,
        e,
        percent);
    assertTrue(
        Math.abs(percent) <= EXPERT_TOLERANCE_PERCENT,
        () -> String.format(Locale.ROOT, "B is %+.3f %% off the expert's %,d bytes", percent, e));
  }

  /** B runs as the same non-root user as the expert's design, on any runtime, scratch included. */
  @Test
  void theSplitRunsAsTheExpertsNonRootUser() {
    requireBuilt();
    assertFalse(
        expert.image().runsAsRoot(), () -> "the expert's image runs as " + expert.image().user());
    assertEquals(expert.image().user(), verdict.split().image().user(), split::after);
    assertFalse(verdict.split().image().runsAsRoot(), split::after);
  }

  /** The split's text is the one built as B: what the tests prove is what the user gets. */
  @Test
  void variantBIsTheSplitsRuntimeStage() {
    requireBuilt();
    assertNotNull(split.runtimeName());
    assertEquals(split.after(), verdict.split().variant().dockerfileText());
    assertEquals(split.runtimeName(), verdict.split().variant().request().target());
    assertTrue(
        split.after().contains("FROM " + runtimeStandIn + " AS " + split.runtimeName()),
        split.after());
  }
}
