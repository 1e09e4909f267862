package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.split.ShellToken;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's options read the way hadolint reads them: {@code -abc} is the flags {@code a}, {@code
 * b} and {@code c}; {@code --name=value} is the flag {@code name}; {@code -} and {@code --} are
 * plain arguments. The program word itself is never a flag.
 */
final class CommandFlags {
  private CommandFlags() {}

  /** The flags one word stands for; empty for an argument. */
  static List<String> of(String word) {
    List<String> flags = new ArrayList<>();
    if (word.equals("-") || word.equals("--") || !word.startsWith("-")) {
      return flags;
    }
    if (word.startsWith("--")) {
      int eq = word.indexOf('=');
      flags.add(eq < 0 ? word.substring(2) : word.substring(2, eq));
    } else {
      for (char ch : word.substring(1).toCharArray()) {
        flags.add(String.valueOf(ch));
      }
    }
    return flags;
  }

  /** True when the command (after its program word) has any of the flags {@code names}. */
  static boolean has(ShellCommand command, String... names) {
    for (ShellToken w : arguments(command)) {
      for (String f : of(w.value())) {
        for (String n : names) {
          if (f.equals(n)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The words after the program word. */
  static List<ShellToken> arguments(ShellCommand command) {
    List<ShellToken> words = command.words();
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }

  /** The arguments that are not flags (values of flags included, as in hadolint). */
  static List<String> operands(ShellCommand command) {
    List<String> operands = new ArrayList<>();
    for (ShellToken w : arguments(command)) {
      if (of(w.value()).isEmpty()) {
        operands.add(w.value());
      }
    }
    return operands;
  }

  /** The word after each {@code -flag} (or {@code --flag}) written without {@code =value}. */
  static List<String> values(ShellCommand command, String flag) {
    List<String> values = new ArrayList<>();
    List<ShellToken> args = arguments(command);
    for (int k = 0; k + 1 < args.size(); k++) {
      String w = args.get(k).value();
      if (!w.contains("=") && of(w).contains(flag)) {
        values.add(args.get(k + 1).value());
      }
    }
    return values;
  }
}
