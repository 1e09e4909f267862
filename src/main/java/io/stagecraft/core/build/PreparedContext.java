package io.stagecraft.core.build;

import io.stagecraft.core.context.BuildContextException;
import io.stagecraft.core.context.BuildContextWalker;
import io.stagecraft.core.context.ContextDockerfile;
import io.stagecraft.core.context.ContextListing;
import io.stagecraft.core.context.ContextSize;
import io.stagecraft.core.context.ContextTarWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A build context ready to send: the tar in a temporary file, the Dockerfile's name inside it, and
 * the Dockerfile text that was sent. Closing it deletes the temporary files.
 */
public final class PreparedContext implements AutoCloseable {

  /** The name a Dockerfile from outside the context, or from unsaved text, gets inside it. */
  public static final String ADDED_DOCKERFILE = ".stagecraft.Dockerfile";

  /** Context size above which a user is warned before sending. */
  public static final long WARN_BYTES = 100L * 1024 * 1024;

  private final Path tar;
  private final Path scratch;
  private final String dockerfileEntry;
  private final String dockerfileText;
  private final ContextSize size;

  private PreparedContext(Path tar, Path scratch, String entry, String text, ContextSize size) {
    this.tar = tar;
    this.scratch = scratch;
    this.dockerfileEntry = entry;
    this.dockerfileText = text;
    this.size = size;
  }

  /** Lists the context with its {@code .dockerignore} and writes the tar. */
  public static PreparedContext of(BuildRequest request) throws BuildException {
    Path scratch = null;
    try {
      Path contextDir = request.contextDir();
      String ignore = readIgnore(contextDir);
      String text;
      ContextDockerfile source;
      if (request.dockerfileText() != null) {
        text = request.dockerfileText();
        scratch = Files.createTempFile("stagecraft-", ".Dockerfile");
        Files.writeString(scratch, text, StandardCharsets.UTF_8);
        source = new ContextDockerfile(scratch, entryNameFor(request));
      } else {
        text = readDockerfile(request.dockerfile());
        source = new ContextDockerfile(request.dockerfile(), entryNameFor(request));
      }
      ContextListing listing = BuildContextWalker.list(contextDir, ignore, source);
      Path tar = Files.createTempFile("stagecraft-context-", ".tar");
      try (OutputStream out = Files.newOutputStream(tar)) {
        ContextTarWriter.write(listing, out);
      } catch (IOException | BuildContextException | RuntimeException e) {
        Files.deleteIfExists(tar);
        throw e;
      }
      return new PreparedContext(tar, scratch, source.entryName(), text, listing.size(WARN_BYTES));
    } catch (BuildContextException e) {
      deleteQuietly(scratch);
      throw invalid(e.getMessage(), e);
    } catch (IOException e) {
      deleteQuietly(scratch);
      throw invalid(
          "cannot prepare the build context " + request.contextDir() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The Dockerfile's own path in the context when it lies inside, else {@link #ADDED_DOCKERFILE}.
   */
  private static String entryNameFor(BuildRequest request) {
    if (request.dockerfile() != null) {
      try {
        return ContextDockerfile.inContext(request.contextDir(), request.dockerfile()).entryName();
      } catch (BuildContextException outside) {
        return ADDED_DOCKERFILE;
      }
    }
    return ADDED_DOCKERFILE;
  }

  private static String readIgnore(Path contextDir) throws IOException {
    Path file = contextDir.resolve(".dockerignore");
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static String readDockerfile(Path file) throws BuildException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw invalid("The Dockerfile " + file + " does not exist", e);
    } catch (IOException e) {
      throw invalid("cannot read the Dockerfile " + file + ": " + e.getMessage(), e);
    }
  }

  private static BuildException invalid(String message, Throwable cause) {
    return new BuildException(BuildException.Kind.INVALID, new BuildError(message, 0), cause);
  }

  /** The context as a tar file. */
  public Path tar() {
    return tar;
  }

  /** The Dockerfile's name inside the context: the engine's {@code dockerfile} parameter. */
  public String dockerfileEntry() {
    return dockerfileEntry;
  }

  /** The Dockerfile text that is sent. */
  public String dockerfileText() {
    return dockerfileText;
  }

  /** How much is sent, and whether that is above {@link #WARN_BYTES}. */
  public ContextSize size() {
    return size;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(tar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(scratch);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A temporary file left behind is harmless; the build's own outcome matters more.
      }
    }
  }
}
