package io.stagecraft.layout;

/** What a node is for in the build, which decides its colour on the canvas and in exports. */
public enum StageRole {
  /** The last stage: what a build without a target produces. */
  FINAL,
  /** A stage other stages build on, copy from or mount. */
  BUILDER,
  /** A stage that is neither the target nor used by any other stage. */
  UNUSED,
  /** An image that is not a stage of the Dockerfile. */
  EXTERNAL;

  /** The CSS class shared by the JavaFX canvas and the SVG export. */
  public String styleClass() {
    return "role-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
