package io.stagecraft.core.lint.buildkit;

import io.stagecraft.core.lint.CommonFixes;
import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** BuildKit's checks of single instructions and of instructions repeated in a stage. */
final class InstructionChecks {
  private InstructionChecks() {}

  static final Rule NO_EMPTY_CONTINUATION =
      Buildkit.rule(
          "NoEmptyContinuation",
          "Empty continuation lines will become errors in a future release",
          "An empty line inside a continued instruction is skipped today, but a future release"
              + " will end the instruction there.\n\nBad:\nRUN apk add \\\n\n    curl\nGood:\nRUN"
              + " apk add \\\n    curl",
          "no-empty-continuation",
          InstructionChecks::emptyContinuation);

  static final Rule JSON_ARGS_RECOMMENDED =
      Buildkit.rule(
          "JSONArgsRecommended",
          "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related"
              + " to OS signals",
          "In shell form the command runs under /bin/sh -c, which does not pass signals on: the"
              + " container does not stop on docker stop until it is killed. Use the exec form, or"
              + " set SHELL explicitly if a shell is meant.\n\nBad: CMD python app.py\nGood: CMD"
              + " [\"python\", \"app.py\"]",
          "json-args-recommended",
          InstructionChecks::jsonArgs);

  static final Rule MAINTAINER_DEPRECATED =
      Buildkit.rule(
          "MaintainerDeprecated",
          "The MAINTAINER instruction is deprecated, use a label instead to define an image author",
          "MAINTAINER is deprecated; the OCI label org.opencontainers.image.authors says the"
              + " same.\n\nBad: MAINTAINER Ann <ann@example.com>\nGood: LABEL"
              + " org.opencontainers.image.authors=\"Ann <ann@example.com>\"",
          "maintainer-deprecated",
          InstructionChecks::maintainer);

  static final Rule WORKDIR_RELATIVE_PATH =
      Buildkit.rule(
          "WorkdirRelativePath",
          "Relative workdir without an absolute workdir declared within the build can have"
              + " unexpected results if the base image changes",
          "A relative WORKDIR is relative to the base image's working directory, which another"
              + " base image may set differently. Set an absolute one first.\n\nBad: WORKDIR"
              + " app\nGood: WORKDIR /app",
          "workdir-relative-path",
          InstructionChecks::relativeWorkdir);

  static final Rule MULTIPLE_INSTRUCTIONS_DISALLOWED =
      Buildkit.rule(
          "MultipleInstructionsDisallowed",
          "Multiple instructions of the same type should not be used in the same stage",
          "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage counts; the earlier ones are"
              + " dead text. The problem is reported on the one that is ignored.\n\nBad: CMD a /"
              + " CMD b\nGood: CMD b",
          "multiple-instructions-disallowed",
          InstructionChecks::multiple);

  static final Rule LEGACY_KEY_VALUE_FORMAT =
      Buildkit.rule(
          "LegacyKeyValueFormat",
          "Legacy key/value format with whitespace separator should not be used",
          "ENV and LABEL take key=value pairs; the old 'key value' form allows one pair only and"
              + " reads surprisingly when the value has spaces.\n\nBad: ENV PORT 8080\nGood: ENV"
              + " PORT=8080",
          "legacy-key-value-format",
          InstructionChecks::legacyKeyValue);

  static final Rule SECRETS_USED_IN_ARG_OR_ENV =
      Buildkit.rule(
          "SecretsUsedInArgOrEnv",
          "Sensitive data should not be used in the ARG or ENV commands",
          "ARG and ENV values stay in the image's metadata and history, readable by anyone with"
              + " the image. Pass secrets with RUN --mount=type=secret instead.\n\nBad: ARG"
              + " GITHUB_TOKEN\nGood: RUN --mount=type=secret,id=github_token ...",
          "secrets-used-in-arg-or-env",
          InstructionChecks::secrets);

  private static final Pattern SECRET =
      Pattern.compile(
          "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
  private static final Pattern NOT_SECRET =
      Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");

  private static void emptyContinuation(LintContext c, Findings out) {
    String text = c.text();
    for (Diagnostic d : c.dockerfile().diagnostics()) {
      if (!d.code().equals("empty-continuation")) {
        continue;
      }
      Element e = c.dockerfile().elementAt(d.range().start());
      int lineStart = c.dockerfile().lines().lineStart(d.line());
      int next = text.indexOf('\n', lineStart);
      int lineEnd = next < 0 ? text.length() : next + 1;
      out.report(
          e instanceof Instruction i ? c.rangeOf(i) : d.range(),
          "Empty continuation line",
          QuickFix.safe(
              "Remove the empty line", Edits.delete("Remove empty line", lineStart, lineEnd)));
    }
  }

  private static void jsonArgs(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      boolean shellSet = false;
      for (Stage link : StageChain.of(c.graph(), s)) {
        for (Instruction i : link.instructions()) {
          if (i.is(Keyword.SHELL)) {
            shellSet = true;
          }
          if (link != s || shellSet || i.form() != ArgumentForm.SHELL) {
            continue;
          }
          if (i.is(Keyword.CMD) || i.is(Keyword.ENTRYPOINT)) {
            QuickFix fix = CommonFixes.execForm(c, i);
            out.report(
                c.rangeOf(i),
                "JSON arguments recommended for "
                    + i.keyword().text()
                    + " to prevent unintended behavior related to OS signals",
                fix);
          }
        }
      }
    }
  }

