package io.stagecraft.core.build;

/**
 * One entry of an image's history, oldest first in {@link ImageReport#layers()}.
 *
 * @param createdBy the command the engine recorded
 * @param sizeBytes bytes the layer adds (0 for metadata-only steps)
 * @param line 1-based Dockerfile line of the instruction that made it, or 0 when unknown
 * @param fromBase whether it came with the base image rather than from this Dockerfile
 */
public record ImageLayer(String createdBy, long sizeBytes, int line, boolean fromBase) {
  /** What stands for the command of a layer that records none, such as an imported base. */
  public static final String NO_COMMAND = "(no command recorded)";

  /** Whether the engine recorded the command that made this layer. */
  public boolean hasCommand() {
    return createdBy != null && !createdBy.isBlank();
  }
}
