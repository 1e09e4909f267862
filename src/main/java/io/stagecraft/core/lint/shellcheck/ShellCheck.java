package io.stagecraft.core.lint.shellcheck;

import io.stagecraft.core.lint.ExternalChecker;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleSource;
import io.stagecraft.core.model.ProxyArgs;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.SourceRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ShellCheck on every RUN script, as hadolint runs it: each stage's SHELL picks the dialect ({@code
 * /bin/sh} until one is set; PowerShell, cmd and other programs are not checked), the stage's ARG
 * and ENV names and the proxy variables are exported first so they count as set, and SC2187 (ash)
 * and SC1090 (a directive a Dockerfile cannot hold) are left out. Its comments are reported under
 * their SC codes at the Dockerfile line and column they point to; hadolint's ignore pragmas and a
 * configuration's {@code ignored} apply to them as to any rule.
 *
 * <p>Results are kept per script text, so a new revision runs ShellCheck only on the RUNs that
 * changed.
 */
public final class ShellCheck implements ExternalChecker {
  /** Said once when the program is missing. */
  public static final String NOT_INSTALLED = "ShellCheck not found on the PATH: SC checks are off";

  private static final Set<Integer> LEFT_OUT = Set.of(2187, 1090);
  private static final int CACHED_SCRIPTS = 1024;

  private final ShellCheckRunner runner;
  private final Map<String, Rule> rules = new ConcurrentHashMap<>();
  private final Map<Key, List<ScriptComment>> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<ScriptComment>> eldest) {
          return size() > CACHED_SCRIPTS;
        }
      };

  public ShellCheck(ShellCheckRunner runner) {
    this.runner = runner;
  }

  /** What ShellCheck is asked: the exports, then the RUN's script, read as the dialect. */
  private record Key(String dialect, String prelude, String script) {}

  /** The stage's variables exported first, so that ShellCheck counts them as set. */
  private record Prelude(String text, int lines) {
    static Prelude of(Set<String> variables) {
      StringBuilder text = new StringBuilder();
      for (String v : variables) {
        text.append("export ").append(v).append("=1\n");
      }
      return new Prelude(text.toString(), variables.size());
    }
  }

  @Override
  public Outcome check(LintContext context) {
    if (!runner.available()) {
      return new Outcome(List.of(), Optional.of(NOT_INSTALLED));
    }
    List<Problem> problems = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    String dialect = "sh";
    TreeSet<String> variables = new TreeSet<>(ProxyArgs.NAMES);
    // The exports are written again only when the variables change, not for every RUN.
    Prelude prelude = null;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i.is(Keyword.FROM)) {
        dialect = "sh";
        variables = new TreeSet<>(ProxyArgs.NAMES);
        prelude = null;
      } else if (i.is(Keyword.ARG) || i.is(Keyword.ENV)) {
        for (KeyValue pair : i.pairs()) {
          if (variables.add(pair.key().text())) {
            prelude = null;
          }
        }
      } else if (i.is(Keyword.SHELL)) {
        dialect = i.words().isEmpty() ? null : dialectOf(i.words().get(0).value());
      } else if (i.is(Keyword.RUN) && dialect != null) {
        ShellScriptOfRun script =
            ShellScriptOfRun.of(context.text(), context.dockerfile().escape(), i);
        if (script != null) {
          if (prelude == null) {
            prelude = Prelude.of(variables);
          }
          check(context, i, script, dialect, prelude, problems, failures);
        }
      }
    }
    return new Outcome(
        problems, failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures)));
  }

  private void check(
      LintContext context,
      Instruction run,
      ShellScriptOfRun script,
      String stageDialect,
      Prelude prelude,
      List<Problem> into,
      List<String> failures) {
    String dialect = script.shebangDialect() != null ? script.shebangDialect() : stageDialect;
    int preludeLines = prelude.lines();
    List<ScriptComment> comments;
    try {
      comments = comments(new Key(dialect, prelude.text(), script.text()));
    } catch (IOException e) {
      failures.add("ShellCheck failed on the RUN at line " + run.line() + ": " + e.getMessage());
      return;
    }
    for (ScriptComment c : comments) {
      if (LEFT_OUT.contains(c.code()) || c.line() <= preludeLines) {
        continue;
      }
      SourceRange at =
          script.range(
              context.dockerfile().lines(),
              c.line() - preludeLines,
              c.column(),
              c.endLine() - preludeLines,
              c.endColumn());
      Rule rule = rules.computeIfAbsent(c.id(), id -> rule(c));
      into.add(new Problem(rule, rule.severity(), at, c.message(), List.of()));
    }
  }

  private List<ScriptComment> comments(Key key) throws IOException {
    synchronized (cache) {
      List<ScriptComment> known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    List<ScriptComment> found =
        List.copyOf(runner.check(key.prelude() + key.script(), key.dialect()));
    synchronized (cache) {
      cache.put(key, found);
    }
    return found;
  }

  /** The dialect of a SHELL's program ({@code /bin/bash} is bash), or null when not a shell. */
  static String dialectOf(String program) {
    return ShellScriptOfRun.ShellDialect.of(program.substring(program.lastIndexOf('/') + 1));
  }

  /** ShellCheck's code as a rule: its level is its default severity, its wiki page its URL. */
  private static Rule rule(ScriptComment c) {
    return Rule.of(
        c.id(),
        RuleSource.SHELLCHECK,
        severity(c.level()),
        "ShellCheck " + c.id(),
        "ShellCheck found this in the RUN's shell script; its wiki page explains the problem and"
            + " the fix. Silence it with `# hadolint ignore="
            + c.id()
            + "` on the line above the RUN, or in the `ignored` list of .hadolint.yaml.",
        "https://www.shellcheck.net/wiki/" + c.id(),
        (context, findings) -> {});
  }

  /** ShellCheck's level as a severity: error, warning, info and style keep their names. */
  static LintSeverity severity(String level) {
    return switch (level) {
      case "error" -> LintSeverity.ERROR;
      case "warning" -> LintSeverity.WARNING;
      case "info" -> LintSeverity.INFO;
      default -> LintSeverity.STYLE;
    };
  }
}
