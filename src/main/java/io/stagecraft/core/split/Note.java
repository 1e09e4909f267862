package io.stagecraft.core.split;

/**
 * Something the user should know about a split.
 *
 * @param line the line of the original text it is about, or 0
 */
public record Note(Level level, int line, String message) {

  /** How much a note matters. */
  public enum Level {
    /** What the assistant did and why. */
    INFO,
    /** Probably fine, but worth a look. */
    WARNING,
    /** The split image will likely not behave like the original until this is fixed by hand. */
    PROBLEM
  }

  @Override
  public String toString() {
    return level.name().toLowerCase(java.util.Locale.ROOT)
        + (line > 0 ? ": line " + line : "")
        + ": "
        + message;
  }
}
