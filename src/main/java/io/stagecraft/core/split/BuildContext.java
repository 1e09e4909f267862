package io.stagecraft.core.split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The build context the split may read run-time files from, such as an entrypoint script whose
 * first line names its interpreter. A split without one judges the files by their names alone.
 */
@FunctionalInterface
public interface BuildContext {

  /** No context: nothing can be read. */
  BuildContext NONE = path -> Optional.empty();

  /**
   * The first line of the file at {@code path}, relative to the context; empty when there is no
   * such file or it cannot be read.
   */
  Optional<String> firstLine(String path);

  /** The files of a folder on this machine. */
  static BuildContext folder(Path dir) {
    return path -> {
      Path file = dir.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
      if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try (var reader =
          Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
        String line = reader.readLine();
        return Optional.ofNullable(line);
      } catch (IOException e) {
        return Optional.empty();
      }
    };
  }
}
