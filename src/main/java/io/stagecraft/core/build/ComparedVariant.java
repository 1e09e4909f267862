package io.stagecraft.core.build;

/**
 * One side of a comparison: which Dockerfile was built, and what came of it.
 *
 * @param label the variant's label, such as {@code A}
 * @param dockerfile where the Dockerfile came from, as the user knows it
 * @param target the stage built, or null for the last one
 * @param build the build's result
 * @param image the built image
 * @param run how its default command ended, or null when it was not run
 */
public record ComparedVariant(
    String label,
    String dockerfile,
    String target,
    BuildResult build,
    ImageReport image,
    RunResult run) {

  public ComparedVariant withRun(RunResult ran) {
    return new ComparedVariant(label, dockerfile, target, build, image, ran);
  }
}
