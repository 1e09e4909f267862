package io.stagecraft.ui.build;

import io.stagecraft.core.build.BuildEngine;
import java.util.Objects;

/**
 * The outcome of looking for an engine: one to build on, with how it describes itself, or why there
 * is none and what to do about it.
 *
 * @param engine the engine, or null when none is reachable
 * @param summary the engine's version, API and platform, or the reason none is usable
 * @param platform the engine's {@code os/arch}, such as {@code linux/amd64}, or null when not known
 */
public record EngineCheck(BuildEngine engine, String summary, String platform) {
  /** What the user can do when no engine answers; shown under the reason. */
  public static final String REMEDY =
      "Start Docker (for example: sudo systemctl start docker), or set DOCKER_HOST, then press Recheck.";

  public EngineCheck {
    Objects.requireNonNull(summary, "summary");
  }

  public static EngineCheck connected(BuildEngine engine, String summary) {
    return connected(engine, summary, null);
  }

  /** An engine that builds for {@code platform} ({@code os/arch}) by default. */
  public static EngineCheck connected(BuildEngine engine, String summary, String platform) {
    return new EngineCheck(Objects.requireNonNull(engine, "engine"), summary, platform);
  }

  public static EngineCheck unavailable(String reason) {
    return new EngineCheck(null, reason, null);
  }

  public boolean isConnected() {
    return engine != null;
  }

  /** The chip's text: the engine, or that there is none. */
  public String chipText() {
    return isConnected() ? summary : "No engine reachable";
  }

  /** The chip's tooltip: the reason and the remedy when there is no engine. */
  public String details() {
    return isConnected() ? summary : summary + "\n" + REMEDY;
  }
}
