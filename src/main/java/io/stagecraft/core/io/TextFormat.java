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
 * How a text file's bytes became the editor's text: the encoding, whether a byte order mark came
 * first, and the line endings. {@link #encode} turns the editor's text back into bytes the same
 * way, so a file saved without changes is written byte for byte as it was read.
 *
 * <p>Encodings: UTF-16 (big or little endian) when a byte order mark says so; UTF-8, with or
 * without its mark, when the bytes are valid UTF-8; else ISO-8859-1, which maps every byte to one
 * character and back.
 */
public record TextFormat(Charset charset, boolean byteOrderMark, LineEndings lineEndings) {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  /** A new file's format: UTF-8 without a mark, lines ending in {@code \n}. */
  public static TextFormat plain() {
    return new TextFormat(StandardCharsets.UTF_8, false, LineEndings.of(""));
  }

  /** The format of the file at {@code path}, or {@link #plain()} when there is no such file. */
  public static TextFormat of(Path path) throws IOException {
    return Files.isRegularFile(path) ? decode(Files.readAllBytes(path)).format() : plain();
  }

  /** Text read from bytes, and the format to write it back in. */
  public record Decoded(String text, TextFormat format) {}

  /** Decodes {@code bytes} for the editor; the text's lines end in {@code \n}. */
  public static Decoded decode(byte[] bytes) {
    Charset charset;
    boolean bom = true;
    String raw;
    if (startsWith(bytes, UTF16BE_BOM) || startsWith(bytes, UTF16LE_BOM)) {
      charset =
          startsWith(bytes, UTF16BE_BOM) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      raw = strict(bytes, 2, charset);
    } else {
      charset = StandardCharsets.UTF_8;
      bom = startsWith(bytes, UTF8_BOM);
      raw = strict(bytes, bom ? UTF8_BOM.length : 0, charset);
    }
    if (raw == null) {
      charset = StandardCharsets.ISO_8859_1;
      bom = false;
      raw = new String(bytes, charset);
    }
    LineEndings endings = LineEndings.of(raw);
    return new Decoded(endings.normalised(), new TextFormat(charset, bom, endings));
  }

  /**
   * {@code text} (lines ending in {@code \n}) as bytes in this format. A character the charset
   * cannot hold (typed into an ISO-8859-1 file) makes the file UTF-8 instead of a question mark.
   */
  public byte[] encode(String text) {
    String raw = lineEndings.restore(text);
    if (!charset.newEncoder().canEncode(raw)) {
      return raw.getBytes(StandardCharsets.UTF_8);
    }
    byte[] body = raw.getBytes(charset);
    byte[] mark = byteOrderMark ? mark() : new byte[0];
    byte[] out = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, out, 0, mark.length);
    System.arraycopy(body, 0, out, mark.length, body.length);
    return out;
  }

  /** How a status bar names the format, such as "UTF-8 · CRLF" or "UTF-16LE BOM · LF". */
  public String label() {
    return charset.name() + (byteOrderMark ? " BOM" : "") + " · " + lineEndings.label();
  }

  private byte[] mark() {
    if (charset.equals(StandardCharsets.UTF_16BE)) {
      return UTF16BE_BOM;
    }
    return charset.equals(StandardCharsets.UTF_16LE) ? UTF16LE_BOM : UTF8_BOM;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The bytes from {@code offset} in {@code charset}, or null when they are not valid in it. */
  private static String strict(byte[] bytes, int offset, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
