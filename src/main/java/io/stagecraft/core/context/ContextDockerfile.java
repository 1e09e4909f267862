package io.stagecraft.core.context;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The Dockerfile to send with the context and the name it gets inside the context (the value of the
 * engine's {@code dockerfile} build parameter).
 *
 * @param file the Dockerfile on disk; it may live outside the context directory
 * @param entryName slash-separated path inside the context, for example {@code Dockerfile}
 */
public record ContextDockerfile(Path file, String entryName) {

  public ContextDockerfile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(entryName, "entryName");
  }

  /**
   * A Dockerfile inside the context directory, sent under its own relative path like the docker CLI
   * does.
   *
   * @throws BuildContextException when the file is not below the context directory
   */
  public static ContextDockerfile inContext(Path contextDir, Path file)
      throws BuildContextException {
    Path root = contextDir.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      // The two paths may reach the same place through different symbolic links.
      Path parent = absolute.getParent();
      if (parent == null) {
        throw notInside(contextDir, file);
      }
      try {
        root = contextDir.toRealPath();
        absolute = parent.toRealPath().resolve(absolute.getFileName());
      } catch (IOException e) {
        throw notInside(contextDir, file);
      }
      if (!absolute.startsWith(root) || absolute.equals(root)) {
        throw notInside(contextDir, file);
      }
    }
    return new ContextDockerfile(file, slashPath(root.relativize(absolute)));
  }

  private static BuildContextException notInside(Path contextDir, Path file) {
    return new BuildContextException(
        "The Dockerfile "
            + file
            + " is not inside the context directory "
            + contextDir
            + "; give it an entry name instead");
  }

  static String slashPath(Path relative) {
    StringBuilder name = new StringBuilder();
    for (Path element : relative) {
      if (name.length() > 0) {
        name.append('/');
      }
      name.append(element);
    }
    return name.toString();
  }
}
