package io.stagecraft.core.lint.stagecraft;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleCheck;
import io.stagecraft.core.lint.RuleSource;
import java.util.List;

/**
 * Stagecraft's own rules, which look across stages. Their ids start with {@code STG}, which
 * collides with neither hadolint's DL, ShellCheck's SC nor BuildKit's names.
 */
public final class Stagecraft {
  private Stagecraft() {}

  static Rule rule(
      String id, LintSeverity severity, String title, String explanation, RuleCheck c) {
    return Rule.of(id, RuleSource.STAGECRAFT, severity, title, explanation, null, c);
  }

  public static List<Rule> rules() {
    return List.of(
        FinalStageChecks.SHIPS_BUILD_TOOLS,
        FinalStageChecks.RUNS_AS_ROOT,
        CopyChecks.COPIES_WHOLE_FILESYSTEM,
        UnusedStageCheck.UNUSED_STAGE,
        CopyChecks.COPIES_SECRET,
        CopyChecks.REMOTE_ADD_WITHOUT_CHECKSUM,
        CacheCheck.CACHE_LEFT_IN_LAYER,
        ContextCheck.LARGE_CONTEXT_WITHOUT_DOCKERIGNORE,
        CopyChecks.COPY_ALL_BEFORE_INSTALL);
  }
}
