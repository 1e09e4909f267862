package io.stagecraft.core.lint;

import io.stagecraft.core.syntax.Severity;
import java.util.Locale;

/**
 * How serious a lint problem is, most serious first. {@link #OFF} turns a rule off. The names are
 * hadolint's, so a {@code .hadolint.yaml} override or failure threshold reads directly.
 */
public enum LintSeverity {
  ERROR,
  WARNING,
  INFO,
  STYLE,
  OFF;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity named {@code text} (case-insensitive; {@code none} is {@link #OFF}), or null. */
  public static LintSeverity parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("none") || t.equals("ignore")) {
      return OFF;
    }
    for (LintSeverity s : values()) {
      if (s.label().equals(t)) {
        return s;
      }
    }
    return null;
  }

  /** True when this is at least as serious as {@code threshold}; nothing reaches {@link #OFF}. */
  public boolean reaches(LintSeverity threshold) {
    return this != OFF && threshold != OFF && ordinal() <= threshold.ordinal();
  }

  /** The closest severity of a syntax diagnostic, which has no style level. */
  public Severity diagnosticSeverity() {
    return switch (this) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      default -> Severity.INFO;
    };
  }
}
