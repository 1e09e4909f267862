package io.stagecraft.engine;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import io.stagecraft.core.build.BuildEngine;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildHandle;
import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.Builder;
import io.stagecraft.core.build.BuiltImage;
import io.stagecraft.core.build.ImageReport;
import io.stagecraft.core.build.PreparedContext;
import io.stagecraft.core.build.RunResult;
import io.stagecraft.core.build.StepLocator;
import io.stagecraft.core.split.ImageConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link BuildEngine} on a Docker engine: builds through {@code POST /build} with Stagecraft's
 * own context tar (classic, or BuildKit with {@code version=2}), inspects and runs images.
 */
public final class DockerBuildEngine implements BuildEngine {

  private static final AtomicInteger BUILD_NUMBER = new AtomicInteger();

  private final EngineConnection engine;
  private final ImageInspector inspector;
  private final ImageRunner runner;

  public DockerBuildEngine(EngineConnection engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.inspector = new ImageInspector(engine);
    this.runner = new ImageRunner(engine);
  }

  @Override
  public Optional<ImageConfig> inspectRuntime(String reference) throws BuildException {
    return new RuntimeImageInspection(engine).inspect(reference);
  }

  @Override
  public BuildHandle start(BuildRequest request, BuildListener listener) throws BuildException {
    PreparedContext context = PreparedContext.of(request);
    try {
      StepLocator locator = StepLocator.of(context.dockerfileText(), request.target());
      if (!request.pull()) {
        requireLocalImages(locator, request);
      }
      BuildProgress progress =
          request.builder() == Builder.BUILDKIT
              ? new BuildkitProgress(listener, locator)
              : new ClassicProgress(listener, locator);
      String path = "/v" + engine.apiVersion() + BuildQuery.of(request, context.dockerfileEntry());
      listener.onContext(context.size());
      RunningBuild build = new RunningBuild(engine, path, context, listener, progress);
      build.start("stagecraft-build-" + BUILD_NUMBER.incrementAndGet());
      return build;
    } catch (BuildException | RuntimeException e) {
      context.close();
      throw e;
    }
  }

  /** Fails early, with the image's name, when a base image is missing and may not be pulled. */
  private void requireLocalImages(StepLocator locator, BuildRequest request) throws BuildException {
    for (String image : locator.graph().externalImages(request.buildArgs())) {
      try {
        engine.client().inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        throw new BuildException(
            BuildException.Kind.INVALID,
            new BuildError(
                "the base image "
                    + image
                    + " is not on the engine at "
                    + engine.endpoint().describe()
                    + ", and pulling is off: pull or build it first, or allow pulling",
                0));
      } catch (RuntimeException e) {
        throw Failures.engine(engine, e);
      }
    }
  }

  @Override
  public ImageReport inspect(String imageId, String dockerfileText, String target)
      throws BuildException {
    return inspector.inspect(
        imageId, dockerfileText == null ? null : StepLocator.of(dockerfileText, target));
  }

  @Override
  public RunResult run(String imageId, List<String> args, Duration timeout) throws BuildException {
    return runner.run(imageId, args, timeout);
  }

  @Override
  public List<BuiltImage> listBuilt() throws BuildException {
    try {
      return engine
          .client()
          .listImagesCmd()
          .withLabelFilter(Map.of(BuildLabels.BUILT, "true"))
          .exec()
          .stream()
          .map(
              i ->
                  new BuiltImage(
                      i.getId(),
                      i.getRepoTags() == null
                          ? List.of()
                          : Arrays.stream(i.getRepoTags())
                              .filter(t -> !t.equals("<none>:<none>"))
                              .toList(),
                      i.getSize() == null ? 0 : i.getSize(),
                      Instant.ofEpochSecond(i.getCreated() == null ? 0 : i.getCreated())))
          .sorted(BuiltImage.NEWEST_FIRST)
          .toList();
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    }
  }

  @Override
  public void removeImage(String imageId) throws BuildException {
    try {
      engine.client().removeImageCmd(imageId).withForce(true).exec();
    } catch (NotFoundException gone) {
      // Already removed: what was asked for is done.
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    }
  }

  @Override
  public int removeBuilt(String label, String value) throws BuildException {
    List<String> ids = listLabelled(Map.of(BuildLabels.BUILT, "true", label, value));
    List<String> left = new ArrayList<>(ids);
    // An image can be the parent of another one in the list; retry what failed once children are
    // gone.
    for (int pass = 0; pass < 3 && !left.isEmpty(); pass++) {
      List<String> failed = new ArrayList<>();
      for (String id : left) {
        try {
          engine.client().removeImageCmd(id).withForce(true).exec();
        } catch (NotFoundException gone) {
          // Removed with a child already.
        } catch (RuntimeException e) {
          failed.add(id);
        }
      }
      left = failed;
    }
    if (!left.isEmpty()) {
      throw new BuildException(
          BuildException.Kind.ENGINE,
          new BuildError(
              "could not remove "
                  + left.size()
                  + " image(s) labelled "
                  + label
                  + "="
                  + value
                  + ": "
                  + left,
              0));
    }
    return ids.size();
  }

  private List<String> listLabelled(Map<String, String> labels) throws BuildException {
    try {
      return engine.client().listImagesCmd().withLabelFilter(labels).exec().stream()
          .map(Image::getId)
          .toList();
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    }
  }
}
