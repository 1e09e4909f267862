package io.stagecraft.core.edit;

/** Writes COPY source and destination paths: shell form, or JSON form when a path has spaces. */
public final class CopyPaths {
  private CopyPaths() {}

  /**
   * {@code source destination}, or the JSON form {@code ["source", "destination"]} when a path
   * needs it.
   */
  public static String format(String source, String destination) {
    if (needsJson(source) || needsJson(destination)) {
      return "[" + json(source) + ", " + json(destination) + "]";
    }
    return source + " " + destination;
  }

  private static boolean needsJson(String path) {
    return path.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\');
  }

  /** {@code s} as a JSON string literal, quotes included. */
  public static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
