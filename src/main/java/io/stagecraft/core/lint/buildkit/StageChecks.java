package io.stagecraft.core.lint.buildkit;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleSource;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Comment;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** BuildKit's checks of stage names and their comments. */
final class StageChecks {
  private StageChecks() {}

  static final Rule STAGE_NAME_CASING =
      Buildkit.rule(
          "StageNameCasing",
          "Stage names should be lowercase",
          "Stage names are case-insensitive, and BuildKit lower-cases them; writing them in lower"
              + " case keeps references readable.\n\nBad: FROM node AS BuildStage\nGood: FROM node"
              + " AS build-stage",
          "stage-name-casing",
          StageChecks::stageNameCasing);

  static final Rule FROM_AS_CASING =
      Buildkit.rule(
          "FromAsCasing",
          "The 'as' keyword should match the case of the 'from' keyword",
          "Mixing cases in one FROM reads as a typo.\n\nBad: FROM debian:12 as deb\nGood: FROM"
              + " debian:12 AS deb, or from debian:12 as deb",
          "from-as-casing",
          StageChecks::fromAsCasing);

  static final Rule DUPLICATE_STAGE_NAME =
      Buildkit.rule(
          "DuplicateStageName",
          "Stage names should be unique",
          "Two stages with one name (compared case-insensitively) make every reference to it"
              + " ambiguous; the build refuses them.\n\nBad: FROM alpine AS build ... FROM debian"
              + " AS build\nGood: FROM alpine AS build-alpine ... FROM debian AS build-debian",
          "duplicate-stage-name",
          StageChecks::duplicateStageName);

  static final Rule RESERVED_STAGE_NAME =
      Buildkit.rule(
          "ReservedStageName",
          "Reserved words should not be used as stage names",
          "'scratch' and 'context' have a meaning of their own in FROM and COPY --from, so a stage"
              + " with that name is confusing or unreachable.\n\nBad: FROM alpine AS scratch\nGood:"
              + " FROM alpine AS base",
          "reserved-stage-name",
          StageChecks::reservedStageName);

  static final Rule INVALID_DEFINITION_DESCRIPTION =
      new Rule(
          "InvalidDefinitionDescription",
          RuleSource.BUILDKIT,
          LintSeverity.OFF,
          "Comment for build stage or argument should follow the format: `# <arg/stage name>"
              + " <description>`. If this is not intended to be a description comment, add an"
              + " empty line or comment between the instruction and the comment.",
          "A comment right above a FROM ... AS name or an ARG is read as its description by tools"
              + " such as docker buildx build --call=outline, and should start with the name."
              + " Experimental: runs only with # check=experimental=InvalidDefinitionDescription"
              + " (or all).\n\nBad:\n# compiles the app\nFROM golang AS build\nGood:\n# build"
              + " compiles the app\nFROM golang AS build",
          Buildkit.url("invalid-definition-description"),
          true,
          StageChecks::definitionDescription);

  private static final Set<String> RESERVED = Set.of("context", "scratch");

  private static void stageNameCasing(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      if (s.nameWord() == null || s.from().words().size() != 3) {
        continue;
      }
      String name = s.name();
      String lower = name.toLowerCase(Locale.ROOT);
      if (!name.equals(lower)) {
        QuickFix fix = null;
        try {
          fix =
              QuickFix.safe(
                  "Rename stage to " + lower, StageEdits.rename(c.graph(), s.index(), lower));
        } catch (EditException e) {
          // A clash with another name: no automatic fix.
        }
        out.report(c.rangeOf(s.from()), "Stage name '" + name + "' should be lowercase", fix);
      }
    }
  }

  private static void fromAsCasing(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Instruction from = s.from();
      List<Word> words = from.words();
      if (words.size() < 3) {
        continue;
      }
      String keyword = from.keyword().text();
      boolean lower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
      boolean upper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
      if (!lower && !upper) {
        continue;
      }
      Word as = words.get(1);
      String wanted = lower ? as.raw().toLowerCase(Locale.ROOT) : as.raw().toUpperCase(Locale.ROOT);
      if (!as.raw().equals(wanted)) {
        out.report(
            c.rangeOf(from),
            "'" + as.raw() + "' and '" + keyword + "' keywords' casing do not match",
            QuickFix.safe(
                "Write '" + wanted + "'", Edits.replace("Write " + wanted, as.range(), wanted)));
      }
    }
  }

  private static void duplicateStageName(LintContext c, Findings out) {
    Set<String> seen = new HashSet<>();
    for (Stage s : c.graph().stages()) {
      if (s.name() == null) {
        continue;
      }
      String name = s.name().toLowerCase(Locale.ROOT);
      if (!seen.add(name)) {
        out.report(
            c.rangeOf(s.from()),
            "Duplicate stage name \"" + name + "\", stage names should be unique");
      }
    }
  }

  private static void reservedStageName(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      if (s.name() != null && RESERVED.contains(s.name().toLowerCase(Locale.ROOT))) {
        out.report(
            c.rangeOf(s.from()),
            "Stage name should not use the same name as reserved stage \""
                + s.name().toLowerCase(Locale.ROOT)
                + "\"");
      }
    }
  }

  private static void definitionDescription(LintContext c, Findings out) {
    List<Comment> above = new ArrayList<>();
    for (Element e : c.dockerfile().elements()) {
      if (e instanceof Comment comment) {
        above.add(comment);
        continue;
      }
      if (e instanceof Instruction i && !above.isEmpty()) {
        List<String> keys = definedNames(i);
        String last = above.get(above.size() - 1).text().text();
        String body = last.startsWith("#") ? last.substring(1).strip() : last.strip();
        String first = body.split(" ", -1)[0];
        if (!keys.isEmpty() && !keys.contains(first)) {
          String example = keys.size() > 1 ? "<arg_key>" : keys.get(0);
          out.report(
              c.rangeOf(i),
              "Comment for "
                  + i.name()
                  + " should follow the format: `# "
                  + example
                  + " <description>`");
        }
      }
      above.clear();
    }
  }

  private static List<String> definedNames(Instruction i) {
    if (i.is(Keyword.FROM)) {
      List<Word> w = i.words();
      return w.size() == 3 && w.get(1).raw().equalsIgnoreCase("as")
          ? List.of(w.get(2).raw().toLowerCase(Locale.ROOT))
          : List.of();
    }
    if (i.is(Keyword.ARG)) {
      return i.pairs().stream().map(p -> p.name()).toList();
    }
    return List.of();
  }
}
