package io.stagecraft.core.context;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One entry of the build context, as it will appear in the tar sent to the engine.
 *
 * @param name slash-separated path inside the context, without a trailing slash
 * @param type file, directory or symbolic link
 * @param mode permission bits (for example {@code 0755}), including setuid, setgid and sticky bits
 * @param size content length in bytes; 0 for directories and links
 * @param modifiedSeconds modification time in seconds since the epoch
 * @param source the file whose bytes are streamed, or null when the content is {@code generated} or
 *     the entry has none
 * @param generated content held in memory (a rewritten {@code .dockerignore}), or null
 * @param linkTarget the target of a symbolic link as stored in the link, or null
 */
public record ContextEntry(
    String name,
    EntryType type,
    int mode,
    long size,
    long modifiedSeconds,
    Path source,
    byte[] generated,
    String linkTarget) {

  public ContextEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    generated = generated == null ? null : generated.clone();
  }

  /** A regular file streamed from disk. */
  public static ContextEntry file(
      String name, int mode, long size, long modifiedSeconds, Path source) {
    return new ContextEntry(name, EntryType.FILE, mode, size, modifiedSeconds, source, null, null);
  }

  /** A regular file whose content is given. */
  public static ContextEntry generatedFile(
      String name, int mode, long modifiedSeconds, byte[] content) {
    return new ContextEntry(
        name, EntryType.FILE, mode, content.length, modifiedSeconds, null, content, null);
  }

  /** A directory. */
  public static ContextEntry directory(String name, int mode, long modifiedSeconds) {
    return new ContextEntry(name, EntryType.DIRECTORY, mode, 0, modifiedSeconds, null, null, null);
  }

  /** A symbolic link, stored as a link and never followed. */
  public static ContextEntry symlink(String name, long modifiedSeconds, String linkTarget) {
    return new ContextEntry(
        name, EntryType.SYMLINK, 0777, 0, modifiedSeconds, null, null, linkTarget);
  }

  /** The in-memory content (a copy), or null when the entry is not generated. */
  @Override
  public byte[] generated() {
    return generated == null ? null : generated.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContextEntry that
        && name.equals(that.name)
        && type == that.type
        && mode == that.mode
        && size == that.size
        && modifiedSeconds == that.modifiedSeconds
        && Objects.equals(source, that.source)
        && Arrays.equals(generated, that.generated)
        && Objects.equals(linkTarget, that.linkTarget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, type, mode, size, modifiedSeconds, source, Arrays.hashCode(generated), linkTarget);
  }

  @Override
  public String toString() {
    return type
        + " "
        + name
        + " "
        + Integer.toOctalString(mode)
        + " "
        + size
        + (linkTarget == null ? "" : " -> " + linkTarget);
  }
}
