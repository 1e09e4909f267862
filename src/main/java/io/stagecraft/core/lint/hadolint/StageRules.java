package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.CommonFixes;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.Set;

/**
 * hadolint's rules about how stages begin: what may come before the first FROM, FROM's {@code
 * --platform}, reserved stage names, and the instructions ONBUILD cannot trigger.
 */
final class StageRules {
  private StageRules() {}

  static final Rule DL3029 =
      Hadolint.rule(
          "DL3029",
          LintSeverity.WARNING,
          "Do not use --platform flag with FROM",
          "A fixed platform ties the stage to one architecture; $BUILDPLATFORM and"
              + " $TARGETPLATFORM are allowed.\n\nBad: FROM --platform=linux/amd64"
              + " debian:12\nGood: FROM --platform=$BUILDPLATFORM debian:12",
          StageRules::platform);

  static final Rule DL3043 =
      Hadolint.rule(
          "DL3043",
          LintSeverity.ERROR,
          "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.",
          "The builder refuses these as ONBUILD triggers.\n\nBad: ONBUILD FROM debian:12\nGood:"
              + " ONBUILD RUN make",
          StageRules::onbuildTriggers);

  static final Rule DL3061 =
      Hadolint.rule(
          "DL3061",
          LintSeverity.ERROR,
          "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.",
          "Only ARG (and comments and parser directives) may come before the first FROM.\n\nBad:"
              + " LABEL a=b / FROM debian:12\nGood: FROM debian:12 / LABEL a=b",
          StageRules::beforeFirstFrom);

  static final Rule DL3063 =
      Hadolint.rule(
          "DL3063",
          LintSeverity.WARNING,
          "stage name should not be a reserved word",
          "scratch and context mean something else in FROM and COPY --from.\n\nBad: FROM"
              + " debian:12 AS scratch\nGood: FROM debian:12 AS base",
          StageRules::reservedName);

  static final Rule DL3065 =
      Hadolint.rule(
          "DL3065",
          LintSeverity.WARNING,
          "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is"
              + " the default behavior",
          "A stage is built for the target platform unless told otherwise.\n\nBad: FROM"
              + " --platform=$TARGETPLATFORM alpine:3\nGood: FROM alpine:3",
          StageRules::redundantTargetPlatform);

  private static void platform(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Flag platform = s.from().flag("platform");
      if (platform != null
          && platform.value() != null
          && !platform.value().contains("BUILDPLATFORM")
          && !platform.value().contains("TARGETPLATFORM")) {
        out.report(c.rangeOf(s.from()));
      }
    }
  }

  private static void redundantTargetPlatform(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Flag platform = s.from().flag("platform");
      if (platform != null
          && ("$TARGETPLATFORM".equals(platform.value())
              || "${TARGETPLATFORM}".equals(platform.value()))) {
        out.report(c.rangeOf(s.from()), CommonFixes.removeFlag(c, platform));
      }
    }
  }

  private static void onbuildTriggers(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      Instruction trigger = i.is(Keyword.ONBUILD) ? i.trigger() : null;
      if (trigger != null
          && (trigger.is(Keyword.ONBUILD)
              || trigger.is(Keyword.FROM)
              || trigger.is(Keyword.MAINTAINER))) {
        out.report(c.rangeOf(i));
      }
    }
  }

  private static void beforeFirstFrom(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (i.is(Keyword.FROM)) {
        return;
      }
      if (!i.is(Keyword.ARG)) {
        out.report(c.rangeOf(i));
      }
    }
  }

  private static void reservedName(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      if (s.name() != null && Set.of("scratch", "context").contains(s.name())) {
        out.report(c.rangeOf(s.from()));
      }
    }
  }
}
