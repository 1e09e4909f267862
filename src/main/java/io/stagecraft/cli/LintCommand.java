package io.stagecraft.cli;

import io.stagecraft.core.io.TextFile;
import io.stagecraft.core.lint.FixAll;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.LintRequest;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.lint.config.ConfigProblem;
import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.model.StageGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft lint}: BuildKit's checks, hadolint's rules and Stagecraft's own. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check Dockerfiles with BuildKit's build checks, hadolint's DL rules, ShellCheck (when"
          + " installed) and Stagecraft's cross-stage rules.",
      "Honours # check= directives, BUILDKIT_DOCKERFILE_CHECK, # hadolint ignore= pragmas and"
          + " .hadolint.yaml (next to the Dockerfile, in the working folder, or --config)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no problem at or above the failure threshold",
      "1:problems at or above the failure threshold",
      "2:usage error, or a file could not be read or written"
    })
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (default), json (JSON Lines, one object per file) or sarif (SARIF 2.1.0).")
  String format;

  @Option(
      names = "--context",
      paramLabel = "DIR",
      description = "Build context (default: the Dockerfile's folder).")
  Path context;

  @Option(
      names = "--build-arg",
      paramLabel = "KEY=VALUE",
      description = "A build argument, as for a build.")
  Map<String, String> buildArgs = new LinkedHashMap<>();

  @Option(
      names = "--target",
      paramLabel = "STAGE",
      description = "The stage built (default: the last).")
  String target;

  @Option(names = "--config", paramLabel = "FILE", description = "A hadolint configuration file.")
  Path config;

  @Option(
      names = "--failure-threshold",
      paramLabel = "LEVEL",
      description =
          "error, warning, info, style or none (default: the configuration's failure-threshold,"
              + " else warning).")
  String failureThreshold;

  @Option(
      names = "--fix",
      description = "Apply the safe fixes in place, atomically, and print what changed.")
  boolean fix;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles to check.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LintSeverity cliThreshold = null;
    if (failureThreshold != null) {
      cliThreshold = LintSeverity.parse(failureThreshold);
      if (cliThreshold == null) {
        err.println(
            "stagecraft: --failure-threshold must be error, warning, info, style or none, not "
                + failureThreshold);
        return ExitCodes.USAGE;
      }
    }
    if (!List.of("text", "json", "sarif").contains(format)) {
      err.println("stagecraft: --format must be text, json or sarif, not " + format);
      return ExitCodes.USAGE;
    }
    if (config != null && !Files.isRegularFile(config)) {
      err.println("stagecraft: " + config + ": no such configuration file");
      return ExitCodes.USAGE;
    }
    Linter linter = LintEngines.linter();
    int exit = ExitCodes.OK;
    Set<String> notes = new LinkedHashSet<>();
    List<LintOutput.FileReport> reports = new ArrayList<>();
    for (Path file : files) {
      TextFile source = InputFiles.read(file, err);
      if (source == null) {
        exit = ExitCodes.USAGE;
        continue;
      }
      HadolintConfig hadolint = HadolintConfig.find(config, file, Path.of(""));
      LintRequest request = new LintRequest(file, context, buildArgs, target, hadolint, Map.of());
      String text = source.text();
      if (fix) {
        String fixed = applyFixes(linter, request, text, file, err);
        if (!fixed.equals(text)) {
          try {
            source.writeAtomically(fixed);
          } catch (IOException e) {
            err.println("stagecraft: cannot write " + file + ": " + e.getMessage());
            exit = ExitCodes.USAGE;
            continue;
          }
        }
        text = fixed;
      }
      LintReport report = linter.lint(request.contextFor(StageGraph.parse(text)));
      for (ConfigProblem p : report.configProblems()) {
        err.println("stagecraft: " + p);
      }
      notes.addAll(report.notes());
      reports.add(new LintOutput.FileReport(file.toString(), report));
      LintSeverity threshold =
          cliThreshold != null
              ? cliThreshold
              : hadolint.failureThreshold() != null
                  ? hadolint.failureThreshold()
                  : LintSeverity.WARNING;
      if (exit == ExitCodes.OK && report.fails(threshold)) {
        exit = ExitCodes.PROBLEMS;
      }
    }
    switch (format) {
      case "json" -> reports.forEach(r -> out.println(LintOutput.jsonLine(r)));
      case "sarif" -> out.println(LintOutput.sarif(reports, linter.registry()));
      default -> reports.forEach(r -> LintOutput.text(r, out));
    }
    notes.forEach(n -> err.println("stagecraft: " + n));
    out.flush();
    err.flush();
    return exit;
  }

  /** Applies safe fixes until none is left (at most ten rounds); prints each fix on stderr. */
  private static String applyFixes(
      Linter linter, LintRequest request, String text, Path file, PrintWriter err) {
    String current = text;
    for (int round = 0; round < 10; round++) {
      LintReport report = linter.lint(request.contextFor(StageGraph.parse(current)));
      List<FixAll.Taken> taken = FixAll.select(report.problems(), p -> true);
      if (taken.isEmpty()) {
        break;
      }
      for (FixAll.Taken t : taken) {
        err.println(file + ": fixed " + t.describe());
      }
      current = FixAll.combine("Fix all", taken).applyTo(current);
    }
    return current;
  }
}
