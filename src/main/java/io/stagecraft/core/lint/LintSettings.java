package io.stagecraft.core.lint;

import io.stagecraft.core.lint.config.CheckDirective;
import io.stagecraft.core.lint.config.ConfigProblem;
import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.syntax.Comment;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.ParserDirective;
import io.stagecraft.core.syntax.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything that decides which rules apply and how seriously, read once: BuildKit's {@code #
 * check=} directive or the {@code BUILDKIT_DOCKERFILE_CHECK} build argument, {@code # check=}
 * comments right above an instruction, hadolint's {@code # hadolint ignore=} and {@code # hadolint
 * global ignore=} pragmas, a {@code .hadolint.yaml}, and the severities chosen in a project. Every
 * front end builds one of these and passes it in.
 */
public final class LintSettings {
  private static final Pattern HADOLINT_PRAGMA =
      Pattern.compile("^#\\s*hadolint\\s+(global\\s+)?ignore\\s*=\\s*(.*)$");

  private final CheckDirective check;
  private final HadolintConfig config;
  private final Map<String, LintSeverity> chosen;
  private final Set<String> globalIgnores;
  private final List<InstructionScope> scopes;
  private final List<ConfigProblem> problems;

  private LintSettings(
      CheckDirective check,
      HadolintConfig config,
      Map<String, LintSeverity> chosen,
      Set<String> globalIgnores,
      List<InstructionScope> scopes,
      List<ConfigProblem> problems) {
    this.check = check;
    this.config = config;
    this.chosen = Map.copyOf(chosen);
    this.globalIgnores = Set.copyOf(globalIgnores);
    this.scopes = List.copyOf(scopes);
    this.problems = List.copyOf(problems);
  }

  /** Settings of a file with no configuration besides what it says itself. */
  public static LintSettings of(Dockerfile dockerfile) {
    return of(dockerfile, Map.of(), HadolintConfig.none(), Map.of());
  }

  /**
   * Reads the settings that apply to {@code dockerfile}.
   *
   * @param buildArgs the build's arguments; {@code BUILDKIT_DOCKERFILE_CHECK} replaces the file's
   *     check directive, as in BuildKit
   * @param config a hadolint configuration, or {@link HadolintConfig#none()}
   * @param chosen severities chosen by the user (a project's settings) by rule id; they win
   */
  public static LintSettings of(
      Dockerfile dockerfile,
      Map<String, String> buildArgs,
      HadolintConfig config,
      Map<String, LintSeverity> chosen) {
    List<ConfigProblem> problems = new ArrayList<>(config.problems());
    CheckDirective check = CheckDirective.none();
    String fromArg = buildArgs.get(CheckDirective.BUILD_ARG);
    if (fromArg != null) {
      check = CheckDirective.parse(fromArg);
      if (check.error() != null) {
        problems.add(
            new ConfigProblem("--build-arg " + CheckDirective.BUILD_ARG, 1, 1, check.error()));
      }
    } else {
      for (ParserDirective d : dockerfile.directives()) {
        if (d.key().equals("check")) {
          check = CheckDirective.parse(d.value().text());
          if (check.error() != null) {
            SourceRange at = d.value().range();
            problems.add(new ConfigProblem("Dockerfile", at.line(), at.column(), check.error()));
          }
        }
      }
    }
    Set<String> globalIgnores = new LinkedHashSet<>();
    List<InstructionScope> scopes = new ArrayList<>();
    List<Comment> above = new ArrayList<>();
    for (Element e : dockerfile.elements()) {
      if (e instanceof Comment c) {
        above.add(c);
      } else if (e instanceof Instruction i) {
        InstructionScope scope = scope(i, above, globalIgnores, config.disableIgnorePragma());
        // Most instructions have no pragma above them; keeping only those that do keeps the
        // lookup of every problem's scope short in a file of thousands of instructions.
        if (!scope.ignores().isEmpty() || scope.check() != null) {
          scopes.add(scope);
        }
        above.clear();
      } else {
        above.clear();
      }
    }
    if (check.error() != null) {
      check = CheckDirective.none();
    }
    return new LintSettings(check, config, chosen, globalIgnores, scopes, problems);
  }

  private static InstructionScope scope(
      Instruction i, List<Comment> above, Set<String> globalIgnores, boolean pragmasDisabled) {
    Set<String> ignores = new LinkedHashSet<>();
    CheckDirective local = null;
    for (Comment c : above) {
      String text = c.text().text();
      Matcher m = HADOLINT_PRAGMA.matcher(text);
      if (m.matches() && !pragmasDisabled) {
        Set<String> into = m.group(1) != null ? globalIgnores : ignores;
        for (String id : m.group(2).split("[,\\s]+")) {
          if (!id.isBlank()) {
            into.add(id.strip());
          }
        }
      }
      String checkValue = text.startsWith("#") ? checkValue(text.substring(1)) : null;
      if (checkValue != null) {
        CheckDirective parsed = CheckDirective.parse(checkValue);
        if (parsed.error() == null) {
          local = parsed;
        }
      }
    }
    return new InstructionScope(i.range(), Set.copyOf(ignores), local);
  }

