package io.stagecraft.core.edit;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a proposed stage name against BuildKit's rules and the stages already there. */
public final class StageNames {
  private static final Pattern VALID = Pattern.compile("^[a-z][a-z0-9-_.]*$");

  private StageNames() {}

  /** Null when {@code name} can name a new stage (or stage {@code except}); otherwise why not. */
  public static String problem(StageGraph graph, String name, int except) {
    if (name == null || name.isBlank()) {
      return "A stage name cannot be empty.";
    }
    if (!VALID.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
      return "\""
          + name
          + "\" is not a valid stage name: start with a letter, then use letters, digits, '-', '_' or '.'.";
    }
    for (Stage s : graph.stages()) {
      if (s.index() != except && s.isNamed(name)) {
        return "Another stage (line " + s.line() + ") is already named \"" + s.name() + "\".";
      }
    }
    return null;
  }
}
