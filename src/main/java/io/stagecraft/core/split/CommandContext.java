package io.stagecraft.core.split;

import io.stagecraft.core.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One command of a builder RUN, with what it sees: its words expanded where the values are known,
 * the working directory and the environment.
 *
 * @param argv the words after wrappers such as {@code sudo} or {@code env}; an element is null when
 *     its value cannot be known statically
 * @param cwd the absolute working directory, or null when unknown
 */
public record CommandContext(
    Instruction instruction,
    ShellCommand command,
    List<String> argv,
    String cwd,
    Map<String, String> env) {

  public CommandContext {
    argv = java.util.Collections.unmodifiableList(new ArrayList<>(argv));
    env = Map.copyOf(env);
  }

  public int line() {
    return instruction.line();
  }

  /** The program's file name ({@code gcc} for {@code /usr/bin/gcc}), or "" when unknown. */
  public String program() {
    return argv.isEmpty() || argv.get(0) == null ? "" : ImagePaths.fileName(argv.get(0));
  }

  /** Word {@code i}, or null when it is missing or unknown. */
  public String arg(int i) {
    return i < argv.size() ? argv.get(i) : null;
  }

  /** True when some word equals one of {@code names}. */
  public boolean has(String... names) {
    for (String a : argv) {
      for (String n : names) {
        if (n.equals(a)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The value of an option given as {@code -o X}, {@code --target X} or {@code --target=X}; null
   * when absent or unknown.
   */
  public String option(String... names) {
    return option(false, names);
  }

  /** Like {@link #option}, and also takes a short option glued to its value ({@code -ofile}). */
  public String shortOption(String name) {
    return option(true, name);
  }

  private String option(boolean glued, String... names) {
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a == null) {
        continue;
      }
      for (String n : names) {
        if (a.equals(n)) {
          return arg(i + 1);
        }
        if (a.startsWith(n + "=")) {
          return a.substring(n.length() + 1);
        }
        if (glued && n.length() == 2 && a.startsWith(n) && !a.startsWith("--")) {
          return a.substring(2);
        }
      }
    }
    return null;
  }

  /** {@code path} made absolute against the working directory; null when that cannot be known. */
  public String resolve(String path) {
    return ImagePaths.resolve(cwd, path);
  }

  /** The value of {@code NAME=value} among the words (as make takes variables), or null. */
  public String variable(String name) {
    for (String a : argv) {
      if (a != null && a.startsWith(name + "=")) {
        return a.substring(name.length() + 1);
      }
    }
    return null;
  }
}
