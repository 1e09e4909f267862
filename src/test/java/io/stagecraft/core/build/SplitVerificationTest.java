package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict of a split's verification, from outcomes as the engine reports them. */
class SplitVerificationTest {

  private static final RunResult PRINTS_14 =
      new RunResult(0, "14\n", "", false, Duration.ofMillis(5));

  private static VariantComparison.Outcome built(String label, long size, RunResult run) {
    VariantComparison.Variant v =
        new VariantComparison.Variant(
            label, BuildRequest.of(Path.of("."), Path.of("Dockerfile")), "");
    ImageReport image =
        new ImageReport(
            "sha256:" + label,
            size,
            1,
            List.of(),
            "root",
            new AttackSurface(null, List.of(), Map.of()));
    return new VariantComparison.Outcome(
        v, new BuildResult("sha256:" + label, Duration.ofSeconds(1)), image, run, null);
  }

  private static VariantComparison.Outcome failed(String label) {
    VariantComparison.Variant v =
        new VariantComparison.Variant(
            label, BuildRequest.of(Path.of("."), Path.of("Dockerfile")), "");
    return new VariantComparison.Outcome(
        v,
        null,
        null,
        null,
        new BuildException(BuildException.Kind.FAILED, new BuildError("exit 1", 3)));
  }

  @Test
  void sameOutputAndASmallerSplitPass() {
    SplitVerification.Verdict v =
        new SplitVerification.Verdict(built("A", 1000, PRINTS_14), built("B", 300, PRINTS_14));
    assertTrue(v.built());
    assertTrue(v.check().sameOutcome());
    assertTrue(v.check().smaller());
    assertEquals(3.33, v.check().ratio());
    assertTrue(v.passed());
  }

  @Test
  void anotherExitCodeIsAMismatchHoweverSmall() {
    RunResult fails = new RunResult(1, "14\n", "", false, Duration.ofMillis(5));
    SplitVerification.Verdict v =
        new SplitVerification.Verdict(built("A", 1000, PRINTS_14), built("B", 10, fails));
    assertFalse(v.check().sameOutcome());
    assertTrue(v.check().smaller());
    assertFalse(v.passed());
  }

  @Test
  void anotherStdoutIsAMismatch() {
    RunResult other = new RunResult(0, "15\n", "", false, Duration.ofMillis(5));
    assertFalse(
        new SplitVerification.Verdict(built("A", 1000, PRINTS_14), built("B", 10, other)).passed());
  }

  @Test
  void aSplitThatIsNotSmallerDoesNotPass() {
    SplitVerification.Verdict v =
        new SplitVerification.Verdict(built("A", 1000, PRINTS_14), built("B", 1000, PRINTS_14));
    assertTrue(v.check().sameOutcome());
    assertFalse(v.check().smaller());
    assertFalse(v.passed());
  }

  @Test
  void aFailedBuildPassesNothing() {
    SplitVerification.Verdict v =
        new SplitVerification.Verdict(built("A", 1000, PRINTS_14), failed("B"));
    assertFalse(v.built());
    assertEquals(null, v.check());
    assertFalse(v.passed());
  }

  @Test
  void bothVariantsBuildTheirOwnTextWithTheSameArgumentsAndLabels() {
    SplitVerification.Request r =
        new SplitVerification.Request(
            Path.of("ctx"),
            Path.of("ctx/Dockerfile"),
            "original",
            "split",
            "runtime",
            Map.of("BASE_IMAGE", "debian"),
            Map.of(BuildLabels.PROJECT, "p"),
            new VariantComparison.RunSpec(List.of("x"), Duration.ofSeconds(5)));
    BuildRequest a = r.build("original", null, SplitVerification.ORIGINAL);
    BuildRequest b = r.build("split", "runtime", SplitVerification.SPLIT);
    assertEquals("original", a.dockerfileText());
    assertEquals("split", b.dockerfileText());
    assertEquals(null, a.target());
    assertEquals("runtime", b.target());
    assertEquals(a.buildArgs(), b.buildArgs());
    assertEquals("p", b.labels().get(BuildLabels.PROJECT));
    assertEquals("A", a.labels().get(BuildLabels.VARIANT));
    assertEquals("B", b.labels().get(BuildLabels.VARIANT));
  }
}
