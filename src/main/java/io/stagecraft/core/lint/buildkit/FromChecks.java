package io.stagecraft.core.lint.buildkit;

import io.stagecraft.core.lint.CommonFixes;
import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.ArgExpander;
import io.stagecraft.core.model.ImageReferences;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.EditDistance;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.VariableRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BuildKit's checks of FROM: its base image and its {@code --platform}. */
final class FromChecks {
  private FromChecks() {}

  static final Rule UNDEFINED_ARG_IN_FROM =
      Buildkit.rule(
          "UndefinedArgInFrom",
          "FROM command must use declared ARGs",
          "A FROM can use only ARGs declared before the first FROM (and the predefined platform"
              + " ARGs); anything else expands to nothing.\n\nBad: FROM node:${NODE_VERSION}"
              + " with no ARG before it\nGood: ARG NODE_VERSION=20 / FROM node:${NODE_VERSION}",
          "undefined-arg-in-from",
          FromChecks::undefinedArg);

  static final Rule INVALID_BASE_IMAGE_PLATFORM =
      Buildkit.rule(
          "InvalidBaseImagePlatform",
          "Base image platform does not match expected target platform",
          "BuildKit reports this after pulling the base image, when its platform differs from"
              + " the build's target platform. It needs the image's metadata from a registry, so"
              + " a static lint has nothing to check; the build on an engine reports it.\n\nBad:"
              + " FROM --platform=linux/arm64 an image that only exists for amd64",
          null,
          (context, findings) -> {});

  static final Rule REDUNDANT_TARGET_PLATFORM =
      Buildkit.rule(
          "RedundantTargetPlatform",
          "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the"
              + " default behavior",
          "A stage is built for the target platform unless told otherwise.\n\nBad: FROM"
              + " --platform=$TARGETPLATFORM alpine\nGood: FROM alpine",
          "redundant-target-platform",
          FromChecks::redundantTargetPlatform);

  static final Rule INVALID_DEFAULT_ARG_IN_FROM =
      Buildkit.rule(
          "InvalidDefaultArgInFrom",
          "Default value for global ARG results in an empty or invalid base image name",
          "A build without --build-arg must still name a valid image: give the ARG a default"
              + " that makes one.\n\nBad: ARG TAG / FROM alpine:${TAG}\nGood: ARG TAG=3.20 / FROM"
              + " alpine:${TAG}",
          "invalid-default-arg-in-from",
          FromChecks::invalidDefault);

  static final Rule FROM_PLATFORM_FLAG_CONST_DISALLOWED =
      Buildkit.rule(
          "FromPlatformFlagConstDisallowed",
          "FROM --platform flag should not use a constant value",
          "A constant platform pins the stage to one architecture even in a multi-platform build;"
              + " use $BUILDPLATFORM or $TARGETPLATFORM, or name the stage after the platform"
              + " when it is meant.\n\nBad: FROM --platform=linux/amd64 golang AS build\nGood:"
              + " FROM --platform=$BUILDPLATFORM golang AS build",
          "from-platform-flag-const-disallowed",
          FromChecks::constPlatform);

  /** The ARGs BuildKit defines for every FROM. */
  static final Set<String> PREDEFINED =
      Set.of(
          "BUILDPLATFORM",
          "BUILDOS",
          "BUILDOSVERSION",
          "BUILDARCH",
          "BUILDVARIANT",
          "TARGETPLATFORM",
          "TARGETOS",
          "TARGETOSVERSION",
          "TARGETARCH",
          "TARGETVARIANT",
          "TARGETSTAGE");

