package io.stagecraft.cli;

import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.SplitVerification;
import io.stagecraft.core.build.VariantComparison;
import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.io.TextFile;
import io.stagecraft.core.split.BuildContext;
import io.stagecraft.core.split.DistrolessCatalogue;
import io.stagecraft.core.split.ImageConfig;
import io.stagecraft.core.split.Note;
import io.stagecraft.core.split.Proposal;
import io.stagecraft.core.split.Refusal;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import io.stagecraft.core.split.SplitPreview;
import io.stagecraft.engine.DockerBuildEngine;
import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineConnector;
import io.stagecraft.engine.EngineStatus;
import io.stagecraft.engine.RuntimeImageInspection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft split}: splits a stage into a builder and a minimal runtime, and prints the
 * result.
 */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description =
        "Split a Dockerfile into a builder stage and a minimal runtime stage, and print the result. "
            + "Without --at, detect the app's ecosystem and propose a complete two-stage design (one-click split). "
            + "Notes and warnings go to standard error.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:split printed with no problem notes (and, with --verify, proven)",
      "1:no split can be proposed, the file has errors, or --verify failed: no engine, a build failed, "
          + "the runs differ, or B is not smaller",
      "2:usage error, or a file could not be read",
      "3:refused: the runtime cannot run the app (no shell, interpreter, library or user it needs); "
          + "nothing is printed on standard output, and the reason names the missing piece and a runtime that has it",
      "4:split printed (and, with --verify, proven), but with problem notes on standard error: "
          + "the image will likely not behave like the original until they are fixed by hand"
    })
