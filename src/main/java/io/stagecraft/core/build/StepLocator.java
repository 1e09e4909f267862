package io.stagecraft.core.build;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the steps an engine reports back to Dockerfile lines: the classic builder numbers every
 * instruction of the file, BuildKit numbers the instructions of each stage from its FROM.
 */
public final class StepLocator {

  private final StageGraph graph;
  private final List<Instruction> instructions;
  private final Stage target;

  private StepLocator(StageGraph graph, Stage target) {
    this.graph = graph;
    this.instructions = graph.dockerfile().instructions();
    this.target = target;
  }

  /**
   * @param dockerfileText the Dockerfile that was sent
   * @param target the target stage, or null for the last one
   */
  public static StepLocator of(String dockerfileText, String target) {
    StageGraph graph = StageGraph.parse(dockerfileText);
    Stage stage = target == null ? null : graph.stage(target);
    if (stage == null && !graph.stages().isEmpty()) {
      stage = graph.finalStage();
    }
    return new StepLocator(graph, stage);
  }

  public StageGraph graph() {
    return graph;
  }

  /** The stage the image is made of, or null when the Dockerfile has no stage. */
  public Stage targetStage() {
    return target;
  }

  /** Line of the classic builder's step {@code number} (1-based over the whole file), or 0. */
  public int classicStepLine(int number) {
    return number >= 1 && number <= instructions.size() ? instructions.get(number - 1).line() : 0;
  }

  /**
   * Line of BuildKit's step {@code index} (1 is the FROM) of a stage, or 0.
   *
   * @param stageToken the stage as BuildKit names it ({@code build}, {@code stage-1}), or null when
   *     BuildKit gave none, which it does when only one stage is built
   */
  public int buildkitStepLine(String stageToken, int index) {
    Stage stage = stageToken == null ? target : stageNamed(stageToken);
    if (stage == null) {
      return 0;
    }
    List<Instruction> steps = buildkitSteps(stage);
    return index >= 1 && index <= steps.size() ? steps.get(index - 1).line() : 0;
  }

  /**
   * The instructions BuildKit counts in a stage: its FROM, then only those that change the
   * filesystem (RUN, COPY, ADD, WORKDIR). ENV, CMD, USER and the other metadata instructions get no
   * number, so {@code [runtime 4/4]} can be the sixth instruction of its stage.
   */
  private static List<Instruction> buildkitSteps(Stage stage) {
    List<Instruction> steps = new ArrayList<>();
    List<Instruction> all = stage.instructions();
    for (int i = 0; i < all.size(); i++) {
      Instruction in = all.get(i);
      if (i == 0
          || in.is(Keyword.RUN)
          || in.is(Keyword.COPY)
          || in.is(Keyword.ADD)
          || in.is(Keyword.WORKDIR)) {
        steps.add(in);
      }
    }
    return steps;
  }

  private Stage stageNamed(String token) {
    Stage named = graph.stage(token);
    if (named != null) {
      return named;
    }
    if (token.startsWith("stage-")) {
      try {
        int index = Integer.parseInt(token.substring("stage-".length()));
        return index >= 0 && index < graph.stages().size() ? graph.stages().get(index) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
