package io.stagecraft.core.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One build of one Dockerfile.
 *
 * @param contextDir the build context directory; its {@code .dockerignore} applies
 * @param dockerfile the Dockerfile on disk, inside or outside the context
 * @param dockerfileText text to build instead of the file's content (for example unsaved editor
 *     text), or null to read the file
 * @param target the stage to build, or null for the last one
 * @param buildArgs values for {@code ARG}s
 * @param builder the classic builder or BuildKit
 * @param tag the repository:tag to give the image, or null
 * @param labels labels for the image, on top of {@link BuildLabels#BUILT}
 * @param pull whether base images may be pulled; when false a missing one fails the build early
 * @param noCache whether to build every step again
 * @param network the network mode of RUN steps ({@code none}, {@code host}, ...), or null for the
 *     engine's default
 */
public record BuildRequest(
    Path contextDir,
    Path dockerfile,
    String dockerfileText,
    String target,
    Map<String, String> buildArgs,
    Builder builder,
    String tag,
    Map<String, String> labels,
    boolean pull,
    boolean noCache,
    String network) {

  public BuildRequest {
    Objects.requireNonNull(contextDir, "contextDir");
    if (dockerfile == null && dockerfileText == null) {
      throw new IllegalArgumentException("a build needs a Dockerfile path or Dockerfile text");
    }
    Objects.requireNonNull(builder, "builder");
    buildArgs = Map.copyOf(buildArgs == null ? Map.of() : buildArgs);
    labels = Map.copyOf(labels == null ? Map.of() : labels);
    target = blankToNull(target);
    tag = blankToNull(tag);
    network = blankToNull(network);
  }

  /** Builds {@code dockerfile} in {@code contextDir} with BuildKit, no pulls and the cache. */
  public static BuildRequest of(Path contextDir, Path dockerfile) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        null,
        null,
        Map.of(),
        Builder.BUILDKIT,
        null,
        Map.of(),
        false,
        false,
        null);
  }

  public BuildRequest withDockerfileText(String text) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        text,
        target,
        buildArgs,
        builder,
        tag,
        labels,
        pull,
        noCache,
        network);
  }

  public BuildRequest withTarget(String stage) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        stage,
        buildArgs,
        builder,
        tag,
        labels,
        pull,
        noCache,
        network);
  }

  public BuildRequest withBuildArgs(Map<String, String> args) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        target,
        args,
        builder,
        tag,
        labels,
        pull,
        noCache,
        network);
  }

  public BuildRequest withBuilder(Builder which) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        target,
        buildArgs,
        which,
        tag,
        labels,
        pull,
        noCache,
        network);
  }

  public BuildRequest withTag(String name) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        target,
        buildArgs,
        builder,
        name,
        labels,
        pull,
        noCache,
        network);
  }

  /** This request with {@code key=value} added to its labels. */
  public BuildRequest withLabel(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(labels);
    more.put(key, value);
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        target,
        buildArgs,
        builder,
        tag,
        more,
        pull,
        noCache,
        network);
  }

  public BuildRequest withPull(boolean allowed) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        target,
        buildArgs,
        builder,
        tag,
        labels,
        allowed,
        noCache,
        network);
  }

  public BuildRequest withNoCache(boolean none) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        target,
        buildArgs,
        builder,
        tag,
        labels,
        pull,
        none,
        network);
  }

  public BuildRequest withNetwork(String mode) {
    return new BuildRequest(
        contextDir,
        dockerfile,
        dockerfileText,
        target,
        buildArgs,
        builder,
        tag,
        labels,
        pull,
        noCache,
        mode);
  }

  /** The labels the image gets: the request's, plus {@link BuildLabels#BUILT}. */
  public Map<String, String> imageLabels() {
    Map<String, String> all = new LinkedHashMap<>(labels);
    all.put(BuildLabels.BUILT, "true");
    return all;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
