package io.stagecraft.core.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a build knows when it resolves stage references: the build args given for the variant being
 * designed, and the platforms that BuildKit turns into its automatic args ({@code TARGETOS}, {@code
 * BUILDPLATFORM}...).
 *
 * @param buildArgs values given with {@code --build-arg}; they replace ARG defaults
 * @param targetPlatform the platform built for, such as {@code linux/amd64} or {@code linux/arm/v7}
 * @param buildPlatform the platform of the engine that builds
 */
public record ReferenceContext(
    Map<String, String> buildArgs, String targetPlatform, String buildPlatform) {

  /** BuildKit's platform when the engine's is not known. */
  public static final String DEFAULT_PLATFORM = "linux/amd64";

  /** No build args, building for linux/amd64 on linux/amd64. */
  public static final ReferenceContext DEFAULT =
      new ReferenceContext(Map.of(), DEFAULT_PLATFORM, DEFAULT_PLATFORM);

  public ReferenceContext {
    buildArgs = Map.copyOf(buildArgs);
    targetPlatform = normalise(targetPlatform);
    buildPlatform = normalise(buildPlatform);
  }

  /**
   * A build on an engine of the given operating system and architecture, for its own platform; a
   * null or blank part falls back to linux/amd64.
   */
  public static ReferenceContext forEngine(String os, String arch, Map<String, String> buildArgs) {
    String platform =
        (blank(os) ? "linux" : os.strip()) + "/" + (blank(arch) ? "amd64" : arch.strip());
    return new ReferenceContext(buildArgs, platform, platform);
  }

  /** The same platforms with other build args. */
  public ReferenceContext withBuildArgs(Map<String, String> args) {
    return new ReferenceContext(args, targetPlatform, buildPlatform);
  }

  /**
   * The args BuildKit defines by itself: {@code TARGETPLATFORM}, {@code TARGETOS}, {@code
   * TARGETARCH}, {@code TARGETVARIANT} and the same four for {@code BUILD}.
   */
  public Map<String, String> platformArgs() {
    Map<String, String> args = new LinkedHashMap<>();
    platformArgs(args, "TARGET", targetPlatform);
    platformArgs(args, "BUILD", buildPlatform);
    return args;
  }

  private static void platformArgs(Map<String, String> args, String prefix, String platform) {
    String[] parts = platform.split("/", 3);
    args.put(prefix + "PLATFORM", platform);
    args.put(prefix + "OS", parts[0]);
    args.put(prefix + "ARCH", parts.length > 1 ? parts[1] : "amd64");
    args.put(prefix + "VARIANT", parts.length > 2 ? parts[2] : "");
  }

  private static String normalise(String platform) {
    return blank(platform) ? DEFAULT_PLATFORM : platform.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
