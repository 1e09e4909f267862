package io.stagecraft.core.lint;

import io.stagecraft.core.lint.buildkit.Buildkit;
import io.stagecraft.core.lint.hadolint.Hadolint;
import io.stagecraft.core.lint.stagecraft.Stagecraft;
import java.util.ArrayList;
import java.util.List;

/** The registry of every built-in rule. */
public final class Rules {
  private Rules() {}

  /** Reported when a rule fails on a file, so the failure is seen instead of hiding problems. */
  public static final Rule INTERNAL =
      Rule.of(
          "STG000",
          RuleSource.STAGECRAFT,
          LintSeverity.ERROR,
          "A lint rule failed on this file",
          "A rule threw an error on this file; the other rules still ran. Please report it with"
              + " the file.",
          null,
          (context, findings) -> {});

  private static final RuleRegistry ALL = build();

  private static RuleRegistry build() {
    List<Rule> rules = new ArrayList<>(Buildkit.rules());
    rules.addAll(Hadolint.rules());
    rules.addAll(Stagecraft.rules());
    rules.add(INTERNAL);
    return new RuleRegistry(rules);
  }

  public static RuleRegistry all() {
    return ALL;
  }
}
