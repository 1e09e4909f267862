package io.stagecraft.ui.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Build arguments as the panel edits them: one {@code KEY=VALUE} a line. */
public final class BuildArgsText {
  private BuildArgsText() {}

  /**
   * Reads one argument a line; blank lines and lines starting with {@code #} are skipped, and a
   * line without {@code =} is an argument with an empty value, as {@code --build-arg KEY=} would
   * be.
   */
  public static Map<String, String> parse(String text) {
    Map<String, String> args = new LinkedHashMap<>();
    for (String line : text.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = (eq < 0 ? line : line.substring(0, eq)).strip();
      if (!key.isEmpty()) {
        args.put(key, eq < 0 ? "" : line.substring(eq + 1).strip());
      }
    }
    return args;
  }

  /** One {@code KEY=VALUE} a line, keys sorted, so the same arguments always read the same. */
  public static String format(Map<String, String> args) {
    return args.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("\n"));
  }
}
