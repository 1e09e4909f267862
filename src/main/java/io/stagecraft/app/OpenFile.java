package io.stagecraft.app;

import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.DockerfileSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What the window has open, besides the document: where it came from and where saves go.
 *
 * @param projectFile the project file, or null when a bare Dockerfile (or nothing saved yet) is
 *     open
 * @param dockerfile the Dockerfile's own file, or null when its text is not saved on its own
 * @param charset how the Dockerfile is encoded on disk, so saving keeps its bytes
 * @param name what the title bar shows
 * @param original the single-stage Dockerfile the design started from, or null
 */
public record OpenFile(
    Path projectFile,
    Path dockerfile,
    Charset charset,
    String name,
    DockerfileSource original,
    BuildSettings build) {

  public OpenFile {
    charset = charset == null ? StandardCharsets.UTF_8 : charset;
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
