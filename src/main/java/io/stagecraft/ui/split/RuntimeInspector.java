package io.stagecraft.ui.split;

import io.stagecraft.core.split.ImageConfig;
import java.util.Optional;

/** Reads a runtime image's configuration on the engine; called off the JavaFX thread. */
@FunctionalInterface
public interface RuntimeInspector {
  /** The image's configuration, or empty when the engine does not have it. */
  Optional<ImageConfig> inspect(String reference) throws Exception;
}
