package io.stagecraft.core.split;

/** The kinds of app the one-click split knows, each with its usual runtime. */
public enum Ecosystem {
  GO("Go", "gcr.io/distroless/static-debian12"),
  C("C/C++", "gcr.io/distroless/cc-debian12"),
  JAVA("Java", "gcr.io/distroless/java17-debian12"),
  NODE("Node.js", "gcr.io/distroless/nodejs20-debian12"),
  PYTHON("Python", "gcr.io/distroless/python3-debian12"),
  /** Nothing recognised: a slim image of the builder's distribution. */
  OTHER("unrecognised", null);

  private final String label;
  private final String distroless;

  Ecosystem(String label, String distroless) {
    this.label = label;
    this.distroless = distroless;
  }

  public String label() {
    return label;
  }

  /** The distroless repository for this kind of app, without a tag; null for {@link #OTHER}. */
  public String distroless() {
    return distroless;
  }
}
