package io.stagecraft.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-world Dockerfiles of the shared corpus, read in place (they are not part of this
 * repository). The folder is found next to the checkout, or through {@code STAGECRAFT_CORPUS}.
 */
public final class Corpus {
  private Corpus() {}

  public static Path directory() {
    String override = System.getenv("STAGECRAFT_CORPUS");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/corpus/dockerfiles");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      Path sibling = p.resolveSibling("shared/corpus/dockerfiles");
      if (Files.isDirectory(sibling)) {
        return sibling;
      }
    }
    return here.resolve("../shared/corpus/dockerfiles").normalize();
  }

  public static boolean available() {
    return Files.isDirectory(directory());
  }

  /** Every Dockerfile of the corpus, sorted by name. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(directory())) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path file(String name) {
    return directory().resolve(name);
  }

  /** Reads a file as UTF-8 text. */
  public static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