final class SplitCommand implements Callable<Integer> {
  /** An inspection is a nicety: a split without an engine must not wait for one long. */
  static final int INSPECT_WAIT_SECONDS = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--at",
      paramLabel = "LINE",
      description = "Split before this line (a visual split).")
  Integer at;

  @Option(
      names = "--runtime",
      paramLabel = "IMAGE",
      description =
          "The runtime base image, such as a local image or "
              + "gcr.io/distroless/static-debian12:nonroot. Default: suggested from the detected ecosystem.")
  String runtime;

  @Option(
      names = "--builder-name",
      paramLabel = "NAME",
      description = "Name of the builder stage. Default: the stage's own name, else build.")
  String builderName;

  @Option(
      names = "--debug",
      description = "Suggest the :debug variant of a distroless runtime (with a busybox shell).")
  boolean debug;

  @Option(
      names = "--root",
      description =
          "Let the runtime run as root: suggest a distroless runtime's root tag instead "
              + "of :nonroot, and add no USER 65532:65532 to a runtime that runs as root (such as scratch).")
  boolean root;

  @Option(names = "--no-strip", description = "Keep the symbol tables of Go and C programs.")
  boolean noStrip;

  @Option(
      names = "--explain",
      description =
          "Also print each proposal (COPY, carried and rewritten lines) with its reason "
              + "to standard error.")
  boolean explain;

  @Option(
      names = "--diff",
      description = "Print a unified diff against FILE instead of the whole split Dockerfile.")
  boolean diff;

  @Option(
      names = "--inspect",
      description =
          "Read the runtime image's ENTRYPOINT, user and shell from the Docker "
              + "engine when it has the image locally, even when the catalogue knows its name. Waits at most "
              + INSPECT_WAIT_SECONDS
              + " s for an engine; without one, "
              + "or without the image, the catalogue's conventions stand. --verify implies it, and a --runtime "
              + "the catalogue does not know is inspected without it.")
  boolean inspect;

  @Option(
      names = "--offline",
      description =
          "Ask no engine: the runtime is known from the catalogue's conventions only, and an image "
              + "it does not know is assumed to have a shell and no ENTRYPOINT (with a warning).")
  boolean offline;

  @Option(
      names = "--verify",
      description =
          "Prove the split on the Docker engine: build the original (A) and the split "
              + "(B, its runtime stage), run both with the same arguments, and compare stdout, exit code and size on standard "
              + "error. The split Dockerfile still goes to standard output.")
  boolean verify;

  @Option(
      names = "--context",
      paramLabel = "DIR",
      description =
          "The build context: the split reads run-time files such as entrypoint scripts from it, and "
              + "--verify builds both variants with it. Default for the split: the Dockerfile's folder.")
  Path context;

  @Option(
      names = "--build-arg",
      paramLabel = "KEY=VALUE",
      description = "A build argument for both variants; repeatable.")
  Map<String, String> buildArgs = new LinkedHashMap<>();

  @Option(
      names = "--run-arg",
      paramLabel = "ARG",
      description = "An argument for both runs; repeatable.")
  List<String> runArgs = new ArrayList<>();

  @Option(
      names = "--run-timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description = "Stop a run after this many seconds (default: ${DEFAULT-VALUE}).")
  int runTimeout;

  /** Holds {@code --verbose}, which with --verify also prints the build output on stderr. */
  @ParentCommand StagecraftCommand top;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile.")
  Path file;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    String problem = usageProblem();
    if (problem != null) {
      err.println("stagecraft: " + problem);
      err.flush();
      return ExitCodes.USAGE;
    }
    TextFile source = InputFiles.read(file, err);
    if (source == null) {
      return ExitCodes.USAGE;
    }
    EngineConnection engine = null;
    if (asksEngine()) {
      EngineStatus status =
          new EngineConnector(
                  verify
                      ? EngineConnector.DEFAULT_TIMEOUT
                      : Duration.ofSeconds(INSPECT_WAIT_SECONDS))
              .connect();
      if (status instanceof EngineStatus.Connected connected) {
        engine = connected.engine();
      } else if (verify) {
        err.println(
            "stagecraft: no Docker engine: " + ((EngineStatus.Unavailable) status).message());
        err.flush();
        return ExitCodes.PROBLEMS;
      } else {
        err.println(
            "stagecraft: no Docker engine, so the runtime image is not inspected: "
                + ((EngineStatus.Unavailable) status).message());
      }
    }
    try {
      return split(source, engine, err);
    } finally {
      if (engine != null) {
        engine.close();
      }
      err.flush();
    }
  }

  /**
   * Whether to look for an engine: when asked to, and for a runtime the catalogue does not know,
   * whose ENTRYPOINT would otherwise be guessed (unless {@code --offline}).
   */
  private boolean asksEngine() {
    return inspect
        || verify
        || !offline
            && runtime != null
            && !runtime.isBlank()
            && new DistrolessCatalogue().lookup(runtime.strip()).isEmpty();
  }

  private String usageProblem() {
    if (offline && (inspect || verify)) {
      return "--offline cannot be combined with " + (verify ? "--verify" : "--inspect");
    }
    if (verify && (context == null || !Files.isDirectory(context))) {
      return context == null
          ? "--verify needs --context DIR"
          : "the context " + context + " is not a directory";
    }
    if (runTimeout <= 0) {
      return "--run-timeout must be above zero";
    }
    return null;
  }

  private int split(TextFile source, EngineConnection engine, PrintWriter err)
      throws InterruptedException {
    SplitOptions options =
        SplitOptions.defaults()
            .withRuntime(runtime)
            .withBuilderName(builderName)
            .withDebug(debug)
            .withNonroot(!root)
            .withStripSymbols(!noStrip)
            .withContext(
                BuildContext.folder(
                    context != null
                        ? context
                        : file.toAbsolutePath().getParent() != null
                            ? file.toAbsolutePath().getParent()
                            : Path.of(".")));
    SplitPreview preview;
    try {
      preview = preview(source.text(), options);
      if (engine != null) {
        // The runtime is known only once the split has chosen it; inspect that one, then split
        // again with it.
        Optional<ImageConfig> config =
            new RuntimeImageInspection(engine).inspect(preview.runtime().reference());
        if (config.isPresent()) {
          err.println(
              "stagecraft: inspected "
                  + preview.runtime().reference()
                  + " on the engine: "
                  + config.get().describe());
          preview = preview(source.text(), options.withInspectedRuntime(config.get()));
        }
      }
    } catch (EditException e) {
      err.println("stagecraft: " + file + ": " + e.getMessage());
      return ExitCodes.PROBLEMS;
    } catch (BuildException e) {
      err.println("stagecraft: inspecting the runtime image failed: " + e.getMessage());
      return ExitCodes.PROBLEMS;
    }
    printNotes(preview, err);
    if (preview.refused()) {
      for (Refusal r : preview.refusals()) {
        err.println(
            "stagecraft: "
                + file
                + (r.line() > 0 ? ":" + r.line() : "")
                + ": refused: "
                + r.message()
                + (r.alternative() == null
                    ? ""
                    : " A runtime that has it: " + r.alternative() + " (--runtime)."));
      }
      return ExitCodes.REFUSED;
    }
    err.flush();
    try {
      System.out.write(source.encode(diff ? preview.diff() : preview.after()));
      System.out.flush();
    } catch (IOException e) {
      err.println("stagecraft: cannot write the result: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    int clean = hasProblems(preview) ? ExitCodes.PRINTED_WITH_PROBLEMS : ExitCodes.OK;
    if (!verify) {
      return clean;
    }
    SplitVerification.Request request =
        new SplitVerification.Request(
            context,
            file,
            source.text(),
            preview.after(),
            preview.runtimeName(),
            buildArgs,
            Map.of(BuildLabels.PROJECT, CompareCommand.PROJECT),
            new VariantComparison.RunSpec(runArgs, Duration.ofSeconds(runTimeout)));
    int verified =
        SplitVerifyReport.verify(
            new DockerBuildEngine(engine), request, StagecraftCommand.verbose(top), err);
    // A failed proof says more than the notes; a passed one does not make the notes go away.
    return verified == ExitCodes.OK ? clean : verified;
  }

  private static boolean hasProblems(SplitPreview preview) {
    return preview.notes().stream().anyMatch(n -> n.level() == Note.Level.PROBLEM);
  }

  private SplitPreview preview(String text, SplitOptions options) throws EditException {
    SplitAssistant assistant = new SplitAssistant();
    return at == null ? assistant.slim(text, options) : assistant.splitAt(text, at, options);
  }

  private void printNotes(SplitPreview preview, PrintWriter err) {
    for (Note n : preview.notes()) {
      err.println(
          "stagecraft: "
              + file
              + (n.line() > 0 ? ":" + n.line() : "")
              + ": "
              + n.level().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + n.message());
    }
    if (explain) {
      for (Proposal p : preview.proposals()) {
        err.println(
            "stagecraft: "
                + file
                + (p.line() > 0 ? ":" + p.line() : "")
                + ": "
                + p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ": "
                + p.text().replace("\n", " \\n ")
                + "  ("
                + (p.rule() == null ? "" : p.rule() + ": ")
                + p.reason()
                + ")");
      }
    }
  }
}
