package io.stagecraft.app;

import io.stagecraft.core.io.TextFormat;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.DockerfileSource;
import java.nio.file.Path;

/**
 * What the window has open, besides the document: where it came from and where saves go.
 *
 * @param projectFile the project file, or null when a bare Dockerfile (or nothing saved yet) is
 *     open
 * @param dockerfile the Dockerfile's own file, or null when its text is not saved on its own
 * @param format how the Dockerfile is encoded on disk (charset, byte order mark, line endings), so
 *     saving keeps its bytes
 * @param name what the title bar shows
 * @param original the single-stage Dockerfile the design started from, or null
 */
public record OpenFile(
    Path projectFile,
    Path dockerfile,
    TextFormat format,
    String name,
    DockerfileSource original,
    BuildSettings build) {

  public OpenFile {
    format = format == null ? TextFormat.plain() : format;
    build = build == null ? BuildSettings.DEFAULT : build;
  }

  public static OpenFile untitled(String name) {
    return new OpenFile(null, null, null, name, null, null);
  }

  public boolean isProject() {
    return projectFile != null;
  }

  /** Whether Save knows where to write without asking. */
  public boolean hasLocation() {
    return projectFile != null || dockerfile != null;
  }
}
