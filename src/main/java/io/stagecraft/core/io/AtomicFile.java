package io.stagecraft.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that readers see either the old content or the new, never a part: the bytes go to
 * a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  public static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = newTemporaryFile(dir, absolute.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        out.write(content);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      if (Files.exists(absolute)) {
        try {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
        } catch (UnsupportedOperationException | IOException ignored) {
          // Permissions are best effort: a file system without POSIX permissions keeps its
          // defaults.
        }
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * An empty file next to the target, created the way any program creates a file, so a new target
   * gets the mode the user's umask gives (0644 under the usual 022). {@code Files.createTempFile}
   * would make it 0600 whatever the umask, as it is meant for private scratch files.
   */
  private static Path newTemporaryFile(Path dir, String name) throws IOException {
    while (true) {
      Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException taken) {
        // Another writer picked the same name: try the next.
      }
    }
  }
}
