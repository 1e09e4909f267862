package io.stagecraft.engine;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.split.ImageConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a local runtime image's real configuration for the split: its ENTRYPOINT and USER from the
 * image config, and whether it has a shell from its filesystem (a config cannot say that).
 */
public final class RuntimeImageInspection {

  private final EngineConnection engine;
  private final ImageInspector inspector;

  public RuntimeImageInspection(EngineConnection engine) {
    this.engine = engine;
    this.inspector = new ImageInspector(engine);
  }

  /**
   * The configuration of {@code reference}, or empty when the engine does not have it (never
   * pulled, or {@code scratch}, which is no image): the catalogue's conventions then stand.
   *
   * @throws BuildException when the engine fails while answering
   */
  public Optional<ImageConfig> inspect(String reference) throws BuildException {
    if (reference.equals("scratch")) {
      return Optional.empty();
    }
    InspectImageResponse image;
    try {
      image = engine.client().inspectImageCmd(reference).exec();
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    }
    ContainerConfig config = image.getConfig();
    String[] entrypoint = config == null ? null : config.getEntrypoint();
    String user = config == null ? null : config.getUser();
    boolean shell = inspector.survey(image.getId()).hasShell();
    return Optional.of(
        new ImageConfig(
            entrypoint == null ? List.of() : Arrays.asList(entrypoint),
            user == null ? "" : user,
            shell));
  }
}
