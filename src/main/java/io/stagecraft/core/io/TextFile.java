package io.stagecraft.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file read so that writing it back gives the same bytes: UTF-8 when the bytes are valid
 * UTF-8, else ISO-8859-1, which maps every byte to one character and back.
 */
public record TextFile(Path path, String text, Charset charset) {

  public static TextFile read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    String utf8 = strictUtf8(bytes);
    return utf8 != null
        ? new TextFile(path, utf8, StandardCharsets.UTF_8)
        : new TextFile(
            path, new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** {@code newText} encoded the way this file was read; see {@link #encode(String, Charset)}. */
  public byte[] encode(String newText) {
    return encode(newText, charset);
  }

  /**
   * {@code text} in {@code charset} when it can hold every character, else in UTF-8: a character
   * typed into an ISO-8859-1 file that the charset cannot hold must not turn into a question mark.
   */
  public static byte[] encode(String text, Charset charset) {
    return charset.newEncoder().canEncode(text)
        ? text.getBytes(charset)
        : text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes {@code newText} over this file atomically, in its charset. */
  public void writeAtomically(String newText) throws IOException {
    AtomicFile.write(path, encode(newText));
  }
}
