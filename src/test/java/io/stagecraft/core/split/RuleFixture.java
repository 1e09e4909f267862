package io.stagecraft.core.split;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import java.util.ArrayList;
import java.util.List;

/** Runs one output rule over every command of a one-stage Dockerfile. */
final class RuleFixture {
  private RuleFixture() {}

  static BuildScan scan(String dockerfile) {
    StageGraph graph = StageGraph.parse(dockerfile);
    Stage stage = graph.finalStage();
    return BuildScan.of(
        dockerfile, graph.dockerfile().escape(), stage.instructions(), graph.globalArgs());
  }

  static List<Artifact> run(CommandRule rule, String dockerfile) {
    List<Artifact> found = new ArrayList<>();
    for (CommandContext c : scan(dockerfile).commands()) {
      found.addAll(rule.recognise(c));
    }
    return found;
  }

  /** Each artifact as {@code source -> destination}. */
  static List<String> paths(List<Artifact> artifacts) {
    return artifacts.stream().map(a -> a.source() + " -> " + a.destination()).toList();
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
