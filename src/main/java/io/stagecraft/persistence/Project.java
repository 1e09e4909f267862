package io.stagecraft.persistence;

import java.util.Map;
import java.util.Set;

/**
 * A Stagecraft project: the Dockerfile being designed, the single-stage Dockerfile it started from,
 * the view state of the canvas and the build settings.
 *
 * @param original the single-stage original, or null
 * @param positions where the user dragged boxes, by node id
 * @param unfolded ids of long stages the user unfolded
 */
public record Project(
    DockerfileSource dockerfile,
    DockerfileSource original,
    Map<String, BoxPosition> positions,
    Set<String> unfolded,
    BuildSettings build) {

  public Project {
    positions = positions == null ? Map.of() : Map.copyOf(positions);
    unfolded = unfolded == null ? Set.of() : Set.copyOf(unfolded);
    build = build == null ? BuildSettings.DEFAULT : build;
  }

  public static Project of(DockerfileSource dockerfile) {
    return new Project(dockerfile, null, Map.of(), Set.of(), BuildSettings.DEFAULT);
  }
}
