package io.stagecraft.core.build;

import java.time.Duration;

/**
 * A finished build.
 *
 * @param imageId the image ID, {@code sha256:...}
 * @param duration wall time from sending the context to the engine's last message
 */
public record BuildResult(String imageId, Duration duration) {}
