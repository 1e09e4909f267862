package io.stagecraft.core.lint.stagecraft;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.lint.SecretFiles;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/** Rules about what COPY and ADD bring into an image. */
final class CopyChecks {
  private CopyChecks() {}

  static final Rule COPIES_WHOLE_FILESYSTEM =
      Stagecraft.rule(
          "STG103",
          LintSeverity.WARNING,
          "COPY --from copies a stage's whole filesystem",
          "Copying / from a builder brings its compilers, caches and package manager along,"
              + " which undoes the point of a separate runtime stage. Copy only the built"
              + " artifacts.\n\nBad: COPY --from=build / /\nGood: COPY --from=build /out/app"
              + " /usr/local/bin/app",
          CopyChecks::wholeFilesystem);

  static final Rule COPIES_SECRET =
      Stagecraft.rule(
          "STG105",
          LintSeverity.ERROR,
          "A secret-looking file is copied into the image",
          "Keys, certificates, .env files and package-manager configuration with tokens stay in"
              + " the image's layers for anyone who pulls it, even if a later step deletes them."
              + " Exclude them in .dockerignore and pass secrets with RUN"
              + " --mount=type=secret.\n\nBad: COPY id_rsa /root/.ssh/ or COPY . . with a .env in"
              + " the context\nGood: RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
          CopyChecks::secrets);

  static final Rule REMOTE_ADD_WITHOUT_CHECKSUM =
      Stagecraft.rule(
          "STG106",
          LintSeverity.WARNING,
          "ADD of a remote URL without --checksum",
          "What a URL serves can change, or be tampered with; --checksum makes the build fail"
              + " when the download is not the expected file.\n\nBad: ADD"
              + " https://example.com/tool.tar.gz /opt/\nGood: ADD --checksum=sha256:... "
              + " https://example.com/tool.tar.gz /opt/",
          CopyChecks::remoteAdd);

  static final Rule COPY_ALL_BEFORE_INSTALL =
      Stagecraft.rule(
          "STG109",
          LintSeverity.INFO,
          "COPY . . before the dependency install breaks layer caching",
          "When the whole context is copied before dependencies are installed, any change to"
              + " any source file invalidates the cached install and every build downloads them"
              + " again. Copy the dependency manifest first, install, then copy the rest.\n\nBad:"
              + " COPY . . / RUN npm ci\nGood: COPY package.json package-lock.json ./ / RUN npm ci"
              + " / COPY . .",
          CopyChecks::copyAllBeforeInstall);

  private static void wholeFilesystem(LintContext c, Findings out) {
    for (Edge e : c.graph().edges()) {
      if (e.kind() != EdgeKind.COPY || !(e.from() instanceof NodeRef.StageRef)) {
        continue;
      }
      for (String source : e.sources()) {
        String s = source.replaceAll("/+$", "");
        if (s.isEmpty() || s.equals("/.") || s.equals("/*")) {
          out.report(
              c.rangeOf(e.instruction()),
              "COPY --from=" + e.reference() + " copies the whole filesystem of the stage");
          break;
        }
      }
    }
  }

  /** The context sources of a COPY or ADD (no --from, no heredoc), or an empty list. */
  private static List<Word> contextSources(Instruction i) {
    if (!(i.is(Keyword.COPY) || i.is(Keyword.ADD)) || i.flag("from") != null) {
      return List.of();
    }
    if (!i.heredocs().isEmpty() || i.words().size() < 2) {
      return List.of();
    }
    return i.words().subList(0, i.words().size() - 1);
  }

  private static void secrets(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      for (Instruction i : s.instructions()) {
        List<String> found = new ArrayList<>();
        for (Word w : contextSources(i)) {
          String src = w.value().replace('\\', '/');
          String name = src.substring(src.lastIndexOf('/') + 1);
          if (SecretFiles.isSecretName(name)) {
            found.add(src);
            continue;
          }
          String dir = src.replaceAll("^\\./", "").replaceAll("/+$", "");
          for (String secret : c.context().secretFiles()) {
            boolean inside =
                dir.isEmpty()
                    || dir.equals(".")
                    || secret.equals(dir)
                    || secret.startsWith(dir + "/");
            if (inside && !found.contains(secret)) {
              found.add(secret);
            }
          }
        }
        if (!found.isEmpty()) {
          out.report(
              c.rangeOf(i),
              i.name()
                  + " copies secret-looking files into the image: "
                  + String.join(", ", found));
        }
      }
    }
  }

  private static void remoteAdd(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.ADD) || i.flag("checksum") != null) {
        continue;
      }
      for (Word w : contextSources(i)) {
        String v = w.value();
        if (v.startsWith("http://") || v.startsWith("https://")) {
          out.report(c.rangeOf(i), "ADD downloads " + v + " without --checksum");
        }
      }
    }
  }

  private static void copyAllBeforeInstall(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Instruction copyAll = null;
      for (Instruction i : s.instructions()) {
        if (copyAll == null
            && contextSources(i).stream()
                .anyMatch(w -> w.value().equals(".") || w.value().equals("./"))) {
          copyAll = i;
          continue;
        }
        Instruction run = RunScript.run(i);
        if (copyAll == null || run == null || i.is(Keyword.ONBUILD)) {
          continue;
        }
        String install = dependencyInstall(c, run);
        if (install != null) {
          out.report(
              c.rangeOf(copyAll),
              "COPY of the whole context comes before '"
                  + install
                  + "' on line "
                  + i.line()
                  + ": any source change reinstalls the dependencies");
          break;
        }
      }
    }
  }

  /** The dependency install a RUN does ({@code npm ci}, {@code pip install -r ...}), or null. */
  private static String dependencyInstall(LintContext c, Instruction run) {
    for (ShellCommand command : c.runCommands(run)) {
      List<String> argv = RunScript.argv(command);
      String program = RunScript.program(command);
      PackageCommand p = PackageCommand.of(command);
      if (p != null
          && p.manager().equals("pip")
          && p.installs()
          && p.hasOption("-r", "--requirement")) {
        return "pip install -r";
      }
      if (p != null
          && (p.manager().equals("npm") || p.manager().equals("yarn"))
          && p.installs()
          && p.packages().isEmpty()) {
        return p.manager() + " " + p.action();
      }
      if (argv.size() >= 2) {
        String two = program + " " + argv.get(1);
        if (List.of(
                "pnpm install",
                "poetry install",
                "pipenv install",
                "bundle install",
                "composer install",
                "cargo fetch")
            .contains(two)) {
          return two;
        }
        if (argv.size() >= 3
            && program.equals("go")
            && argv.get(1).equals("mod")
            && argv.get(2).equals("download")) {
          return "go mod download";
        }
      }
    }
    return null;
  }
}
