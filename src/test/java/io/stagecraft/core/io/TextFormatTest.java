package io.stagecraft.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextFormatTest {
  private static final String LF_TEXT = "FROM alpine AS build\nRUN make\n\nFROM scratch\n";

  @Test
  void crlfIsEditedAsLfAndWrittenBackAsCrlf() {
    byte[] bytes = LF_TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    TextFormat.Decoded decoded = TextFormat.decode(bytes);
    assertEquals(LF_TEXT, decoded.text());
    assertEquals("UTF-8 · CRLF", decoded.format().label());
    assertArrayEquals(bytes, decoded.format().encode(decoded.text()));
    assertEquals(
        "# new\r\n" + LF_TEXT.replace("\n", "\r\n"),
        new String(decoded.format().encode("# new\n" + decoded.text()), StandardCharsets.UTF_8));
  }

  @Test
  void mixedEndingsKeepEachSurvivingLinesEndingAndNewLinesTakeTheCommonOne() {
    String raw = "FROM a\r\nRUN one\nRUN two\r\nRUN three\r\nCMD x\rEND";
    TextFormat.Decoded decoded = TextFormat.decode(raw.getBytes(StandardCharsets.UTF_8));
    assertEquals("FROM a\nRUN one\nRUN two\nRUN three\nCMD x\nEND", decoded.text());
    assertEquals("Mixed", decoded.format().lineEndings().label());
    assertEquals(raw, string(decoded.format().encode(decoded.text())));
    String edited =
        decoded.text().replace("RUN two\n", "RUN two\nRUN added\n").replace("FROM a", "FROM b");
    assertEquals(
        "FROM b\r\nRUN one\nRUN two\r\nRUN added\r\nRUN three\r\nCMD x\rEND",
        string(decoded.format().encode(edited)));
  }

  @Test
  void utf8ByteOrderMarkIsHiddenFromTheEditorAndKept() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("FROM é\n"));
    TextFormat.Decoded decoded = TextFormat.decode(bytes);
    assertEquals("FROM é\n", decoded.text());
    assertEquals("UTF-8 BOM · LF", decoded.format().label());
    assertArrayEquals(bytes, decoded.format().encode(decoded.text()));
  }

  @Test
  void utf16WithByteOrderMarkInBothByteOrders() {
    for (var charset :
        new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] mark =
          charset == StandardCharsets.UTF_16LE
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] bytes = concat(mark, "FROM a\r\nRUN ü\r\n".getBytes(charset));
      TextFormat.Decoded decoded = TextFormat.decode(bytes);
      assertEquals("FROM a\nRUN ü\n", decoded.text());
      assertArrayEquals(bytes, decoded.format().encode(decoded.text()));
      assertArrayEquals(
          concat(mark, "FROM a\r\nRUN ü\r\nUSER 1\r\n".getBytes(charset)),
          decoded.format().encode(decoded.text() + "USER 1\n"));
    }
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsSingleBytesAndWrittenBackExactly() {
    byte[] bytes = "# Caf\u00e9\r\nFROM scratch\r\n".getBytes(StandardCharsets.ISO_8859_1);
    TextFormat.Decoded decoded = TextFormat.decode(bytes);
    assertEquals("# Café\nFROM scratch\n", decoded.text());
    assertEquals(StandardCharsets.ISO_8859_1, decoded.format().charset());
    assertArrayEquals(bytes, decoded.format().encode(decoded.text()));
  }

  @Test
  void everyCorpusFileAndItsCrlfFormRoundTripByteForByte() throws Exception {
    for (Path file : Fixtures.andCorpus()) {
      byte[] bytes = Files.readAllBytes(file);
      TextFormat.Decoded decoded = TextFormat.decode(bytes);
      assertEquals(-1, decoded.text().indexOf('\r'), file.toString());
      assertArrayEquals(bytes, decoded.format().encode(decoded.text()), file.toString());
      byte[] crlf =
          new String(bytes, StandardCharsets.ISO_8859_1)
              .replace("\n", "\r\n")
              .getBytes(StandardCharsets.ISO_8859_1);
      TextFormat.Decoded windows = TextFormat.decode(crlf);
      assertArrayEquals(crlf, windows.format().encode(windows.text()), file + " with CRLF");
    }
  }

  private static String string(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
