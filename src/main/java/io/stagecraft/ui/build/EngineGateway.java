package io.stagecraft.ui.build;

/**
 * Finds the container engine for the build panel. The app wires in the Docker implementation; the
 * panel sees only {@link EngineCheck}, so the UI does not depend on the engine's code.
 */
public interface EngineGateway {
  /**
   * Connects, replacing any earlier connection. Blocks for a bounded time: call it off the JavaFX
   * thread.
   */
  EngineCheck connect();
}
