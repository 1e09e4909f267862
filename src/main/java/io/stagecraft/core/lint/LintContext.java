package io.stagecraft.core.lint;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.SourceRange;
import java.util.List;
import java.util.Map;

/**
 * What a rule looks at: the syntax tree, the stage graph, the settings, the build context and the
 * build's target and arguments.
 *
 * @param target the stage a build targets, or null for the last stage
 * @param buildArgs the build's {@code --build-arg} values
 * @param parsedRuns the RUN commands read so far, shared by the rules of one lint
 */
public record LintContext(
    StageGraph graph,
    LintSettings settings,
    ContextFacts context,
    String target,
    Map<String, String> buildArgs,
    ParsedRuns parsedRuns) {

  public LintContext(
      StageGraph graph,
      LintSettings settings,
      ContextFacts context,
      String target,
      Map<String, String> buildArgs) {
    this(graph, settings, context, target, buildArgs, new ParsedRuns());
  }

  /** The shell commands {@code run} executes, read once per lint ({@link RunScript#commands}). */
  public List<ShellCommand> runCommands(Instruction run) {
    return parsedRuns.of(dockerfile(), run);
  }

  public Dockerfile dockerfile() {
    return graph.dockerfile();
  }

  public String text() {
    return graph.dockerfile().text();
  }

  /** The stage a build produces: the target when it names a stage, else the last stage. */
  public Stage finalStage() {
    if (target != null) {
      Stage named = graph.stage(target);
      if (named != null) {
        return named;
      }
    }
    return graph.finalStage();
  }

  /**
   * Where a problem of a whole instruction is reported: from its first character to the end of its
   * last line, without the line break (BuildKit reports the instruction's lines).
   */
  public SourceRange rangeOf(Instruction i) {
    String text = text();
    int end = i.range().end();
    while (end > i.range().start()
        && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return dockerfile().lines().range(i.range().start(), end);
  }
}
