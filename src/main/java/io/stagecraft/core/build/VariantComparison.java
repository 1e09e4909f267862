package io.stagecraft.core.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Builds variants, then inspects each image and, when asked, runs it: the one path behind both
 * {@code compare} and the split's verification, so they measure alike.
 */
public final class VariantComparison {

  /**
   * One variant to build.
   *
   * @param label how the variant is called in reports, such as {@code A}
   * @param request the build
   * @param dockerfileText the Dockerfile the image is built from, to map its layers to lines
   */
  public record Variant(String label, BuildRequest request, String dockerfileText) {}

  /**
   * What one variant came to: either its build, image and run (null when no run was asked for), or
   * the reason its build failed.
   */
  public record Outcome(
      Variant variant,
      BuildResult build,
      ImageReport image,
      RunResult run,
      BuildException failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  /** How the images are run once built, or {@link #NONE}. */
  public record RunSpec(List<String> args, Duration timeout) {
    public static final RunSpec NONE = new RunSpec(List.of(), Duration.ZERO);

    public RunSpec {
      args = List.copyOf(args);
    }

    boolean wanted() {
      return this != NONE && !timeout.isZero();
    }
  }

  private VariantComparison() {}

  /**
   * Builds every variant ({@code parallel}, or each after the one before so later ones reuse the
   * cache of earlier ones). When all built, inspects and runs each image. A failed build is an
   * outcome, not an exception, so the caller can say which one failed; then no image is inspected
   * and the outcomes of the builds that succeeded carry only their build.
   *
   * @throws BuildException when inspecting or running a built image fails
   */
  public static List<Outcome> run(
      BuildEngine engine,
      List<Variant> variants,
      List<BuildListener> listeners,
      boolean parallel,
      RunSpec runSpec)
      throws BuildException, InterruptedException {
    List<BuildRequest> requests = variants.stream().map(Variant::request).toList();
    VariantBuilds builds = VariantBuilds.start(engine, requests, listeners, parallel);
    List<Outcome> built = new ArrayList<>();
    try {
      for (int i = 0; i < variants.size(); i++) {
        built.add(await(variants.get(i), builds.results().get(i)));
      }
    } catch (InterruptedException e) {
      builds.cancel();
      throw e;
    }
    if (built.stream().anyMatch(Outcome::failed)) {
      return built;
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome o : built) {
      Variant v = o.variant();
      ImageReport image =
          engine.inspect(o.build().imageId(), v.dockerfileText(), v.request().target());
      RunResult ran =
          runSpec.wanted() ? engine.run(image.imageId(), runSpec.args(), runSpec.timeout()) : null;
      outcomes.add(new Outcome(v, o.build(), image, ran, null));
    }
    return outcomes;
  }

  private static Outcome await(Variant v, CompletableFuture<BuildResult> pending)
      throws InterruptedException {
    try {
      return new Outcome(v, pending.get(), null, null, null);
    } catch (ExecutionException e) {
      BuildException why =
          e.getCause() instanceof BuildException b
              ? b
              : new BuildException(
                  BuildException.Kind.ENGINE,
                  new BuildError(String.valueOf(e.getCause()), 0),
                  e.getCause());
      return new Outcome(v, null, null, null, why);
    }
  }
}
