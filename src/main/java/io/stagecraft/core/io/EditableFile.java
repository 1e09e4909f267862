package io.stagecraft.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file for the editor, refusing what it cannot edit as text: folders, files over {@link
 * #MAX_BYTES}, and binary data (a NUL byte, or control characters that no text has). A text file
 * over the limit, up to {@link #MAX_READ_ONLY_BYTES}, can be read to be shown read-only ({@link
 * #readLarge}).
 */
public final class EditableFile {
  /** Dockerfiles are small; a file over 5 MB is something else, or would make the editor crawl. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  /** Beyond this even showing the text read-only would take more memory than a window should. */
  public static final long MAX_READ_ONLY_BYTES = 64L * 1024 * 1024;

  /** In a text, at most this share of control characters, per mille (form feeds, escapes...). */
  private static final int MAX_CONTROLS_PER_MILLE = 5;

  private EditableFile() {}

  /**
   * The file's text (lines ending in {@code \n}) and format.
   *
   * @throws NotTextException when the file is a folder, too large or not text
   * @throws IOException when it cannot be read (missing, not permitted...)
   */
  public static TextFormat.Decoded read(Path file) throws IOException {
    return read(file, MAX_BYTES);
  }

  /**
   * The text of a file over {@link #MAX_BYTES}, to show read-only; folders, files over {@link
   * #MAX_READ_ONLY_BYTES} and binary data are refused as by {@link #read}.
   */
  public static TextFormat.Decoded readLarge(Path file) throws IOException {
    return read(file, MAX_READ_ONLY_BYTES);
  }

  private static TextFormat.Decoded read(Path file, long limit) throws IOException {
    String name = String.valueOf(file.getFileName());
    if (Files.isDirectory(file)) {
      throw new NotTextException(name + " is a folder, not a Dockerfile.");
    }
    long size = Files.size(file);
    if (size > limit) {
      throw new TooLargeException(
          String.format(
              "%s is %.1f MB; Stagecraft opens Dockerfiles of up to %d MB.",
              name, size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)),
          limit < MAX_READ_ONLY_BYTES && size <= MAX_READ_ONLY_BYTES);
    }
    TextFormat.Decoded decoded = TextFormat.decode(Files.readAllBytes(file));
    String reason = binaryReason(decoded.text());
    if (reason != null) {
      throw new NotTextException(name + " is not a text file: " + reason + ".");
    }
    return decoded;
  }

  /** Why {@code text} must be binary data, or null when it reads as text. */
  static String binaryReason(String text) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      return "it holds binary data (a NUL character at offset " + nul + ")";
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    if (controls > 0 && controls * 1000L > MAX_CONTROLS_PER_MILLE * (long) text.length()) {
      return "it holds binary data (" + controls + " control characters)";
    }
    return null;
  }
}
