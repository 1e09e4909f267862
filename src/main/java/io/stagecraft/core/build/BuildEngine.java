package io.stagecraft.core.build;

import io.stagecraft.core.split.ImageConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds, inspects and runs images on one container engine. */
public interface BuildEngine {

  /**
   * Starts a build and returns at once; progress goes to {@code listener}.
   *
   * @throws BuildException with {@link BuildException.Kind#INVALID} when the request cannot be sent
   *     (unreadable context, bad {@code .dockerignore}, a missing base image while pulling is off)
   */
  BuildHandle start(BuildRequest request, BuildListener listener) throws BuildException;

  /**
   * Reports size, layers, user and attack surface of an image.
   *
   * @param dockerfileText the Dockerfile it was built from, to map layers to lines, or null
   * @param target the stage it was built as, or null for the last one
   */
  ImageReport inspect(String imageId, String dockerfileText, String target) throws BuildException;

  /** Runs an image's default command with {@code args} appended, then removes the container. */
  RunResult run(String imageId, List<String> args, Duration timeout) throws BuildException;

  /**
   * The configuration of a local image a split may run on (ENTRYPOINT, USER, whether it has a
   * shell), or empty when the engine does not have it; the split's conventions then stand.
   */
  Optional<ImageConfig> inspectRuntime(String reference) throws BuildException;

  /** The images Stagecraft built on this engine, newest first. */
  List<BuiltImage> listBuilt() throws BuildException;

  /** Removes one image Stagecraft built, by ID, with its tags. */
  void removeImage(String imageId) throws BuildException;

  /** Removes the images Stagecraft built that carry {@code label=value}; returns how many. */
  int removeBuilt(String label, String value) throws BuildException;
}
