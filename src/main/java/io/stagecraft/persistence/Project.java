package io.stagecraft.persistence;

import io.stagecraft.core.lint.LintSeverity;
import java.util.Map;
import java.util.Set;

/**
 * A Stagecraft project: the Dockerfile being designed, the single-stage Dockerfile it started from,
 * the view state of the canvas and the build settings.
 *
 * @param original the single-stage original, or null
 * @param positions where the user dragged boxes, by node id
 * @param unfolded ids of long stages the user unfolded
 * @param lintRules severities chosen for lint rules, by rule id; {@code off} turns a rule off
 */
public record Project(
    DockerfileSource dockerfile,
    DockerfileSource original,
    Map<String, BoxPosition> positions,
    Set<String> unfolded,
    BuildSettings build,
    Map<String, LintSeverity> lintRules) {

  public Project {
    lintRules = lintRules == null ? Map.of() : Map.copyOf(lintRules);
    positions = positions == null ? Map.of() : Map.copyOf(positions);
    unfolded = unfolded == null ? Set.of() : Set.copyOf(unfolded);
    build = build == null ? BuildSettings.DEFAULT : build;
  }

  /** A project that keeps every lint rule at its default. */
  public Project(
      DockerfileSource dockerfile,
      DockerfileSource original,
      Map<String, BoxPosition> positions,
      Set<String> unfolded,
      BuildSettings build) {
    this(dockerfile, original, positions, unfolded, build, Map.of());
  }

  public static Project of(DockerfileSource dockerfile) {
    return new Project(dockerfile, null, Map.of(), Set.of(), BuildSettings.DEFAULT);
  }
}