  private static String checkValue(String comment) {
    String t = comment.strip();
    int eq = t.indexOf('=');
    if (eq < 0 || !t.substring(0, eq).strip().equalsIgnoreCase("check")) {
      return null;
    }
    // BuildKit keeps the value up to its first space.
    String v = t.substring(eq + 1).strip();
    int space = v.indexOf(' ');
    return space < 0 ? v : v.substring(0, space);
  }

  /** True for hadolint's inline {@code # hadolint ignore=...} pragma, not the global one. */
  public static boolean isInlineIgnorePragma(String comment) {
    Matcher m = HADOLINT_PRAGMA.matcher(comment);
    return m.matches() && m.group(1) == null;
  }

  /** The comments above one instruction: hadolint ignores and a local check directive. */
  private record InstructionScope(SourceRange range, Set<String> ignores, CheckDirective check) {}

  /**
   * How serious a problem of {@code rule} at {@code at} is under these settings; {@link
   * LintSeverity#OFF} when it is not reported at all.
   */
  public LintSeverity severity(Rule rule, SourceRange at) {
    String id = rule.id();
    if (config.ignored().contains(id) || globalIgnores.contains(id)) {
      return LintSeverity.OFF;
    }
    InstructionScope scope = scopeAt(at);
    if (scope != null && scope.ignores().contains(id)) {
      return LintSeverity.OFF;
    }
    CheckDirective effective = check;
    if (scope != null && scope.check() != null) {
      effective = check.merge(scope.check());
    }
    boolean buildkit = rule.source() == RuleSource.BUILDKIT;
    if (buildkit && !effective.runs(id, rule.experimental())) {
      return LintSeverity.OFF;
    }
    LintSeverity severity = rule.severity();
    if (rule.experimental() && severity == LintSeverity.OFF) {
      // An experimental check that was asked for reports as BuildKit's checks do.
      severity = LintSeverity.WARNING;
    }
    severity = config.overrides().getOrDefault(id, severity);
    severity = chosen.getOrDefault(id, severity);
    if (buildkit && effective.errorOnWarning() && severity != LintSeverity.OFF) {
      severity = LintSeverity.ERROR;
    }
    return severity;
  }

  /**
   * False when no problem of {@code rule} can be reported anywhere in this file: it is ignored for
   * the whole file, or off by default and turned on neither by the configuration, the user's choice
   * nor (for BuildKit's experimental checks) a {@code # check=} directive. Such a rule's check need
   * not run.
   */
  public boolean mayReport(Rule rule) {
    String id = rule.id();
    if (config.ignored().contains(id) || globalIgnores.contains(id)) {
      return false;
    }
    LintSeverity severity = rule.severity();
    if (rule.experimental() && severity == LintSeverity.OFF && experimentalRunsSomewhere(rule)) {
      severity = LintSeverity.WARNING;
    }
    severity = config.overrides().getOrDefault(id, severity);
    return chosen.getOrDefault(id, severity) != LintSeverity.OFF;
  }

  private boolean experimentalRunsSomewhere(Rule rule) {
    if (check.runs(rule.id(), true)) {
      return true;
    }
    for (InstructionScope s : scopes) {
      if (s.check() != null && check.merge(s.check()).runs(rule.id(), true)) {
        return true;
      }
    }
    return false;
  }

  /** The scope of the instruction {@code at} starts in; scopes are in file order and disjoint. */
  private InstructionScope scopeAt(SourceRange at) {
    int low = 0;
    int high = scopes.size() - 1;
    InstructionScope before = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      InstructionScope s = scopes.get(mid);
      if (s.range().start() <= at.start()) {
        before = s;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return before != null && at.start() < Math.max(before.range().end(), before.range().start() + 1)
        ? before
        : null;
  }

  public HadolintConfig hadolint() {
    return config;
  }

  /** The check directive in force for the whole file. */
  public CheckDirective check() {
    return check;
  }

  /** The severities chosen by the user, by rule id. */
  public Map<String, LintSeverity> chosen() {
    return chosen;
  }

  /** The least severity that fails a lint run when the configuration sets one; else null. */
  public LintSeverity failureThreshold() {
    return config.failureThreshold();
  }

  /** Problems in the configuration itself, with their lines and columns. */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
