package io.stagecraft.core.build;

/**
 * Why a build failed, and where.
 *
 * @param message the engine's message, or ours when the engine gave none
 * @param line 1-based Dockerfile line of the failing step, or 0 when unknown
 */
public record BuildError(String message, int line) {
  public boolean hasLine() {
    return line > 0;
  }
}
