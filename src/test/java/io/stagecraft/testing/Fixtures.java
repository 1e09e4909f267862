package io.stagecraft.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own Dockerfiles in {@code src/test/resources/dockerfiles}, written for the tests.
 * Between them they use every feature the parser handles (directives, both escape characters,
 * continuations, heredocs, every instruction and flag, Windows files, CRLF and mixed line endings,
 * a byte order mark, mistakes), so that the parser-wide tests check all of it on any clone.
 */
public final class Fixtures {
  private static final String FOLDER = "/dockerfiles";

  private Fixtures() {}

  /** The folder of the fixtures, as the build copied it to the test classes. */
  public static Path directory() {
    URL url = Fixtures.class.getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException(FOLDER + " is not on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every fixture, sorted by name. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(directory())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path file(String name) {
    return directory().resolve(name);
  }

  /** The fixtures, then the files of the external {@link Corpus} when one is named. */
  public static List<Path> andCorpus() {
    List<Path> all = new ArrayList<>(files());
    all.addAll(Corpus.files());
    return List.copyOf(all);
  }

  /** Reads a file as UTF-8 text. */
  public static String read(Path file) {
    return Corpus.read(file);
  }
}
