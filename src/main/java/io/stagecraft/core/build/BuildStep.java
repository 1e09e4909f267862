package io.stagecraft.core.build;

/**
 * The step a build has reached.
 *
 * @param number 1-based number of the step
 * @param total how many steps the build has, as far as the engine has said
 * @param line 1-based Dockerfile line of the step's instruction, or 0 when unknown
 * @param instruction the instruction as the engine shows it, for example {@code RUN make}
 */
public record BuildStep(int number, int total, int line, String instruction) {}
