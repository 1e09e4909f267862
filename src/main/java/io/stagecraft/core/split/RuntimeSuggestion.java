package io.stagecraft.core.split;

/**
 * The runtime image the one-click split proposes, and why.
 *
 * @param image the image reference for FROM
 * @param reason a sentence for the user
 * @param distroless false when no distroless image fits and a slim image of the same distribution
 *     was chosen instead
 */
public record RuntimeSuggestion(String image, String reason, boolean distroless) {

  /**
   * The suggestion for a detected ecosystem, on the tag that {@code nonroot} and {@code debug}
   * pick.
   */
  public static RuntimeSuggestion of(
      Detection detection, String builderBase, boolean nonroot, boolean debug) {
    String tag = debug ? (nonroot ? "debug-nonroot" : "debug") : (nonroot ? "nonroot" : "latest");
    Ecosystem e = detection.ecosystem();
    if (e == Ecosystem.C && detection.staticBinary()) {
      return new RuntimeSuggestion(
          "gcr.io/distroless/static-debian12:" + tag,
          "The program is linked statically, so distroless static (no C library) runs it.",
          true);
    }
    if (e == Ecosystem.GO) {
      return new RuntimeSuggestion(
          e.distroless() + ":" + tag,
          "A Go program built with CGO_ENABLED=0 is static, so distroless static runs it.",
          true);
    }
    if (e != Ecosystem.OTHER) {
      return new RuntimeSuggestion(
          e.distroless() + ":" + tag,
          "Distroless "
              + DistrolessCatalogue.repository(e.distroless())
              + " holds the "
              + e.label()
              + " runtime and nothing else.",
          true);
    }
    String slim = slimVariant(builderBase);
    return new RuntimeSuggestion(
        slim,
        "No ecosystem was recognised, so the runtime is "
            + slim
            + ", a slim image of the builder's distribution; packages the app needs at run time must be installed there "
            + "again.",
        false);
  }

  /**
   * The slim variant of a distribution image: {@code debian:bookworm} → {@code
   * debian:bookworm-slim}.
   */
  static String slimVariant(String image) {
    if (image == null || image.contains("$")) {
      return "debian:bookworm-slim";
    }
    String tag = DistrolessCatalogue.tag(image);
    if (tag.contains("slim") || image.contains("@")) {
      return image;
    }
    String repository = DistrolessCatalogue.repository(image);
    String name =
        image.lastIndexOf(':') > image.lastIndexOf('/')
            ? image.substring(0, image.lastIndexOf(':'))
            : image;
    return switch (repository) {
      case "debian" -> name + ":" + (tag.equals("latest") ? "stable" : tag) + "-slim";
      case "python", "node" -> name + ":" + (tag.equals("latest") ? "slim" : slimTag(tag));
      default -> image;
    };
  }

  /** {@code 3.12-bookworm} → {@code 3.12-slim-bookworm}, {@code 3.12} → {@code 3.12-slim}. */
  private static String slimTag(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag + "-slim" : tag.substring(0, dash) + "-slim" + tag.substring(dash);
  }
}
