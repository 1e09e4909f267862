package io.stagecraft.core.lint;

import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.split.ShellToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A package manager's command in a RUN: which manager, which action ({@code install}, {@code
 * add}...), its option words and the packages named.
 *
 * @param manager {@code apt-get}, {@code apt}, {@code apk}, {@code yum}, {@code dnf}, {@code
 *     microdnf}, {@code zypper}, {@code pip} (any pip or {@code python -m pip}), {@code npm},
 *     {@code gem}
 * @param actionIndex index of the action word in the command's words
 */
public record PackageCommand(
    String manager,
    String action,
    int actionIndex,
    List<ShellToken> options,
    List<ShellToken> packages,
    ShellCommand command) {

  // Compiled once: every RUN command of every file is asked, by some twenty rules.
  private static final Pattern PIP = Pattern.compile("pip(\\d+(\\.\\d+)?)?");
  private static final Pattern PYTHON = Pattern.compile("python(\\d+(\\.\\d+)?)?");
  private static final Set<String> MANAGERS =
      Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper", "npm", "gem", "yarn");

  /** Options whose value is the next word. */
  private static final Set<String> VALUE_OPTIONS =
      Set.of(
          "-o",
          "-t",
          "-c",
          "-r",
          "-e",
          "-i",
          "-f",
          "--index-url",
          "--extra-index-url",
          "--target",
          "--prefix",
          "--root",
          "--requirement",
          "--constraint",
          "--find-links",
          "--repository",
          "--installroot",
          "--releasever",
          "--registry",
          "--loglevel");

  /** Reads {@code command} as a package manager's, or returns null. */
  public static PackageCommand of(ShellCommand command) {
    List<ShellToken> words = command.words();
    int start = 0;
    while (start < words.size() && (words.get(start).value().equals("sudo"))) {
      start++;
    }
    if (start >= words.size()) {
      return null;
    }
    String program = base(words.get(start).value());
    String manager;
    int next = start + 1;
    if (MANAGERS.contains(program)) {
      manager = program;
    } else if (!program.startsWith("pip") && !program.startsWith("python")) {
      return null;
    } else if (PIP.matcher(program).matches()) {
      manager = "pip";
    } else if (PYTHON.matcher(program).matches()
        && words.size() > start + 2
        && words.get(start + 1).value().equals("-m")
        && words.get(start + 2).value().equals("pip")) {
      manager = "pip";
      next = start + 3;
    } else {
      return null;
    }
    List<ShellToken> options = new ArrayList<>();
    List<ShellToken> packages = new ArrayList<>();
    String action = null;
    int actionIndex = -1;
    for (int i = next; i < words.size(); i++) {
      ShellToken w = words.get(i);
      if (w.value().startsWith("-")) {
        options.add(w);
        if (VALUE_OPTIONS.contains(w.value()) && i + 1 < words.size()) {
          options.add(words.get(++i));
        }
      } else if (action == null) {
        action = w.value();
        actionIndex = i;
      } else {
        packages.add(w);
      }
    }
    return action == null
        ? null
        : new PackageCommand(manager, action, actionIndex, options, packages, command);
  }

  private static String base(String program) {
    return program.substring(program.lastIndexOf('/') + 1);
  }

  /** True for an install action: {@code install}, {@code add}, {@code ci}, {@code i}. */
  public boolean installs() {
    return switch (manager) {
      case "apk" -> action.equals("add");
      case "npm" -> action.equals("install") || action.equals("ci") || action.equals("i");
      case "yarn" -> action.equals("install") || action.equals("add");
      case "zypper" -> action.equals("install") || action.equals("in");
      default -> action.equals("install");
    };
  }

  /** True when an option word equals one of {@code names}, or starts with {@code name=}. */
  public boolean hasOption(String... names) {
    for (ShellToken o : options) {
      for (String n : names) {
        if (o.value().equals(n) || o.value().startsWith(n + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words after the action that are not options: packages or files. */
  public List<String> packageNames() {
    return packages.stream().map(ShellToken::value).toList();
  }
}
