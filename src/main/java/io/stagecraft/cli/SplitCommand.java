package io.stagecraft.cli;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.io.TextFile;
import io.stagecraft.core.split.Note;
import io.stagecraft.core.split.Proposal;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import io.stagecraft.core.split.SplitPreview;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft split}: splits a stage into a builder and a minimal runtime, and prints the result. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Split a Dockerfile into a builder stage and a minimal runtime stage, and print the result. "
        + "Without --at, detect the app's ecosystem and propose a complete two-stage design (one-click split). "
        + "Notes and warnings go to standard error.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:split printed", "1:no split can be proposed, or the file has errors",
        "2:usage error, or a file could not be read"})
final class SplitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--at", paramLabel = "LINE", description = "Split before this line (a visual split).")
  Integer at;

  @Option(names = "--runtime", paramLabel = "IMAGE",
      description = "The runtime base image, such as gcr.io/distroless/static-debian12:nonroot or a local image name. "
          + "Default: suggested from the detected ecosystem.")
  String runtime;

  @Option(names = "--builder-name", paramLabel = "NAME",
      description = "Name of the builder stage. Default: the stage's own name, else build.")
  String builderName;

  @Option(names = "--debug", description = "Suggest the :debug variant of a distroless runtime (with a busybox shell).")
  boolean debug;

  @Option(names = "--root", description = "Suggest a distroless runtime that runs as root instead of :nonroot.")
  boolean root;

  @Option(names = "--no-strip", description = "Keep the symbol tables of Go and C programs.")
  boolean noStrip;

  @Option(names = "--explain", description = "Also print each proposal (COPY, carried and rewritten lines) with its reason "
      + "to standard error.")
  boolean explain;

  @Option(names = "--diff", description = "Print a unified diff against FILE instead of the whole split Dockerfile.")
  boolean diff;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    TextFile source = InputFiles.read(file, err);
    if (source == null) {
      return ExitCodes.USAGE;
    }
    SplitOptions options = SplitOptions.defaults().withRuntime(runtime).withBuilderName(builderName)
        .withDebug(debug).withNonroot(!root).withStripSymbols(!noStrip);
    SplitAssistant assistant = new SplitAssistant();
    SplitPreview preview;
    try {
      preview = at == null ? assistant.slim(source.text(), options) : assistant.splitAt(source.text(), at, options);
    } catch (EditException e) {
      err.println("stagecraft: " + file + ": " + e.getMessage());
      err.flush();
      return ExitCodes.PROBLEMS;
    }
    for (Note n : preview.notes()) {
      err.println("stagecraft: " + file + (n.line() > 0 ? ":" + n.line() : "") + ": "
          + n.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + n.message());
    }
    if (explain) {
      for (Proposal p : preview.proposals()) {
        err.println("stagecraft: " + file + (p.line() > 0 ? ":" + p.line() : "") + ": "
            + p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + p.text().replace("\n", " \\n ")
            + "  (" + (p.rule() == null ? "" : p.rule() + ": ") + p.reason() + ")");
      }
    }
    err.flush();
    try {
      System.out.write(source.encode(diff ? preview.diff() : preview.after()));
      System.out.flush();
    } catch (IOException e) {
      err.println("stagecraft: cannot write the result: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
