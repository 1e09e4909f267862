package io.stagecraft.core.split;

/**
 * The user's choices for a split.
 *
 * @param runtimeImage the runtime base image, or null to take the suggested one
 * @param inspectedRuntime the runtime image's configuration as an engine inspected it, or null
 * @param builderName the builder stage's name, or null to keep the stage's name (or use {@code
 *     build})
 * @param runtimeName the runtime stage's name, or null for {@code runtime}
 * @param nonroot whether the runtime should not run as root: a suggested distroless runtime uses
 *     the {@code nonroot} tag, and a runtime that would run as root ({@code scratch}, a root tag,
 *     an image inspected as root) gets {@code USER 65532:65532} unless the split stage sets its own
 *     USER
 * @param debug whether a suggested distroless runtime uses a {@code debug} tag (with a busybox
 *     shell)
 * @param stripSymbols whether Go and C programs are built without their symbol tables
 * @param context the build context, for reading run-time files such as entrypoint scripts
 */
public record SplitOptions(
    String runtimeImage,
    ImageConfig inspectedRuntime,
    String builderName,
    String runtimeName,
    boolean nonroot,
    boolean debug,
    boolean stripSymbols,
    BuildContext context) {

  public SplitOptions {
    context = context == null ? BuildContext.NONE : context;
  }

  /** Suggested runtime, not run as root ({@code :nonroot}), default names, stripped programs. */
  public static SplitOptions defaults() {
    return new SplitOptions(null, null, null, null, true, false, true, BuildContext.NONE);
  }

  public SplitOptions withRuntime(String image) {
    return new SplitOptions(
        image, inspectedRuntime, builderName, runtimeName, nonroot, debug, stripSymbols, context);
  }

  public SplitOptions withInspectedRuntime(ImageConfig config) {
    return new SplitOptions(
        runtimeImage, config, builderName, runtimeName, nonroot, debug, stripSymbols, context);
  }

  public SplitOptions withBuilderName(String name) {
    return new SplitOptions(
        runtimeImage, inspectedRuntime, name, runtimeName, nonroot, debug, stripSymbols, context);
  }

  public SplitOptions withRuntimeName(String name) {
    return new SplitOptions(
        runtimeImage, inspectedRuntime, builderName, name, nonroot, debug, stripSymbols, context);
  }

  public SplitOptions withNonroot(boolean value) {
    return new SplitOptions(
        runtimeImage,
        inspectedRuntime,
        builderName,
        runtimeName,
        value,
        debug,
        stripSymbols,
        context);
  }

  public SplitOptions withDebug(boolean value) {
    return new SplitOptions(
        runtimeImage,
        inspectedRuntime,
        builderName,
        runtimeName,
        nonroot,
        value,
        stripSymbols,
        context);
  }

  public SplitOptions withStripSymbols(boolean value) {
    return new SplitOptions(
        runtimeImage, inspectedRuntime, builderName, runtimeName, nonroot, debug, value, context);
  }

  public SplitOptions withContext(BuildContext value) {
    return new SplitOptions(
        runtimeImage,
        inspectedRuntime,
        builderName,
        runtimeName,
        nonroot,
        debug,
        stripSymbols,
        value);
  }
}
