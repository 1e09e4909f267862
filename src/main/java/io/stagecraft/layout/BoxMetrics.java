package io.stagecraft.layout;

/**
 * The geometry of boxes, shared by the layout, the JavaFX canvas and the SVG export so that all
 * three agree without measuring fonts. Rows use a 12px monospace font, whose advance is close to
 * 0.6em.
 */
public final class BoxMetrics {
  public static final double CHAR_WIDTH = 7.3;
  public static final double PADDING = 10;
  public static final double HEADER_HEIGHT = 30;
  public static final double BASE_HEIGHT = 22;
  public static final double ROW_HEIGHT = 18;
  public static final double BOTTOM_PADDING = 8;
  public static final double MIN_WIDTH = 200;
  public static final double MAX_WIDTH = 340;
  public static final double IMAGE_HEIGHT = 34;
  public static final double IMAGE_MIN_WIDTH = 120;

  /** Stages with more instructions than this are folded unless the user unfolds them. */
  public static final int FOLD_ABOVE = 8;

  /** How many instructions a folded stage still lists. */
  public static final int FOLDED_ROWS = 6;

  private BoxMetrics() {}

  /** How many characters of monospace text fit on a row of a box of the widest size. */
  public static int maxRowChars() {
    return (int) ((MAX_WIDTH - 2 * PADDING) / CHAR_WIDTH);
  }

  public static double widthFor(int chars, double min) {
    return Math.max(min, Math.min(MAX_WIDTH, Math.ceil(chars * CHAR_WIDTH + 2 * PADDING)));
  }

  /** {@code text} cut to {@code max} characters, ending in an ellipsis when cut. */
  public static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "\u2026";
  }
}
