package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleCheck;
import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * hadolint's rules that read its configuration: {@code trustedRegistries} (DL3026) and the {@code
 * label-schema} with {@code strict-labels} (DL3049–DL3056, DL3058). Without those settings they
 * report nothing, as in hadolint.
 */
final class RegistryAndLabelRules {
  private RegistryAndLabelRules() {}

  private static final Pattern SEMVER =
      Pattern.compile(
          "v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  static final Rule DL3026 =
      Hadolint.rule(
          "DL3026",
          LintSeverity.ERROR,
          "Use only an allowed registry in the FROM image",
          "The configuration's trustedRegistries lists the registries images may come from"
              + " (docker.io for images without a registry; *.example.com matches its"
              + " subdomains).\n\nBad (trustedRegistries: [my.registry]): FROM debian:12\nGood:"
              + " FROM my.registry/debian:12",
          RegistryAndLabelRules::trustedRegistries);

  static final Rule DL3049 =
      labelRule(
          "DL3049",
          LintSeverity.INFO,
          "Label `<label>` is missing.",
          "Every label of the configuration's label-schema is set in the image's final stage.",
          RegistryAndLabelRules::missing);

  static final Rule DL3050 =
      labelRule(
          "DL3050",
          LintSeverity.INFO,
          "Superfluous label(s) present.",
          "With strict-labels, only the labels of the label-schema may be set.",
          RegistryAndLabelRules::superfluous);

  static final Rule DL3051 =
      labelRule(
          "DL3051",
          LintSeverity.WARNING,
          "label `<label>` is empty.",
          "A label of the label-schema has an empty value.",
          (c, out) -> eachSchemaLabel(c, out, null, v -> !v.isBlank(), "is empty."));

  static final Rule DL3052 =
      typeRule("DL3052", "url", "is not a valid URL.", RegistryAndLabelRules::isUrl);

  static final Rule DL3053 =
      typeRule(
          "DL3053",
          "rfc3339",
          "is not a valid time format - must conform to RFC3339.",
          RegistryAndLabelRules::isRfc3339);

  static final Rule DL3054 =
      typeRule("DL3054", "spdx", "is not a valid SPDX identifier.", RegistryAndLabelRules::isSpdx);

  static final Rule DL3055 =
      typeRule("DL3055", "hash", "is not a valid git hash.", v -> v.matches("[0-9a-fA-F]{7,40}"));

  static final Rule DL3056 =
      typeRule(
          "DL3056",
          "semver",
          "does not conform to semantic versioning.",
          v -> SEMVER.matcher(v).matches());

  static final Rule DL3058 =
      typeRule(
          "DL3058",
          "email",
          "is not a valid email format - must conform to RFC5322.",
          v -> v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));

  private static Rule labelRule(
      String id, LintSeverity severity, String title, String explanation, RuleCheck check) {
    return Hadolint.rule(
        id,
        severity,
        title,
        explanation + " (read from the label-schema of .hadolint.yaml)",
        check);
  }

  private interface ValueTest {
    boolean valid(String value);
  }

  private static Rule typeRule(String id, String type, String what, ValueTest test) {
    return labelRule(
        id,
        LintSeverity.WARNING,
        "Label `<label>` " + what,
        "A label whose type in the label-schema is " + type + " has a value of another form.",
        (c, out) -> eachSchemaLabel(c, out, type, test, what));
  }

  private static void trustedRegistries(LintContext c, Findings out) {
    List<String> trusted = c.settings().hadolint().trustedRegistries();
    if (trusted.isEmpty()) {
      return;
    }
    for (Stage s : c.graph().stages()) {
      String base = ImageRules.externalBase(c, s);
      if (base == null) {
        continue;
      }
      String registry = registry(base);
      if (trusted.stream().noneMatch(t -> matches(t.toLowerCase(Locale.ROOT), registry))) {
        out.report(c.rangeOf(s.from()));
      }
    }
  }

  /** The registry of an image reference, as Docker reads it: docker.io without one. */
  static String registry(String image) {
    int slash = image.indexOf('/');
    if (slash > 0) {
      String first = image.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        return first.toLowerCase(Locale.ROOT);
      }
    }
    return "docker.io";
  }

  private static boolean matches(String trusted, String registry) {
    if (trusted.startsWith("*.")) {
      return registry.endsWith(trusted.substring(1));
    }
    return trusted.equals(registry)
        || (trusted.equals("docker.io") && registry.equals("index.docker.io"));
  }

  private static void missing(LintContext c, Findings out) {
    Map<String, String> schema = c.settings().hadolint().labelSchema();
    Stage last = c.finalStage();
    if (schema.isEmpty() || last == null) {
      return;
    }
    for (String label : schema.keySet()) {
      boolean set =
          last.instructions().stream()
              .filter(i -> i.is(Keyword.LABEL))
              .flatMap(i -> i.pairs().stream())
              .anyMatch(p -> p.name().equals(label));
      if (!set) {
        out.report(c.rangeOf(last.from()), "Label `" + label + "` is missing.");
      }
    }
  }

  private static void superfluous(LintContext c, Findings out) {
    HadolintConfig config = c.settings().hadolint();
    if (!config.strictLabels() || config.labelSchema().isEmpty()) {
      return;
    }
    for (Instruction i : c.dockerfile().instructions()) {
      if (i.is(Keyword.LABEL)
          && i.pairs().stream().anyMatch(p -> !config.labelSchema().containsKey(p.name()))) {
        out.report(c.rangeOf(i), "Superfluous label(s) present.");
      }
    }
  }

  /** Reports each LABEL pair of the schema whose type is {@code type} (any when null) and fails. */
  private static void eachSchemaLabel(
      LintContext c, Findings out, String type, ValueTest test, String what) {
    Map<String, String> schema = c.settings().hadolint().labelSchema();
    if (schema.isEmpty()) {
      return;
    }
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.LABEL)) {
        continue;
      }
      for (KeyValue p : i.pairs()) {
        String expected = schema.get(p.name());
        String value = p.value() == null ? "" : p.value();
        boolean applies = expected != null && (type == null || type.equals(expected));
        boolean checkable = type == null || !value.isBlank();
        if (applies && checkable && !value.contains("$") && !test.valid(value)) {
          // hadolint writes "label" for an empty value and "Label" for a value of the wrong type.
          String label = type == null ? "label `" : "Label `";
          out.report(c.rangeOf(i), label + p.name() + "` " + what);
        }
      }
    }
  }

  private static boolean isUrl(String v) {
    try {
      java.net.URI uri = new java.net.URI(v);
      return uri.getScheme() != null && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static boolean isRfc3339(String v) {
    try {
      OffsetDateTime.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** An SPDX license expression: identifiers joined by AND, OR and WITH, in parentheses or not. */
  private static boolean isSpdx(String v) {
    String expression = v.replace("(", " ").replace(")", " ").strip();
    if (expression.isEmpty()) {
      return false;
    }
    for (String part : expression.split("\\s+")) {
      if (!part.matches("AND|OR|WITH") && !part.matches("[A-Za-z0-9][A-Za-z0-9.+-]*")) {
        return false;
      }
    }
    return true;
  }
}
