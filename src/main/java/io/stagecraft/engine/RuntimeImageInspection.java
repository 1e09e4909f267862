package io.stagecraft.engine;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.FilesystemSurvey;
import io.stagecraft.core.split.ImageConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a local runtime image's real configuration for the split: its ENTRYPOINT, USER and PATH
 * from the image config, and from its exported filesystem whether it has a shell and every file it
 * holds (a config cannot say either), so the interpreter and library checks look at the image's
 * real files.
 *
 * <p>An export reads the whole image, so what it found is kept by image ID: an ID names one
 * content, so the answer never goes stale, and splitting again (each keystroke of the desktop's
 * review, each run of the command line in one process) asks the engine only for the ID.
 */
public final class RuntimeImageInspection {

  /** Runtime images a user splits onto in one session: a handful. */
  private static final int CACHED_IMAGES = 8;

  private static final Map<String, Listing> LISTINGS =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Listing> eldest) {
          return size() > CACHED_IMAGES;
        }
      };

  /** What the filesystem of one image holds, as the split needs it. */
  private record Listing(boolean hasShell, Set<String> files) {}

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
    Listing listing = listing(image.getId());
    return Optional.of(
        new ImageConfig(
            entrypoint == null ? List.of() : Arrays.asList(entrypoint),
            user == null ? "" : user,
            listing.hasShell(),
            listing.files(),
            path(config == null ? null : config.getEnv())));
  }

  private Listing listing(String imageId) throws BuildException {
    synchronized (LISTINGS) {
      Listing known = LISTINGS.get(imageId);
      if (known != null) {
        return known;
      }
    }
    FilesystemSurvey survey = inspector.listing(imageId);
    Listing listing = new Listing(survey.surface().hasShell(), Set.copyOf(survey.files()));
    synchronized (LISTINGS) {
      LISTINGS.put(imageId, listing);
    }
    return listing;
  }

  /** The value of PATH among the image's environment, or null when it sets none. */
  static String path(String[] env) {
    if (env != null) {
      for (String e : env) {
        if (e.startsWith("PATH=")) {
          return e.substring("PATH=".length());
        }
      }
    }
    return null;
  }
}
