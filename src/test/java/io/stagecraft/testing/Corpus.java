package io.stagecraft.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An external folder of real-world Dockerfiles that the parser-wide tests run on in addition to the
 * project's own {@link Fixtures}. It is never looked for: it is used only when {@code
 * -Dstagecraft.corpus=DIR} or the environment variable {@code STAGECRAFT_CORPUS} names it, so that
 * a fresh clone tests the same way on every machine. A named folder that does not exist is an
 * error, not a reason to skip.
 */
public final class Corpus {
  public static final String PROPERTY = "stagecraft.corpus";
  public static final String ENVIRONMENT = "STAGECRAFT_CORPUS";

  /** Why a corpus-only test did not run; shown as the reason it was skipped. */
  public static final String NOT_NAMED =
      "no external corpus named (-D" + PROPERTY + "=DIR or " + ENVIRONMENT + "=DIR)";

  private Corpus() {}

  /** The folder named by the property or the environment, if either names one. */
  public static Optional<Path> directory() {
    String named = System.getProperty(PROPERTY);
    if (named == null || named.isBlank()) {
      named = System.getenv(ENVIRONMENT);
    }
    if (named == null || named.isBlank()) {
      return Optional.empty();
    }
    Path dir = Path.of(named).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "the corpus named by " + PROPERTY + " is not a folder: " + dir);
    }
    return Optional.of(dir);
  }

  public static boolean named() {
    return directory().isPresent();
  }

  /** Every Dockerfile of the named corpus, sorted by name; none when no corpus is named. */
  public static List<Path> files() {
    Optional<Path> dir = directory();
    if (dir.isEmpty()) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir.get())) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of the named corpus; call only when {@link #named()}. */
  public static Path file(String name) {
    return directory().orElseThrow(() -> new IllegalStateException(NOT_NAMED)).resolve(name);
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
