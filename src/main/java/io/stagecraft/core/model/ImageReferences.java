package io.stagecraft.core.model;

import java.util.regex.Pattern;

/**
 * The grammar of image references ({@code [registry[:port]/]path[:tag][@digest]}), as the
 * distribution reference library that BuildKit uses reads them, and whether a reference looks like
 * an image someone meant.
 */
public final class ImageReferences {
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN =
      "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
          + "|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
  private static final Pattern REFERENCE =
      Pattern.compile(
          "^(?:"
              + DOMAIN
              + "/)?"
              + COMPONENT
              + "(?:/"
              + COMPONENT
              + ")*"
              + "(?::[\\w][\\w.-]{0,127})?"
              + "(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$");

  /**
   * Official images people copy from or build on by their bare name; any other bare word in a
   * {@code --from} is far likelier a mistyped stage.
   */
  private static final java.util.Set<String> WELL_KNOWN =
      java.util.Set.of(
          "alpine",
          "amazoncorretto",
          "bash",
          "busybox",
          "buildpack-deps",
          "centos",
          "composer",
          "debian",
          "docker",
          "eclipse-temurin",
          "fedora",
          "gcc",
          "golang",
          "gradle",
          "haproxy",
          "httpd",
          "maven",
          "mcr",
          "mongo",
          "mysql",
          "nginx",
          "node",
          "openjdk",
          "perl",
          "php",
          "postgres",
          "python",
          "redis",
          "registry",
          "ruby",
          "rust",
          "scratch",
          "traefik",
          "ubuntu");

  private ImageReferences() {}

  /** Whether {@code reference} parses as an image reference. */
  public static boolean isValid(String reference) {
    return reference.length() <= 255 && REFERENCE.matcher(reference).matches();
  }

  /**
   * Whether {@code reference} looks like an image someone meant: with a registry or namespace, a
   * tag or a digest, or a well-known official image. {@code COPY --from=nosuch} is a bare word, far
   * likelier a mistyped stage than an image to copy from.
   */
  static boolean isPlausibleImage(String reference) {
    return reference.indexOf('/') >= 0
        || reference.indexOf(':') >= 0
        || reference.indexOf('@') >= 0
        || WELL_KNOWN.contains(reference.toLowerCase(java.util.Locale.ROOT));
  }
}
