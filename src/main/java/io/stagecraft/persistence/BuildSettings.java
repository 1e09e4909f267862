package io.stagecraft.persistence;

import java.util.Map;

/**
 * How to build the project's images.
 *
 * @param context the build context folder, relative to the project file
 * @param target the stage to build, or null for the last one
 * @param buildArgs {@code --build-arg} values
 */
public record BuildSettings(String context, String target, Map<String, String> buildArgs) {
  public static final BuildSettings DEFAULT = new BuildSettings(".", null, Map.of());

  public BuildSettings {
    context = context == null ? "." : context;
    buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
  }
}
