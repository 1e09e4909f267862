package io.stagecraft.core.lint;

/**
 * A lint rule kept as data, in the spirit of BuildKit's {@code linter.LinterRule}: what it is
 * called, where it comes from, how serious it is by default, what it means, and its check.
 *
 * @param id BuildKit's exact name, a hadolint DL code, a ShellCheck SC code or a Stagecraft STG
 *     code
 * @param severity the default severity; {@link LintSeverity#OFF} for rules a user turns on
 * @param title one line
 * @param explanation why it matters and how to fix it, with examples
 * @param url where the rule is documented, or null
 * @param experimental true for BuildKit's experimental checks, which run only when named in {@code
 *     # check=experimental=}
 */
public record Rule(
    String id,
    RuleSource source,
    LintSeverity severity,
    String title,
    String explanation,
    String url,
    boolean experimental,
    RuleCheck check) {

  /** A rule that runs unless turned off. */
  public static Rule of(
      String id,
      RuleSource source,
      LintSeverity severity,
      String title,
      String explanation,
      String url,
      RuleCheck check) {
    return new Rule(id, source, severity, title, explanation, url, false, check);
  }
}
