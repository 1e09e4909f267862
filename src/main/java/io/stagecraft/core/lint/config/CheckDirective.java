package io.stagecraft.core.lint.config;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * BuildKit's check configuration, as written in the {@code # check=skip=...;error=true;
 * experimental=...} directive or the {@code BUILDKIT_DOCKERFILE_CHECK} build argument, read as
 * BuildKit's {@code linter.ParseLintOptions} reads it.
 *
 * @param error null when the text is valid; otherwise why BuildKit would refuse it
 */
public record CheckDirective(
    boolean skipAll,
    Set<String> skip,
    boolean experimentalAll,
    Set<String> experimental,
    boolean errorOnWarning,
    String error) {

  /** The build argument that replaces the directive when it is given. */
  public static final String BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK";

  public static CheckDirective none() {
    return new CheckDirective(false, Set.of(), false, Set.of(), false, null);
  }

  /** Reads the value of a check directive; an invalid value is reported in {@link #error()}. */
  public static CheckDirective parse(String value) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      return none();
    }
    boolean skipAll = false;
    boolean experimentalAll = false;
    boolean error = false;
    Set<String> skip = new LinkedHashSet<>();
    Set<String> experimental = new LinkedHashSet<>();
    // BuildKit splits into at most three parts, so a fourth stays glued to the third.
    String[] parts = text.split(";", 3);
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        return invalid("invalid check option \"" + part + "\"");
      }
      String key = part.substring(0, eq).strip();
      String v = part.substring(eq + 1).strip();
      switch (key) {
        case "skip" -> {
          if (v.equals("all")) {
            skipAll = true;
          } else {
            names(v, skip);
          }
        }
        case "experimental" -> {
          if (v.equals("all")) {
            experimentalAll = true;
          } else {
            names(v, experimental);
          }
        }
        case "error" -> {
          Boolean b = goBool(v);
          if (b == null) {
            return invalid("failed to parse check option \"" + part + "\"");
          }
          error = b;
        }
        default -> {
          return invalid("invalid check option \"" + key + "\"");
        }
      }
    }
    return new CheckDirective(
        skipAll, Set.copyOf(skip), experimentalAll, Set.copyOf(experimental), error, null);
  }

  private static CheckDirective invalid(String message) {
    return new CheckDirective(false, Set.of(), false, Set.of(), false, message);
  }

  private static void names(String list, Set<String> into) {
    for (String name : list.split(",")) {
      into.add(name.strip());
    }
  }

  /** Go's {@code strconv.ParseBool}. */
  private static Boolean goBool(String v) {
    return switch (v) {
      case "1", "t", "T", "TRUE", "true", "True" -> true;
      case "0", "f", "F", "FALSE", "false", "False" -> false;
      default -> null;
    };
  }

  /** This configuration with {@code other}'s added, as BuildKit's {@code WithMergedConfig}. */
  public CheckDirective merge(CheckDirective other) {
    if (other.error != null) {
      return this;
    }
    Set<String> s = new LinkedHashSet<>(skip);
    s.addAll(other.skip);
    Set<String> e = new LinkedHashSet<>(experimental);
    e.addAll(other.experimental);
    return new CheckDirective(
        skipAll || other.skipAll,
        Set.copyOf(s),
        experimentalAll || other.experimentalAll,
        Set.copyOf(e),
        errorOnWarning,
        error);
  }

  /** Whether a BuildKit check named {@code rule} runs under this configuration. */
  public boolean runs(String rule, boolean ruleIsExperimental) {
    if (ruleIsExperimental) {
      return experimentalAll || experimental.contains(rule);
    }
    return !skipAll && !skip.contains(rule);
  }
}