  private static final Set<String> OSES =
      Set.of("linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "solaris", "illumos");
  private static final Set<String> ARCHES =
      Set.of(
          "amd64",
          "arm64",
          "arm",
          "386",
          "ppc64le",
          "ppc64",
          "s390x",
          "riscv64",
          "mips64le",
          "mips64",
          "mipsle",
          "mips",
          "loong64",
          "x86_64",
          "aarch64",
          "armhf",
          "armel",
          "i386");

  /** References in {@code range} of a FROM, with no default given by a modifier. */
  private static List<VariableRef> refsIn(Instruction from, SourceRange range, String text) {
    List<VariableRef> refs = new ArrayList<>();
    for (VariableRef r : from.variables()) {
      if (r.range().start() >= range.start() && r.range().end() <= range.end()) {
        String written = r.range().of(text);
        String afterName = written.startsWith("${") ? written.substring(2 + r.name().length()) : "";
        if (!afterName.startsWith(":-") && !afterName.startsWith("-")) {
          refs.add(r);
        }
      }
    }
    return refs;
  }

  private static void undefinedArg(LintContext c, Findings out) {
    Set<String> known = new LinkedHashSet<>(c.graph().globalArgs().keySet());
    known.addAll(PREDEFINED);
    for (Stage s : c.graph().stages()) {
      Instruction from = s.from();
      List<VariableRef> refs = new ArrayList<>();
      if (s.baseWord() != null) {
        refs.addAll(refsIn(from, s.baseWord().range(), c.text()));
      }
      Flag platform = from.flag("platform");
      if (platform != null && platform.valueRange() != null) {
        refs.addAll(refsIn(from, platform.valueRange(), c.text()));
      }
      Set<String> reported = new LinkedHashSet<>();
      for (VariableRef r : refs) {
        if (known.contains(r.name()) || !reported.add(r.name())) {
          continue;
        }
        String suggestion = EditDistance.closest(r.name(), known);
        String message = "FROM argument '" + r.name() + "' is not declared";
        QuickFix fix = null;
        if (suggestion != null) {
          message += " (did you mean " + suggestion + "?)";
          String written = r.range().of(c.text()).replace(r.name(), suggestion);
          fix =
              QuickFix.unsafe(
                  "Use " + suggestion, Edits.replace("Use " + suggestion, r.range(), written));
        }
        out.report(c.rangeOf(from), message, fix);
      }
    }
  }

  private static void redundantTargetPlatform(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Flag platform = s.from().flag("platform");
      if (platform == null || platform.value() == null) {
        continue;
      }
      String v = platform.value();
      if (v.equals("$TARGETPLATFORM") || v.equals("${TARGETPLATFORM}")) {
        out.report(
            c.rangeOf(s.from()),
            "Setting platform to predefined "
                + v
                + " in FROM is redundant as this is the default behavior",
            CommonFixes.removeFlag(c, platform));
      }
    }
  }

  private static void invalidDefault(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      if (s.baseWord() == null) {
        continue;
      }
      String base = s.baseWord().value();
      Map<String, String> values = new HashMap<>();
      for (VariableRef r : s.from().variables()) {
        values.put(r.name(), "");
      }
      for (String name : PREDEFINED) {
        values.put(name, "linux/amd64");
      }
      c.graph().globalArgs().forEach((k, v) -> values.put(k, v == null ? "" : v));
      String expanded = new ArgExpander(values).expand(base);
      if (expanded == null) {
        continue;
      }
      if (expanded.isEmpty() || !ImageReferences.isValid(expanded)) {
        out.report(
            c.rangeOf(s.from()),
            "Default value for ARG " + base + " results in empty or invalid base image name");
      }
    }
  }

  private static void constPlatform(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Flag platform = s.from().flag("platform");
      if (platform == null || platform.value() == null || platform.value().contains("$")) {
        continue;
      }
      String[] parts = platform.value().toLowerCase(java.util.Locale.ROOT).split("/");
      String os;
      String arch;
      if (parts.length >= 2 && OSES.contains(parts[0])) {
        os = parts[0];
        arch = parts[1];
      } else if (parts.length == 1 && OSES.contains(parts[0])) {
        os = parts[0];
        arch = "amd64";
      } else if (parts.length == 1 && ARCHES.contains(parts[0])) {
        os = "linux";
        arch = parts[0];
      } else {
        continue; // not a platform BuildKit could parse: the build fails on it anyway
      }
      String name = s.name() == null ? "" : s.name();
      if (name.contains(os) || name.contains(arch)) {
        continue;
      }
      out.report(
          c.rangeOf(s.from()),
          "FROM --platform flag should not use constant value \"" + platform.value() + "\"");
    }
  }
}
