package io.stagecraft.cli;

import io.stagecraft.core.io.AtomicFile;
import io.stagecraft.core.io.TextFile;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.layout.DiagramArranger;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.layout.SvgDiagramWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft render}: draws a Dockerfile's stage graph as SVG, the way the canvas does. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Draw the stages of a Dockerfile and the arrows between them as an SVG image.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:usage error, or a file could not be read or written"})
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile to draw.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT.svg",
      description = "Where to write the SVG.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    TextFile source = InputFiles.read(file, err);
    if (source == null) {
      return ExitCodes.USAGE;
    }
    StageGraph graph = StageGraph.parse(source.text());
    String svg =
        SvgDiagramWriter.write(
            DiagramArranger.layout(DiagramBuilder.build(graph, Set.of()), Map.of()));
    try {
      AtomicFile.write(output, svg.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println("stagecraft: cannot write " + output + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
