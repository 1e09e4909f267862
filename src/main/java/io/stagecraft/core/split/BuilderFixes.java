package io.stagecraft.core.split;

import io.stagecraft.core.edit.CopyPaths;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.ArgumentForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes to the builder that let its outputs run on the runtime: {@code CGO_ENABLED=0} before Go
 * builds when the runtime has no C library, and {@code --target} for pip installs that would
 * otherwise go into the builder's system site-packages.
 */
final class BuilderFixes {
  private final List<TextEdit> edits = new ArrayList<>();
  private final List<Proposal> proposals = new ArrayList<>();
  private final List<Artifact> artifacts = new ArrayList<>();

  List<TextEdit> edits() {
    return edits;
  }

  List<Proposal> proposals() {
    return proposals;
  }

  /** Outputs the changes create, such as the pip target directory. */
  List<Artifact> artifacts() {
    return artifacts;
  }

  /**
   * Sets {@code CGO_ENABLED=0} before the first Go build that would otherwise link against libc.
   */
  void staticGo(StageGraph graph, BuildScan scan, RuntimeImage runtime) {
    if (runtime.hasLibc()) {
      return;
    }
    for (CommandContext c : scan.commands()) {
      if (c.program().equals("go") && ("build".equals(c.arg(1)) || "install".equals(c.arg(1)))) {
        if (!"0".equals(c.env().get("CGO_ENABLED"))) {
          String line = "ENV CGO_ENABLED=0\n";
          edits.add(TextEdit.insert(StageEdits.leadingCommentsStart(graph, c.instruction()), line));
          proposals.add(
              new Proposal(
                  Proposal.Kind.BUILDER_CHANGE,
                  line.strip(),
                  "go-build",
                  runtime.reference()
                      + " has no C library, so the Go build must not use cgo: CGO_ENABLED=0 makes a static program.",
                  c.line()));
        }
        return;
      }
    }
  }

  /**
   * Leaves the symbol table out of Go and C programs ({@code -ldflags="-s -w"}, {@code -s}), which
   * a runtime image does not need: the program behaves the same and is smaller.
   */
  void stripSymbols(BuildScan scan) {
    for (CommandContext c : scan.commands()) {
      boolean exec = c.instruction().form() == ArgumentForm.EXEC;
      if (c.program().equals("go") && "build".equals(c.arg(1)) && c.option("-ldflags") == null) {
        ShellToken build = word(c, 1);
        if (build != null) {
          edits.add(
              TextEdit.insert(
                  build.end(),
                  exec ? ", " + CopyPaths.json("-ldflags=-s -w") : " -ldflags=\"-s -w\""));
          proposals.add(
              new Proposal(
                  Proposal.Kind.BUILDER_CHANGE,
                  "go build -ldflags=\"-s -w\"",
                  "go-build",
                  "The program on line "
                      + c.line()
                      + " is built without its symbol table and DWARF data: it runs the same "
                      + "(stack traces keep their names) and is smaller.",
                  c.line()));
        }
      } else if (Programs.isCCompiler(c.program())
          && !new CCompilerRule().recognise(c).isEmpty()
          && !c.has("-s", "-g", "-ggdb", "-shared")) {
        ShellToken compiler = word(c, 0);
        if (compiler != null) {
          edits.add(TextEdit.insert(compiler.end(), exec ? ", " + CopyPaths.json("-s") : " -s"));
          proposals.add(
              new Proposal(
                  Proposal.Kind.BUILDER_CHANGE,
                  c.program() + " -s",
                  "c-compiler",
                  "The program on line "
                      + c.line()
                      + " is linked without its symbol table: it runs the same and is "
                      + "smaller.",
                  c.line()));
        }
      }
    }
  }

  /** Points plain {@code pip install} commands at a directory the runtime can copy. */
  void pipTarget(BuildScan scan) {
    for (CommandContext c : PipRule.systemInstalls(scan.commands())) {
      ShellToken install = installWord(c);
      if (install == null) {
        continue;
      }
      String dir = c.cwd() == null || c.cwd().equals("/") ? "/python-deps" : c.cwd() + "/deps";
      boolean exec = c.instruction().form() == ArgumentForm.EXEC;
      String added =
          exec
              ? ", " + CopyPaths.json("--target") + ", " + CopyPaths.json(dir)
              : " --target " + dir;
      edits.add(TextEdit.insert(install.end(), added));
      proposals.add(
          new Proposal(
              Proposal.Kind.BUILDER_CHANGE,
              "pip install --target " + dir,
              "pip",
              "pip on line "
                  + c.line()
                  + " installed into the builder's system site-packages, which the runtime does not "
                  + "get; --target "
                  + dir
                  + " puts the packages where they can be copied.",
              c.line()));
      artifacts.add(
          new Artifact(
              dir,
              dir,
              Artifact.Kind.DEPENDENCIES,
              "pip",
              "pip install --target "
                  + dir
                  + " on line "
                  + c.line()
                  + " puts the packages in "
                  + dir
                  + "; PYTHONPATH points the runtime's interpreter "
                  + "at them.",
              c.line(),
              Map.of("PYTHONPATH", dir)));
    }
  }

  private static ShellToken installWord(CommandContext c) {
    ShellToken install = word(c, Programs.pipArguments(c));
    return install != null && install.value().equals("install") ? install : null;
  }

  /** The source word of {@code argv[index]}; argv left out leading wrapper words such as sudo. */
  private static ShellToken word(CommandContext c, int index) {
    List<ShellToken> words = c.command().words();
    int at = words.size() - c.argv().size() + index;
    return index < 0 || at < 0 || at >= words.size() ? null : words.get(at);
  }
}
