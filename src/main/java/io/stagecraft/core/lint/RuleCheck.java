package io.stagecraft.core.lint;

/** The behaviour of a rule: looks at the file and reports what it finds. */
@FunctionalInterface
public interface RuleCheck {
  void check(LintContext context, Findings findings);
}
