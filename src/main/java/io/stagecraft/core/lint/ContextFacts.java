package io.stagecraft.core.lint;

import io.stagecraft.core.context.DockerIgnore;
import io.stagecraft.core.context.InvalidDockerIgnoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What lint knows of the build context: its {@code .dockerignore} (BuildKit also reads {@code
 * <Dockerfile>.dockerignore} next to the Dockerfile first), and, when there is none, how much would
 * be sent.
 *
 * @param ignore the patterns in force, or null when the context has no ignore file (or it is
 *     invalid)
 * @param ignoreFile the file the patterns came from, or null
 * @param sizeBytes the summed size of the context's files when it has no ignore file; -1 when not
 *     measured
 * @param secretFiles secret-looking files the context would send (not excluded by the ignore file),
 *     as slash-separated paths relative to the context
 */
public record ContextFacts(
    Path directory,
    DockerIgnore ignore,
    Path ignoreFile,
    long sizeBytes,
    List<String> secretFiles) {
  /** Files counted before measuring gives up, so a huge folder cannot stall lint. */
  private static final long MAX_FILES = 200_000;

  /** Nothing is known of the context (the desktop before it has one, or text from stdin). */
  public static ContextFacts unknown() {
    return new ContextFacts(null, null, null, -1, List.of());
  }

  /** Reads the facts of {@code contextDir} for {@code dockerfile} (which may be null). */
  public static ContextFacts read(Path contextDir, Path dockerfile) {
    if (contextDir == null || !Files.isDirectory(contextDir)) {
      return unknown();
    }
    Path ignoreFile = null;
    if (dockerfile != null && dockerfile.toAbsolutePath().getParent() != null) {
      Path beside =
          dockerfile
              .toAbsolutePath()
              .getParent()
              .resolve(dockerfile.getFileName() + ".dockerignore");
      if (Files.isRegularFile(beside)) {
        ignoreFile = beside;
      }
    }
    if (ignoreFile == null && Files.isRegularFile(contextDir.resolve(".dockerignore"))) {
      ignoreFile = contextDir.resolve(".dockerignore");
    }
    DockerIgnore ignore = ignoreFile == null ? null : parse(ignoreFile);
    List<String> secrets = SecretFiles.find(contextDir, ignore);
    if (ignoreFile != null) {
      return new ContextFacts(contextDir, ignore, ignoreFile, -1, secrets);
    }
    return new ContextFacts(contextDir, null, null, measure(contextDir), secrets);
  }

  private static DockerIgnore parse(Path file) {
    try {
      return DockerIgnore.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | InvalidDockerIgnoreException | RuntimeException e) {
      return null;
    }
  }

  private static long measure(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .limit(MAX_FILES)
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  /** True when the context has an ignore file, valid or not. */
  public boolean hasIgnoreFile() {
    return ignoreFile != null;
  }
}
