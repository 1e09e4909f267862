package io.stagecraft.cli;

import io.stagecraft.core.build.BuildEngine;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.build.Builder;
import io.stagecraft.core.build.Sizes;
import io.stagecraft.core.build.VariantComparison;
import io.stagecraft.core.context.ContextSize;
import io.stagecraft.engine.DockerBuildEngine;
import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineConnector;
import io.stagecraft.engine.EngineStatus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stagecraft compare}: builds two variants on the engine and compares their images. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Build two variants of an image on the Docker engine and compare size, layers and attack surface.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:both built and were compared",
      "1:a build failed, or no engine is reachable",
      "2:usage error, or a file could not be read"
    })
final class CompareCommand implements Callable<Integer> {

  /** The project label of images the command line builds. */
  static final String PROJECT = "stagecraft-cli";

  @Spec CommandSpec spec;

  @Option(
      names = "--context",
      required = true,
      paramLabel = "DIR",
      description = "The build context of both variants.")
  Path context;

  @Option(
      names = "--builder",
      defaultValue = "buildkit",
      paramLabel = "classic|buildkit",
      description = "The engine's builder (default: ${DEFAULT-VALUE}).")
  String builder;

  @Option(
      names = "--build-arg",
      paramLabel = "KEY=VALUE",
      description = "A build argument for both variants; repeatable.")
  Map<String, String> buildArgs = new LinkedHashMap<>();

  @Option(
      names = "--sequential",
      description = "Build one variant after the other instead of both at once.")
  boolean sequential;

  @Option(names = "--no-cache", description = "Build every step again.")
  boolean noCache;

  @Option(names = "--pull", description = "Allow pulling base images that are not on the engine.")
  boolean pull;

  @Option(
      names = "--run",
      description = "Run each image's default command and compare the outcomes.")
  boolean run;

  @Option(
      names = "--run-arg",
      paramLabel = "ARG",
      description = "An argument for the default command; repeatable.")
  List<String> runArgs = new ArrayList<>();

  @Option(
      names = "--run-timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description = "Stop a run after this many seconds (default: ${DEFAULT-VALUE}).")
  int runTimeout;

  @Option(names = "--json", description = "Print the comparison as JSON.")
  boolean json;

  /** Holds {@code --verbose}, which with compare also prints the build output on stderr. */
  @ParentCommand StagecraftCommand top;

  @Parameters(
      arity = "2",
      paramLabel = "LABEL=PATH[:TARGET]",
      converter = VariantSpec.Converter.class,
      description =
          "The two variants, each LABEL=PATH[:TARGET], such as:%nA=Dockerfile B=Dockerfile.multistage:runtime")
  List<VariantSpec> variants;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String problem = usageProblem();
    if (problem != null) {
      err.println("stagecraft: " + problem);
      err.flush();
      return ExitCodes.USAGE;
    }
    EngineStatus status = new EngineConnector().connect();
    if (!(status instanceof EngineStatus.Connected connected)) {
      EngineStatus.Unavailable why = (EngineStatus.Unavailable) status;
      err.println("stagecraft: no Docker engine: " + why.message());
      err.flush();
      return ExitCodes.PROBLEMS;
    }
    try (EngineConnection engine = connected.engine()) {
      List<VariantOutcome> outcomes = compare(new DockerBuildEngine(engine), err);
      if (outcomes == null) {
        return ExitCodes.PROBLEMS;
      }
      if (json) {
        out.println(CompareJson.of(outcomes));
      } else {
        CompareTable.print(outcomes, out);
      }
      out.flush();
      return ExitCodes.OK;
    } finally {
      err.flush();
    }
  }

  private String usageProblem() {
    if (!Files.isDirectory(context)) {
      return "the context " + context + " is not a directory";
    }
    if (variants.get(0).label().equals(variants.get(1).label())) {
      return "the two variants need different labels, both are " + variants.get(0).label();
    }
    for (VariantSpec v : variants) {
      if (!Files.isRegularFile(v.dockerfile())) {
        return v.label() + ": " + v.dockerfile() + ": no such file";
      }
    }
    if (!builder.equalsIgnoreCase("classic") && !builder.equalsIgnoreCase("buildkit")) {
      return "--builder must be classic or buildkit, not " + builder;
    }
    if (runTimeout <= 0) {
      return "--run-timeout must be above zero";
    }
    return null;
  }

