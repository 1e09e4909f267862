package io.stagecraft.persistence;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to build the project's images.
 *
 * @param context the build context folder, relative to the project file
 * @param target the stage to build, or null for the last one
 * @param buildArgs {@code --build-arg} values
 * @param a the first variant; by default the original single-stage Dockerfile
 * @param b the second variant; by default the design being edited
 * @param sequential whether to build the variants one after the other instead of both at once
 */
public record BuildSettings(
    String context,
    String target,
    Map<String, String> buildArgs,
    VariantSettings a,
    VariantSettings b,
    boolean sequential) {
  public static final BuildSettings DEFAULT = new BuildSettings(".", null, Map.of());

  public BuildSettings {
    context = context == null ? "." : context;
    buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
    // Projects written before variants existed had one context, target and set of arguments: the
    // variants start from them, so such a project builds as it did.
    a =
        a != null
            ? a
            : new VariantSettings(
                VariantSettings.Source.ORIGINAL, null, null, buildArgs, context, null, null);
    b =
        b != null
            ? b
            : new VariantSettings(
                VariantSettings.Source.DOCUMENT, null, target, buildArgs, context, null, null);
  }

  public BuildSettings(String context, String target, Map<String, String> buildArgs) {
    this(context, target, buildArgs, null, null, false);
  }

  public BuildSettings withA(VariantSettings variant) {
    return new BuildSettings(context, target, buildArgs, variant, b, sequential);
  }

  public BuildSettings withB(VariantSettings variant) {
    return new BuildSettings(context, target, buildArgs, a, variant, sequential);
  }

  /** The same settings for a project saved in folder {@code to} instead of {@code from}. */
  public BuildSettings rebased(Path from, Path to) {
    return new BuildSettings(
        VariantSettings.rebase(context, from, to),
        target,
        buildArgs,
        a.rebased(from, to),
        b.rebased(from, to),
        sequential);
  }

  public BuildSettings withSequential(boolean oneAfterTheOther) {
    return new BuildSettings(context, target, buildArgs, a, b, oneAfterTheOther);
  }
}
