package io.stagecraft.core.syntax;

import java.util.List;
import java.util.Optional;

/**
 * Whether a text is plainly not a Dockerfile (a README, a script), judged from what the parser made
 * of it: most of its instructions are words no Dockerfile knows, or it has unknown instructions and
 * no FROM at all. A Dockerfile with a typo or two, or one still being written, is not flagged.
 */
public final class DockerfileLikeness {
  private DockerfileLikeness() {}

  /** Why {@code dockerfile} is plainly not a Dockerfile, or empty when it may well be one. */
  public static Optional<String> notADockerfile(Dockerfile dockerfile) {
    List<Instruction> instructions = dockerfile.instructions();
    long unknown = instructions.stream().filter(i -> i.kind() == null).count();
    boolean hasFrom = instructions.stream().anyMatch(i -> i.is(Keyword.FROM));
    if (unknown == 0 || (hasFrom && unknown * 2 < instructions.size())) {
      return Optional.empty();
    }
    return Optional.of(
        unknown
            + " of its "
            + instructions.size()
            + (instructions.size() == 1 ? " line starts" : " lines start")
            + " with a word that is no Dockerfile instruction"
            + (hasFrom ? "" : ", and none with FROM"));
  }
}
