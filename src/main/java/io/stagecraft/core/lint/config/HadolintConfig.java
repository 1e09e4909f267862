package io.stagecraft.core.lint.config;

import io.stagecraft.core.lint.LintSeverity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * hadolint's configuration file ({@code .hadolint.yaml}), the keys lint honours: {@code ignored},
 * {@code override}, {@code trustedRegistries}, {@code label-schema}, {@code strict-labels}, {@code
 * failure-threshold} and {@code disable-ignore-pragma}. Unknown keys that hadolint knows (such as
 * {@code format} or {@code no-color}) are accepted and left alone.
 *
 * @param overrides severities by rule id
 * @param labelSchema label names and their types ({@code text}, {@code url}, {@code semver}, {@code
 *     hash}, {@code rfc3339}, {@code spdx}, {@code email})
 * @param failureThreshold the least severity that fails, or null when the file sets none
 * @param problems what could not be read, with lines and columns
 */
public record HadolintConfig(
    String source,
    Set<String> ignored,
    Map<String, LintSeverity> overrides,
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    LintSeverity failureThreshold,
    boolean disableIgnorePragma,
    List<ConfigProblem> problems) {

  /** The file names hadolint looks for, in order. */
  public static final List<String> FILE_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");

  private static final Set<String> KNOWN_KEYS =
      Set.of(
          "ignored",
          "override",
          "trustedRegistries",
          "label-schema",
          "strict-labels",
          "failure-threshold",
          "disable-ignore-pragma",
          "no-fail",
          "no-color",
          "format",
          "verbose");

  private static final Set<String> LABEL_TYPES =
      Set.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");

  public static HadolintConfig none() {
    return new HadolintConfig(
        null, Set.of(), Map.of(), List.of(), Map.of(), false, null, false, List.of());
  }

  /** Reads a configuration file; an unreadable file is one problem, never an exception. */
  public static HadolintConfig read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return new HadolintConfig(
          file.toString(),
          Set.of(),
          Map.of(),
          List.of(),
          Map.of(),
          false,
          null,
          false,
          List.of(new ConfigProblem(file.toString(), 1, 1, "cannot read: " + e.getMessage())));
    }
  }

  /**
   * The configuration that applies to {@code dockerfile}: {@code explicit} when given, else the
   * first of the file names next to the Dockerfile, then in {@code workingDir}. None when there is
   * no such file.
   */
  public static HadolintConfig find(Path explicit, Path dockerfile, Path workingDir) {
    if (explicit != null) {
      return read(explicit);
    }
    List<Path> folders = new ArrayList<>();
    if (dockerfile != null && dockerfile.toAbsolutePath().getParent() != null) {
      folders.add(dockerfile.toAbsolutePath().getParent());
    }
    if (workingDir != null) {
      folders.add(workingDir.toAbsolutePath());
    }
    for (Path folder : folders) {
      for (String name : FILE_NAMES) {
        Path candidate = folder.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return read(candidate);
        }
      }
    }
    return none();
  }

  /** Reads the text of a configuration file named {@code source}. */
  public static HadolintConfig parse(String source, String text) {
    YamlSubset.Result yaml = YamlSubset.read(source, text);
    Reader r = new Reader(source, yaml);
    if (!(yaml.value() instanceof Map<?, ?> root)) {
      r.problem("the file must be a mapping of keys such as 'ignored:' and 'override:'");
      return r.build();
    }
    for (Map.Entry<?, ?> e : root.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object value = e.getValue();
      switch (key) {
        case "ignored" -> r.ignored.addAll(r.strings(key, value));
        case "trustedRegistries" -> r.trusted.addAll(r.strings(key, value));
        case "override" -> r.overrides(value);
        case "label-schema" -> r.labelSchema(value);
        case "strict-labels" -> r.strictLabels = r.bool(key, value);
        case "disable-ignore-pragma" -> r.disablePragma = r.bool(key, value);
        case "failure-threshold" -> r.threshold(value);
        default -> {
          if (!KNOWN_KEYS.contains(key)) {
            r.problem(key, "unknown key '" + key + "'");
          }
        }
      }
    }
    return r.build();
  }

  private static final class Reader {
    final String source;
    final List<ConfigProblem> problems;
    final Set<String> ignored = new LinkedHashSet<>();
    final List<String> trusted = new ArrayList<>();
    final Map<String, LintSeverity> overrides = new LinkedHashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    boolean strictLabels;
    boolean disablePragma;
    LintSeverity failureThreshold;

    final YamlSubset.Result yaml;

    Reader(String source, YamlSubset.Result yaml) {
      this.source = source;
      this.yaml = yaml;
      this.problems = new ArrayList<>(yaml.problems());
    }

    void problem(String message) {
      problem("", message);
    }

    /** A problem located at the key {@code key} (a dotted path). */
    void problem(String key, String message) {
      YamlSubset.Position at = yaml.position(key);
      problems.add(new ConfigProblem(source, at.line(), at.column(), message));
    }

    List<String> strings(String key, Object value) {
      List<String> out = new ArrayList<>();
      if (value instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof String s) {
            out.add(s);
          } else {
            problem(key, "'" + key + "' must list strings");
          }
        }
      } else if (value instanceof String s) {
        out.add(s);
      } else if (value != null) {
        problem(key, "'" + key + "' must be a list");
      }
      return out;
    }

    boolean bool(String key, Object value) {
      if (value instanceof String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("yes")) {
          return true;
        }
        if (t.equals("false") || t.equals("no")) {
          return false;
        }
      }
      problem(key, "'" + key + "' must be true or false");
      return false;
    }

    void overrides(Object value) {
      if (!(value instanceof Map<?, ?> map)) {
        if (value != null) {
          problem(
              "override", "'override' must map severities (error, warning, info, style) to rules");
        }
        return;
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        LintSeverity severity = LintSeverity.parse(String.valueOf(e.getKey()));
        if (severity == null || severity == LintSeverity.OFF) {
          problem(
              "override." + e.getKey(), "unknown severity '" + e.getKey() + "' under 'override'");
          continue;
        }
        for (String id : strings("override." + e.getKey(), e.getValue())) {
          overrides.put(id, severity);
        }
      }
    }

    void labelSchema(Object value) {
      if (!(value instanceof Map<?, ?> map)) {
        if (value != null) {
          problem("label-schema", "'label-schema' must map label names to types");
        }
        return;
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String type = String.valueOf(e.getValue());
        if (!LABEL_TYPES.contains(type)) {
          problem(
              "label-schema." + e.getKey(),
              "unknown label type '" + type + "' for label '" + e.getKey() + "'");
        }
        labels.put(String.valueOf(e.getKey()), type);
      }
    }

    void threshold(Object value) {
      LintSeverity s = value instanceof String text ? LintSeverity.parse(text) : null;
      if (s == null) {
        problem(
            "failure-threshold", "'failure-threshold' must be error, warning, info, style or none");
      } else {
        failureThreshold = s;
      }
    }

    HadolintConfig build() {
      return new HadolintConfig(
          source,
          Set.copyOf(ignored),
          Map.copyOf(overrides),
          List.copyOf(trusted),
          java.util.Collections.unmodifiableMap(labels),
          strictLabels,
          failureThreshold,
          disablePragma,
          List.copyOf(problems));
    }
  }
}
