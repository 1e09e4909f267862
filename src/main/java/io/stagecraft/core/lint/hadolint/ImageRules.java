package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.Locale;

/** hadolint's rules about base images and ADD. */
final class ImageRules {
  private ImageRules() {}

  static final Rule DL3006 =
      Hadolint.rule(
          "DL3006",
          LintSeverity.WARNING,
          "Always tag the version of an image explicitly",
          "An untagged image means latest, which changes under the build.\n\nBad: FROM debian\n"
              + "Good: FROM debian:12.5",
          ImageRules::untagged);

  static final Rule DL3007 =
      Hadolint.rule(
          "DL3007",
          LintSeverity.WARNING,
          "Using latest is prone to errors if the image will ever update. Pin the version"
              + " explicitly to a release tag",
          "The latest tag moves; pin a release.\n\nBad: FROM node:latest\nGood: FROM node:20.11",
          ImageRules::latest);

  static final Rule DL3020 =
      Hadolint.rule(
          "DL3020",
          LintSeverity.ERROR,
          "Use COPY instead of ADD for files and folders",
          "ADD also downloads URLs and unpacks archives; for plain files COPY says what it"
              + " does.\n\nBad: ADD app.py /app/\nGood: COPY app.py /app/",
          ImageRules::addForFiles);

  /**
   * The stage's base as a build would name it, or null when it is a stage, scratch or a variable.
   */
  static String externalBase(LintContext c, Stage s) {
    String base = s.resolvedBase();
    if (base.isEmpty() || base.contains("$") || base.equalsIgnoreCase("scratch")) {
      return null;
    }
    for (Stage earlier : c.graph().stages()) {
      if (earlier.index() < s.index() && earlier.isNamed(base)) {
        return null;
      }
    }
    return base;
  }

  private static String tag(String image) {
    int at = image.indexOf('@');
    if (at >= 0) {
      return "@";
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? image.substring(colon + 1) : null;
  }

  private static void untagged(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      String base = externalBase(c, s);
      if (base != null && tag(base) == null) {
        out.report(c.rangeOf(s.from()));
      }
    }
  }

  private static void latest(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      String base = externalBase(c, s);
      if (base != null && "latest".equals(tag(base))) {
        out.report(c.rangeOf(s.from()));
      }
    }
  }

  private static void addForFiles(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.ADD) || i.words().size() < 2) {
        continue;
      }
      boolean plain = true;
      for (Word w : i.words().subList(0, i.words().size() - 1)) {
        String v = w.value().toLowerCase(Locale.ROOT);
        if (v.contains("://")
            || v.startsWith("git@")
            || v.matches(".*\\.(tar|tgz|tar\\.gz|tar\\.bz2|tbz2|tar\\.xz|txz|zip|gz|bz2|xz)$")) {
          plain = false;
        }
      }
      if (plain) {
        String copy = i.keyword().text().equals("add") ? "copy" : "COPY";
        out.report(
            c.rangeOf(i),
            QuickFix.safe("Use COPY", Edits.replace("ADD to COPY", i.keyword().range(), copy)));
      }
    }
  }
}