  /** Builds, inspects and runs both variants; null after printing why a build failed. */
  private List<VariantOutcome> compare(BuildEngine engine, PrintWriter err)
      throws InterruptedException {
    List<VariantComparison.Variant> built = new ArrayList<>();
    List<BuildListener> listeners = new ArrayList<>();
    try {
      for (VariantSpec v : variants) {
        built.add(
            new VariantComparison.Variant(v.label(), request(v), Files.readString(v.dockerfile())));
        listeners.add(new ProgressPrinter(v.label(), err, StagecraftCommand.verbose(top)));
      }
    } catch (java.io.IOException e) {
      err.println("stagecraft: cannot read a Dockerfile: " + e.getMessage());
      return null;
    }
    List<VariantComparison.Outcome> outcomes;
    try {
      outcomes =
          VariantComparison.run(
              engine,
              built,
              listeners,
              !sequential,
              run
                  ? new VariantComparison.RunSpec(runArgs, Duration.ofSeconds(runTimeout))
                  : VariantComparison.RunSpec.NONE);
    } catch (BuildException e) {
      err.println("stagecraft: " + e.getMessage());
      return null;
    }
    if (!reportFailures(outcomes, err)) {
      return null;
    }
    List<VariantOutcome> result = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      VariantComparison.Outcome o = outcomes.get(i);
      result.add(new VariantOutcome(variants.get(i), o.build(), o.image(), o.run()));
    }
    return result;
  }

  /** Prints each failed build with its Dockerfile; true when none failed. */
  static boolean reportFailures(List<VariantComparison.Outcome> outcomes, PrintWriter err) {
    boolean ok = true;
    for (VariantComparison.Outcome o : outcomes) {
      if (o.failed()) {
        ok = false;
        Path file = o.variant().request().dockerfile();
        err.println(
            "stagecraft: "
                + o.variant().label()
                + (file == null ? "" : " (" + file + ")")
                + " failed: "
                + describe(o.failure()));
      }
    }
    return ok;
  }

  private BuildRequest request(VariantSpec v) {
    return BuildRequest.of(context, v.dockerfile())
        .withTarget(v.target())
        .withBuildArgs(buildArgs)
        .withBuilder(builder.equalsIgnoreCase("classic") ? Builder.CLASSIC : Builder.BUILDKIT)
        .withLabel(BuildLabels.PROJECT, PROJECT)
        .withLabel(BuildLabels.VARIANT, v.label())
        .withPull(pull)
        .withNoCache(noCache);
  }

  private static String describe(Throwable failure) {
    if (failure instanceof BuildException b) {
      BuildError e = b.error();
      return (e.hasLine() ? "line " + e.line() + ": " : "") + e.message();
    }
    return String.valueOf(failure);
  }

  /** Prints each variant's steps, and with --verbose its output, on standard error. */
  static final class ProgressPrinter implements BuildListener {
    private final String label;
    private final PrintWriter err;
    private final boolean logs;

    ProgressPrinter(String label, PrintWriter err, boolean logs) {
      this.label = label;
      this.err = err;
      this.logs = logs;
    }

    @Override
    public void onContext(ContextSize size) {
      synchronized (err) {
        err.printf(
            Locale.ROOT,
            "%s: sending a context of %d files, %s%s%n",
            label,
            size.fileCount(),
            Sizes.human(size.totalBytes()),
            size.exceedsThreshold()
                ? " (warning: above "
                    + Sizes.human(size.warnThresholdBytes())
                    + "; is .dockerignore missing something?)"
                : "");
        err.flush();
      }
    }

    @Override
    public void onStep(BuildStep step) {
      synchronized (err) {
        err.printf(
            Locale.ROOT,
            "%s: step %d/%d%s: %s%n",
            label,
            step.number(),
            step.total(),
            step.line() > 0 ? " (line " + step.line() + ")" : "",
            step.instruction());
        err.flush();
      }
    }

    @Override
    public void onLog(String line) {
      if (logs) {
        synchronized (err) {
          err.println(label + "| " + line);
          err.flush();
        }
      }
    }
  }
}
