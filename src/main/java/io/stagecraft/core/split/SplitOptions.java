package io.stagecraft.core.split;

/**
 * The user's choices for a split.
 *
 * @param runtimeImage the runtime base image, or null to take the suggested one
 * @param inspectedRuntime the runtime image's configuration as an engine inspected it, or null
 * @param builderName the builder stage's name, or null to keep the stage's name (or use {@code build})
 * @param runtimeName the runtime stage's name, or null for {@code runtime}
 * @param nonroot whether a suggested distroless runtime uses the {@code nonroot} tag
 * @param debug whether a suggested distroless runtime uses a {@code debug} tag (with a busybox shell)
 */
public record SplitOptions(String runtimeImage, ImageConfig inspectedRuntime, String builderName, String runtimeName,
    boolean nonroot, boolean debug) {

  /** Suggested runtime, {@code :nonroot}, default names. */
  public static SplitOptions defaults() {
    return new SplitOptions(null, null, null, null, true, false);
  }

  public SplitOptions withRuntime(String image) {
    return new SplitOptions(image, inspectedRuntime, builderName, runtimeName, nonroot, debug);
  }

  public SplitOptions withInspectedRuntime(ImageConfig config) {
    return new SplitOptions(runtimeImage, config, builderName, runtimeName, nonroot, debug);
  }

  public SplitOptions withBuilderName(String name) {
    return new SplitOptions(runtimeImage, inspectedRuntime, name, runtimeName, nonroot, debug);
  }

  public SplitOptions withRuntimeName(String name) {
    return new SplitOptions(runtimeImage, inspectedRuntime, builderName, name, nonroot, debug);
  }

  public SplitOptions withNonroot(boolean value) {
    return new SplitOptions(runtimeImage, inspectedRuntime, builderName, runtimeName, value, debug);
  }

  public SplitOptions withDebug(boolean value) {
    return new SplitOptions(runtimeImage, inspectedRuntime, builderName, runtimeName, nonroot, value);
  }
}
