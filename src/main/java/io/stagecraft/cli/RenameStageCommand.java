package io.stagecraft.cli;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.io.TextFile;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft rename-stage}: renames a stage and every reference to it. */
@Command(
    name = "rename-stage",
    mixinStandardHelpOptions = true,
    description =
        "Rename a stage and every FROM, COPY --from and RUN --mount from= that names it. "
            + "Prints the result, or writes it back with --in-place.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:renamed",
      "1:no such stage, an invalid new name, or the file has errors",
      "2:usage error, or a file could not be read or written"
    })
final class RenameStageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "OLD",
      description = "The stage's name, or its index.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "NEW", description = "The new name.")
  String to;

  @Option(
      names = "--in-place",
      description = "Write the result back to FILE atomically instead of printing it.")
  boolean inPlace;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    TextFile source = InputFiles.read(file, err);
    if (source == null) {
      return ExitCodes.USAGE;
    }
    StageGraph graph = StageGraph.parse(source.text());
    if (graph.dockerfile().hasErrors()) {
      err.println(
          "stagecraft: "
              + file
              + " has syntax errors; fix them first (see `stagecraft graph "
              + file
              + "`)");
      return ExitCodes.PROBLEMS;
    }
    Stage stage = find(graph);
    if (stage == null) {
      err.println("stagecraft: " + file + " has no stage named " + from);
      return ExitCodes.PROBLEMS;
    }
    String renamed;
    try {
      DocumentEdit edit = StageEdits.rename(graph, stage.index(), to);
      renamed = edit.applyTo(source.text());
      for (var e : StageEdits.indirectReferences(graph, stage.index())) {
        err.println(
            "stagecraft: warning: line "
                + e.line()
                + " refers to "
                + stage.label()
                + " through "
                + e.reference()
                + ", which will no longer resolve to it");
      }
    } catch (EditException e) {
      err.println("stagecraft: " + e.getMessage());
      return ExitCodes.PROBLEMS;
    }
    try {
      if (inPlace) {
        source.writeAtomically(renamed);
      } else {
        System.out.write(source.encode(renamed));
        System.out.flush();
      }
    } catch (IOException e) {
      err.println("stagecraft: cannot write " + file + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

  private Stage find(StageGraph graph) {
    Stage byName = graph.stage(from);
    if (byName != null) {
      return byName;
    }
    if (from.matches("\\d{1,6}")) {
      int index = Integer.parseInt(from);
      return index < graph.stages().size() ? graph.stages().get(index) : null;
    }
    return null;
  }
}
