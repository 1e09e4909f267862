package io.stagecraft.core.split;

import io.stagecraft.core.edit.CopyPaths;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
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

  /** Sets {@code CGO_ENABLED=0} before the first Go build that would otherwise link against libc. */
  void staticGo(StageGraph graph, BuildScan scan, RuntimeImage runtime) {
    if (runtime.hasLibc()) {
      return;
    }
    for (CommandContext c : scan.commands()) {
      if (c.program().equals("go") && ("build".equals(c.arg(1)) || "install".equals(c.arg(1)))) {
        if (!"0".equals(c.env().get("CGO_ENABLED"))) {
          String line = "ENV CGO_ENABLED=0\n";
          edits.add(TextEdit.insert(StageEdits.leadingCommentsStart(graph, c.instruction()), line));
          proposals.add(new Proposal(Proposal.Kind.BUILDER_CHANGE, line.strip(), "go-build", runtime.reference()
              + " has no C library, so the Go build must not use cgo: CGO_ENABLED=0 makes a static program.", c.line()));
        }
        return;
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
      String added = exec ? ", " + CopyPaths.json("--target") + ", " + CopyPaths.json(dir) : " --target " + dir;
      edits.add(TextEdit.insert(install.end(), added));
      proposals.add(new Proposal(Proposal.Kind.BUILDER_CHANGE, "pip install --target " + dir, "pip",
          "pip on line " + c.line() + " installed into the builder's system site-packages, which the runtime does not "
              + "get; --target " + dir + " puts the packages where they can be copied.", c.line()));
      artifacts.add(new Artifact(dir, dir, Artifact.Kind.DEPENDENCIES, "pip", "pip install --target " + dir
          + " on line " + c.line() + " puts the packages in " + dir + "; PYTHONPATH points the runtime's interpreter "
          + "at them.", c.line(), Map.of("PYTHONPATH", dir)));
    }
  }

  private static ShellToken installWord(CommandContext c) {
    int first = Programs.pipArguments(c);
    // argv dropped wrapper words, so find "install" among the command's own words after the pip word.
    int skipped = c.command().words().size() - c.argv().size();
    int index = skipped + first;
    List<ShellToken> words = c.command().words();
    if (index < 0 || index >= words.size() || !words.get(index).value().equals("install")) {
      return null;
    }
    return words.get(index);
  }

}
