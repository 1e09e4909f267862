package io.stagecraft.cli;

import io.stagecraft.core.io.TextFile;
import io.stagecraft.core.model.ReferenceContext;
import io.stagecraft.core.model.StageGraph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft graph}: prints the stage graph of Dockerfiles. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = "Print the stages of Dockerfiles and what feeds them.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors",
      "1:a file has errors",
      "2:usage error, or a file could not be read"
    })
final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per file and line (JSON Lines).")
  boolean json;

  @Option(
      names = "--build-arg",
      paramLabel = "KEY=VALUE",
      description = "A build argument, as the build would get it; repeatable.")
  Map<String, String> buildArgs = new LinkedHashMap<>();

  @Option(
      names = "--platform",
      paramLabel = "OS/ARCH",
      description =
          "The platform built for, which sets TARGETOS, TARGETARCH... (default: linux/amd64).")
  String platform;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles to read.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    for (Path file : files) {
      TextFile source = InputFiles.read(file, err);
      if (source == null) {
        exit = ExitCodes.USAGE;
        continue;
      }
      StageGraph graph = StageGraph.parse(source.text(), context());
      if (json) {
        out.println(GraphJson.line(GraphJson.of(file.toString(), graph)));
      } else {
        GraphTree.print(file.toString(), graph, out);
      }
      if (graph.hasErrors() && exit == ExitCodes.OK) {
        exit = ExitCodes.PROBLEMS;
      }
    }
    out.flush();
    return exit;
  }

  private ReferenceContext context() {
    String target = platform == null ? ReferenceContext.DEFAULT_PLATFORM : platform;
    return new ReferenceContext(buildArgs, target, ReferenceContext.DEFAULT_PLATFORM);
  }
}
