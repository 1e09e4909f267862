package io.stagecraft.core.lint;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import java.util.ArrayList;
import java.util.List;

/** A stage with the stages it is built FROM, which pass on their settings (ENV, SHELL, USER). */
public final class StageChain {
  private StageChain() {}

  /** The stages {@code stage} builds on, the first ancestor first and {@code stage} last. */
  public static List<Stage> of(StageGraph graph, Stage stage) {
    List<Stage> chain = new ArrayList<>();
    Stage current = stage;
    while (current != null && !chain.contains(current)) {
      chain.add(0, current);
      current = parent(graph, current);
    }
    return chain;
  }

  /** The stage {@code stage} is built FROM, or null when its base is an image. */
  public static Stage parent(StageGraph graph, Stage stage) {
    for (Edge e : graph.edgesInto(stage.index())) {
      if (e.kind() == EdgeKind.BASE && e.from() instanceof NodeRef.StageRef ref) {
        return ref.index() < stage.index() ? graph.stages().get(ref.index()) : null;
      }
    }
    return null;
  }

  /** True when the chain starts from {@code scratch}, whose environment is known to be empty. */
  public static boolean fromScratch(StageGraph graph, Stage stage) {
    List<Stage> chain = of(graph, stage);
    return chain.get(0).resolvedBase().equalsIgnoreCase("scratch");
  }
}
