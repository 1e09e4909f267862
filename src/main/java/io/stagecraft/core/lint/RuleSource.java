package io.stagecraft.core.lint;

import java.util.Locale;

/** Where a rule comes from. Sources are an attribute of a rule, not separate engines. */
public enum RuleSource {
  /** BuildKit's build checks, as {@code docker build --check} runs them. */
  BUILDKIT,
  /** hadolint's DL rules. */
  HADOLINT,
  /** Stagecraft's own rules over the whole stage graph. */
  STAGECRAFT,
  /** ShellCheck, run as an external program on RUN scripts. */
  SHELLCHECK;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
