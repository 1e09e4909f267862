package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of variables where a reference is read, by BuildKit's rules: before the first FROM
 * (and in FROM lines) the automatic platform args and the global ARGs, a build arg winning over a
 * default; inside a stage only what the stage declares with ARG (inheriting a global value when it
 * gives no default) or ENV.
 */
final class ArgScope {
  private final ReferenceContext context;
  private final Map<String, String> global = new HashMap<>();

  ArgScope(ReferenceContext context) {
    this.context = context;
    global.putAll(context.platformArgs());
  }

  /** Takes in an ARG from before the first FROM. */
  void declareGlobal(Instruction arg) {
    for (KeyValue pair : arg.pairs()) {
      declare(global, global, pair);
    }
  }

  /** The values FROM lines see. */
  Map<String, String> global() {
    return Map.copyOf(global);
  }

  /**
   * The values an instruction of a stage sees: what the stage's ARG and ENV lines before it set.
   */
  Map<String, String> before(java.util.List<Instruction> stage, Instruction instruction) {
    Map<String, String> values = new HashMap<>();
    for (Instruction i : stage) {
      if (i == instruction) {
        break;
      }
      if (i.is(Keyword.ARG)) {
        for (KeyValue pair : i.pairs()) {
          declare(values, global, pair);
        }
      } else if (i.is(Keyword.ENV)) {
        for (KeyValue pair : i.pairs()) {
          if (pair.value() != null) {
            values.put(pair.name(), ArgExpander.buildkit(values).expand(pair.value()));
          }
        }
      }
    }
    return values;
  }

  private void declare(Map<String, String> into, Map<String, String> inherited, KeyValue pair) {
    String given = context.buildArgs().get(pair.name());
    String value;
    if (given != null) {
      value = given;
    } else if (pair.value() != null) {
      value = ArgExpander.buildkit(into).expand(pair.value());
    } else {
      value = inherited.get(pair.name());
    }
    if (value != null) {
      into.put(pair.name(), value);
    } else {
      into.remove(pair.name());
    }
  }
}