  private static void maintainer(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (i.is(Keyword.MAINTAINER)) {
        out.report(
            c.rangeOf(i),
            "Maintainer instruction is deprecated in favor of using label",
            CommonFixes.maintainerToLabel(c, i));
      }
    }
  }

  private static void relativeWorkdir(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      boolean set = false;
      for (Stage link : StageChain.of(c.graph(), s)) {
        for (Instruction i : link.instructions()) {
          if (!i.is(Keyword.WORKDIR) || i.words().isEmpty()) {
            continue;
          }
          String path = i.words().get(0).value();
          if (!set && link == s && !isAbsolute(path)) {
            out.report(
                c.rangeOf(i),
                "Relative workdir \""
                    + path
                    + "\" can have unexpected results if the base image"
                    + " changes",
                QuickFix.unsafe(
                    "Make it /" + path,
                    Edits.insert("Absolute WORKDIR", i.words().get(0).range().start(), "/")));
          }
          set = true;
        }
      }
    }
  }

  private static boolean isAbsolute(String path) {
    // A variable may well expand to an absolute path; BuildKit would know, lint cannot.
    return path.startsWith("/") || path.startsWith("$") || path.matches("^[A-Za-z]:[\\\\/].*");
  }

  private static void multiple(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Map<Keyword, Instruction> last = new EnumMap<>(Keyword.class);
      for (Instruction i : s.instructions()) {
        if (i.is(Keyword.CMD) || i.is(Keyword.ENTRYPOINT) || i.is(Keyword.HEALTHCHECK)) {
          Instruction earlier = last.put(i.kind(), i);
          if (earlier != null) {
            out.report(
                c.rangeOf(earlier),
                "Multiple "
                    + earlier.keyword().text()
                    + " instructions should not be used in the same stage because only the last"
                    + " one will be used",
                QuickFix.safe(
                    "Remove the ignored " + earlier.name(),
                    Edits.delete(
                        "Remove ignored " + earlier.name(),
                        earlier.range().start(),
                        earlier.range().end())));
          }
        }
      }
    }
  }

  private static void legacyKeyValue(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      for (Instruction i : s.instructions()) {
        if (!(i.is(Keyword.ENV) || i.is(Keyword.LABEL)) || i.pairs().size() != 1) {
          continue;
        }
        KeyValue pair = i.pairs().get(0);
        if (pair.value() == null || isDelimited(c.text(), pair)) {
          continue;
        }
        out.report(
            c.rangeOf(i),
            "\""
                + i.keyword().text()
                + " key=value\" should be used instead of legacy \""
                + i.keyword().text()
                + " key value\" format",
            legacyFix(pair));
      }
    }
  }

  private static boolean isDelimited(String text, KeyValue pair) {
    int afterKey = pair.key().range().end();
    return afterKey < text.length() && text.charAt(afterKey) == '=';
  }

  private static QuickFix legacyFix(KeyValue pair) {
    String value = pair.value();
    String written;
    if (value.matches("[^\\s\"'\\\\]*")) {
      written = value;
    } else if (value.matches("\"[^\"\\\\]*\"|'[^']*'")) {
      written = value;
    } else if (!value.contains("\"") && !value.contains("\\") && !value.contains("'")) {
      written = "\"" + value + "\"";
    } else {
      return null;
    }
    String replacement = pair.name() + "=" + written;
    return QuickFix.safe(
        "Write " + replacement, Edits.replace("key=value form", pair.range(), replacement));
  }

  private static void secrets(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      for (Instruction i : s.instructions()) {
        if (!(i.is(Keyword.ARG) || i.is(Keyword.ENV))) {
          continue;
        }
        for (KeyValue pair : i.pairs()) {
          String key = pair.name();
          if (SECRET.matcher(key).find() && !NOT_SECRET.matcher(key).find()) {
            out.report(
                c.rangeOf(i),
                "Do not use ARG or ENV instructions for sensitive data ("
                    + i.name()
                    + " \""
                    + key
                    + "\")");
          }
        }
      }
    }
  }
}
