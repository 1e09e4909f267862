package io.stagecraft.core.lint.stagecraft;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules about the stage a build produces: what it ships and who it runs as. */
final class FinalStageChecks {
  private FinalStageChecks() {}

  static final Rule SHIPS_BUILD_TOOLS =
      Stagecraft.rule(
          "STG101",
          LintSeverity.WARNING,
          "The final stage ships build tools the app does not need at run time",
          "The image a build produces should hold the app and what it needs to run, not the"
              + " compiler, headers or SDK that built it: they add size and attack surface. Build"
              + " in a builder stage and copy only the result into a small runtime stage (Slim it"
              + " proposes the split).\n\nBad: FROM golang:1.22 / RUN go build -o /app . / CMD"
              + " [\"/app\"]\nGood: FROM golang:1.22 AS build / RUN go build -o /app . / FROM"
              + " gcr.io/distroless/static-debian12 / COPY --from=build /app /app",
          FinalStageChecks::shipsBuildTools);

  static final Rule RUNS_AS_ROOT =
      Stagecraft.rule(
          "STG102",
          LintSeverity.WARNING,
          "The final stage runs as root",
          "A container whose process runs as root gives an attacker who breaks the app root in"
              + " the container. Run as an unprivileged user: distroless images have 65532"
              + " (nonroot).\n\nBad: FROM debian / CMD [\"app\"]\nGood: FROM debian / USER"
              + " 65532:65532 / CMD [\"app\"]",
          FinalStageChecks::runsAsRoot);

  private static final Set<String> SDK_IMAGES =
      Set.of("golang", "rust", "maven", "gradle", "gcc", "buildpack-deps", "clang");
  private static final Pattern JDK_TAG =
      Pattern.compile("(openjdk|eclipse-temurin|amazoncorretto|sapmachine).*jdk.*");
  private static final Set<String> BUILD_PACKAGES =
      Set.of(
          "build-essential",
          "gcc",
          "g++",
          "make",
          "cmake",
          "clang",
          "autoconf",
          "automake",
          "libtool",
          "pkg-config",
          "pkgconf",
          "golang",
          "golang-go",
          "rustc",
          "cargo",
          "maven",
          "gradle",
          "default-jdk",
          "gcc-c++",
          "musl-dev",
          "build-base",
          "alpine-sdk");

  private static void shipsBuildTools(LintContext c, Findings out) {
    Stage last = c.finalStage();
    if (last == null) {
      return;
    }
    List<Stage> chain = StageChain.of(c.graph(), last);
    String image = chain.get(0).resolvedBase().toLowerCase(Locale.ROOT);
    QuickFix slim =
        QuickFix.action("Slim it: split into a builder and a runtime stage", QuickFix.SLIM_IT);
    if (isSdkImage(image)) {
      out.report(
          c.rangeOf(chain.get(0).from()),
          "The final stage is built on " + image + ", an SDK image with compilers and build tools",
          slim);
      return;
    }
    for (Stage link : chain) {
      for (Instruction i : link.instructions()) {
        Instruction run = RunScript.run(i);
        if (run == null || i.is(Keyword.ONBUILD)) {
          continue;
        }
        for (ShellCommand command : c.runCommands(run)) {
          PackageCommand p = PackageCommand.of(command);
          if (p == null
              || !p.installs()
              || p.manager().equals("pip")
              || p.manager().equals("npm")) {
            continue;
          }
          List<String> tools =
              p.packageNames().stream().filter(FinalStageChecks::isBuildPackage).toList();
          if (!tools.isEmpty()) {
            out.report(
                c.rangeOf(i),
                "The final stage installs build tools (" + String.join(", ", tools) + ")",
                slim);
            return;
          }
        }
      }
    }
  }

  static boolean isSdkImage(String image) {
    String name = image;
    int at = name.indexOf('@');
    if (at >= 0) {
      name = name.substring(0, at);
    }
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    String tag = colon > slash ? name.substring(colon + 1) : "";
    String repo = (colon > slash ? name.substring(0, colon) : name).substring(slash + 1);
    if (image.startsWith("mcr.microsoft.com/dotnet/sdk")) {
      return true;
    }
    return SDK_IMAGES.contains(repo)
        || JDK_TAG.matcher(repo + ":" + tag).matches() && !tag.contains("jre");
  }

  private static boolean isBuildPackage(String name) {
    String n = name.replaceAll("[=:].*$", "");
    return BUILD_PACKAGES.contains(n) || n.endsWith("-dev") || n.endsWith("-devel");
  }

  private static void runsAsRoot(LintContext c, Findings out) {
    Stage last = c.finalStage();
    if (last == null) {
      return;
    }
    List<Stage> chain = StageChain.of(c.graph(), last);
    Instruction lastUser = null;
    for (Stage link : chain) {
      for (Instruction i : link.instructions()) {
        if (i.is(Keyword.USER) && !i.words().isEmpty()) {
          lastUser = i;
        }
      }
    }
    String base = chain.get(0).resolvedBase().toLowerCase(Locale.ROOT);
    if (lastUser == null && (base.contains("nonroot") || base.contains("rootless"))) {
      return;
    }
    QuickFix fix = QuickFix.unsafe("Add USER 65532:65532", addUser(c, last));
    if (lastUser == null) {
      out.report(c.rangeOf(last.from()), "The final stage sets no USER, so it runs as root", fix);
      return;
    }
    String user = lastUser.words().get(0).value();
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    if (name.equals("root") || name.equals("0")) {
      out.report(c.rangeOf(lastUser), "The final stage runs as " + user, fix);
    }
  }

  private static io.stagecraft.core.edit.DocumentEdit addUser(LintContext c, Stage stage) {
    Instruction lastInstruction = stage.instructions().get(stage.instructions().size() - 1);
    int at = lastInstruction.range().end();
    boolean needsBreak = at == 0 || c.text().charAt(at - 1) != '\n';
    return Edits.insert(
        "Add USER 65532:65532", at, (needsBreak ? "\n" : "") + "USER 65532:65532\n");
  }
}
