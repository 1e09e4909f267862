package io.stagecraft.core.lint;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A stage with the stages it is built FROM, which pass on their settings (ENV, SHELL, USER). */
public final class StageChain {
  private StageChain() {}

  /** The stages {@code stage} builds on, the first ancestor first and {@code stage} last. */
  public static List<Stage> of(StageGraph graph, Stage stage) {
    List<Stage> chain = new ArrayList<>();
    Stage current = stage;
    // A parent always has a lower index, so the walk ends; the bound guards a malformed graph.
    while (current != null && chain.size() <= graph.stages().size()) {
      chain.add(current);
      current = graph.baseStage(current);
    }
    Collections.reverse(chain);
    return chain;
  }

  /** True when the chain starts from {@code scratch}, whose environment is known to be empty. */
  public static boolean fromScratch(StageGraph graph, Stage stage) {
    List<Stage> chain = of(graph, stage);
    return chain.get(0).resolvedBase().equalsIgnoreCase("scratch");
  }
}
