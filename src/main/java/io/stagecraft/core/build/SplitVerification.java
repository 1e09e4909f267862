package io.stagecraft.core.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Proves a split on an engine: builds the original (variant A) and the split (variant B, its
 * runtime stage), runs both with the same arguments, and says whether they behave alike and how
 * much smaller B is.
 */
public final class SplitVerification {

  /** The label value of variant A, the original. */
  public static final String ORIGINAL = "A";

  /** The label value of variant B, the split. */
  public static final String SPLIT = "B";

  /**
   * What to verify.
   *
   * @param contextDir the build context of both variants
   * @param dockerfile the original's file, for its {@code .dockerignore} and messages; may be null
   * @param originalText the single-stage Dockerfile
   * @param splitText the split Dockerfile
   * @param runtimeStage the split's runtime stage, built as B's target
   * @param buildArgs build arguments for both (base images, mostly)
   * @param labels labels for both images, so they can be cleaned up together
   * @param run the arguments and time limit of both runs
   */
  public record Request(
      Path contextDir,
      Path dockerfile,
      String originalText,
      String splitText,
      String runtimeStage,
      Map<String, String> buildArgs,
      Map<String, String> labels,
      VariantComparison.RunSpec run) {

    public Request {
      buildArgs = Map.copyOf(buildArgs);
      labels = Map.copyOf(labels);
    }

    BuildRequest build(String text, String target, String variant) {
      BuildRequest request =
          new BuildRequest(
              contextDir,
              dockerfile,
              text,
              target,
              buildArgs,
              Builder.BUILDKIT,
              null,
              labels,
              false,
              false,
              null);
      return request.withLabel(BuildLabels.VARIANT, variant);
    }
  }

  /** Both variants' outcomes. Each either failed to build or was built, inspected and run. */
  public record Verdict(VariantComparison.Outcome original, VariantComparison.Outcome split) {

    public boolean built() {
      return !original.failed() && !split.failed();
    }

    /** Both runs, judged; null when a variant failed to build. */
    public SplitCheck check() {
      return built()
          ? new SplitCheck(
              original.image().sizeBytes(), split.image().sizeBytes(), original.run(), split.run())
          : null;
    }

    /** The split is proven: both built, they behave alike, and B is smaller. */
    public boolean passed() {
      return built() && check().passed();
    }
  }

  private SplitVerification() {}

  /**
   * Builds A and then B (in sequence, so B's builder stage reuses A's cached steps), inspects and
   * runs both.
   *
   * @throws BuildException when an image that was built cannot be inspected or run
   */
  public static Verdict verify(
      BuildEngine engine,
      Request request,
      BuildListener originalProgress,
      BuildListener splitProgress)
      throws BuildException, InterruptedException {
    List<VariantComparison.Variant> variants =
        List.of(
            new VariantComparison.Variant(
                ORIGINAL,
                request.build(request.originalText(), null, ORIGINAL),
                request.originalText()),
            new VariantComparison.Variant(
                SPLIT,
                request.build(request.splitText(), request.runtimeStage(), SPLIT),
                request.splitText()));
    List<VariantComparison.Outcome> outcomes =
        VariantComparison.run(
            engine, variants, List.of(originalProgress, splitProgress), false, request.run());
    return new Verdict(outcomes.get(0), outcomes.get(1));
  }
}
