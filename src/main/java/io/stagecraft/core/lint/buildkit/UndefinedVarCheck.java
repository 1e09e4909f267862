package io.stagecraft.core.lint.buildkit;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.EditDistance;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.VariableRef;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BuildKit's UndefinedVar: a variable used by an instruction that expands words (ADD, COPY, ENV,
 * EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR and ARG defaults) that no ENV or ARG of the
 * stage, or of the stages it is built FROM, defines.
 *
 * <p>BuildKit also knows the environment of the base image, which a static lint does not: for a
 * stage built on an image, names that images commonly set ({@code PATH}, {@code HOME}, {@code
 * *_VERSION}, {@code *_HOME} and a few more) count as defined.
 */
final class UndefinedVarCheck {
  private UndefinedVarCheck() {}

  static final Rule UNDEFINED_VAR =
      Buildkit.rule(
          "UndefinedVar",
          "Variables should be defined before their use",
          "A variable that no ENV or ARG defines expands to an empty string, which is rarely"
              + " what was meant; it is often a typo or an ARG declared before FROM but not inside"
              + " the stage.\n\nBad: ARG VERSION / FROM alpine / RUN ... / COPY app-$VERSION"
              + " /app\nGood: ... FROM alpine / ARG VERSION / COPY app-$VERSION /app",
          "undefined-var",
          UndefinedVarCheck::check);

  private static final Set<Keyword> EXPANDING =
      EnumSet.of(
          Keyword.ADD,
          Keyword.COPY,
          Keyword.ENV,
          Keyword.EXPOSE,
          Keyword.LABEL,
          Keyword.STOPSIGNAL,
          Keyword.USER,
          Keyword.VOLUME,
          Keyword.WORKDIR,
          Keyword.ARG);

  private static final Set<String> IMAGE_ENV =
      Set.of(
          "PATH",
          "HOME",
          "HOSTNAME",
          "TERM",
          "LANG",
          "LANGUAGE",
          "LC_ALL",
          "USER",
          "SHELL",
          "PWD",
          "GOPATH",
          "GOROOT",
          "GOTOOLCHAIN",
          "PYTHONPATH",
          "NODE_ENV",
          "GEM_HOME",
          "BUNDLE_PATH",
          "CARGO_HOME",
          "RUSTUP_HOME",
          "MAVEN_CONFIG",
          "GRADLE_USER_HOME",
          "DEBIAN_FRONTEND");
  private static final Pattern IMAGE_ENV_NAME =
      Pattern.compile("[A-Z0-9_]+_(VERSION|HOME|PATH|SHA256|SHA512|URL|DIR)");

  private static void check(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      List<Stage> chain = StageChain.of(c.graph(), s);
      boolean imageBase = !StageChain.fromScratch(c.graph(), s);
      Set<String> known = new LinkedHashSet<>();
      for (Stage link : chain) {
        for (Instruction i : link.instructions()) {
          if (link == s && EXPANDING.contains(i.kind())) {
            report(c, out, i, known, imageBase);
          }
          if (i.is(Keyword.ENV) || i.is(Keyword.ARG)) {
            for (KeyValue pair : i.pairs()) {
              known.add(pair.name());
            }
          }
        }
      }
    }
  }

  private static void report(
      LintContext c, Findings out, Instruction i, Set<String> known, boolean imageBase) {
    Set<String> reported = new LinkedHashSet<>();
    Set<String> before = new LinkedHashSet<>(known);
    for (VariableRef r : i.variables()) {
      String name = r.name();
      if (i.is(Keyword.ARG) && declaredEarlierIn(i, r)) {
        continue;
      }
      if (before.contains(name) || hasFallback(c, r) || !reported.add(name)) {
        continue;
      }
      if (imageBase && (IMAGE_ENV.contains(name) || IMAGE_ENV_NAME.matcher(name).matches())) {
        continue;
      }
      String suggestion = EditDistance.closest(name, before);
      String message = "Usage of undefined variable '$" + name + "'";
      QuickFix fix = null;
      if (suggestion != null) {
        message += " (did you mean $" + suggestion + "?)";
        String written = r.range().of(c.text()).replace(name, suggestion);
        fix =
            QuickFix.unsafe(
                "Use $" + suggestion, Edits.replace("Use $" + suggestion, r.range(), written));
      }
      out.report(c.rangeOf(i), message, fix);
    }
  }

  /** In {@code ARG A=1 B=$A}, B's default sees A. */
  private static boolean declaredEarlierIn(Instruction arg, VariableRef r) {
    for (KeyValue pair : arg.pairs()) {
      if (pair.range().start() >= r.range().start()) {
        return false;
      }
      if (pair.name().equals(r.name())) {
        return true;
      }
    }
    return false;
  }

  /** {@code ${X:-word}} and {@code ${X:+word}} say what happens when X is unset. */
  private static boolean hasFallback(LintContext c, VariableRef r) {
    String written = r.range().of(c.text());
    if (!written.startsWith("${")) {
      return false;
    }
    String after = written.substring(Math.min(written.length(), 2 + r.name().length()));
    return after.startsWith(":-")
        || after.startsWith("-")
        || after.startsWith(":+")
        || after.startsWith("+")
        || after.startsWith(":?")
        || after.startsWith("?");
  }
}
