package io.stagecraft.core.build;

/** The labels Stagecraft puts on the images it builds, so they can be listed and removed. */
public final class BuildLabels {
  /** On every image Stagecraft builds, with the value {@code true}. */
  public static final String BUILT = "io.stagecraft.built";

  /** The project an image was built for. */
  public static final String PROJECT = "io.stagecraft.project";

  /** The variant (A or B) an image was built as. */
  public static final String VARIANT = "io.stagecraft.variant";

  private BuildLabels() {}
}
