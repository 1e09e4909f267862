package io.stagecraft.persistence;

import java.nio.file.Path;

/**
 * A Dockerfile a project refers to: a file, or only text when it was never saved on its own.
 *
 * @param path the file, absolute, or null when the text lives in the project file
 * @param text the Dockerfile's text
 */
public record DockerfileSource(Path path, String text) {
  public DockerfileSource {
    if (text == null) {
      throw new IllegalArgumentException("a Dockerfile source needs its text");
    }
  }

  public static DockerfileSource unsaved(String text) {
    return new DockerfileSource(null, text);
  }
}
