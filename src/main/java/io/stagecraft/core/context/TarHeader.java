package io.stagecraft.core.context;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Encodes one 512-byte POSIX ustar header block. */
final class TarHeader {

  static final int BLOCK = 512;

  /** The largest size the 11 octal digits of the ustar size field can hold. */
  static final long MAX_USTAR_SIZE = 077777777777L;

  static final byte TYPE_FILE = '0';
  static final byte TYPE_SYMLINK = '2';
  static final byte TYPE_DIRECTORY = '5';
  static final byte TYPE_PAX = 'x';

  private TarHeader() {}

  /**
   * Builds a header. Names and link targets longer than their fields are truncated here; the caller
   * precedes such a header with a PAX header carrying the full values.
   */
  static byte[] encode(
      String name, int mode, long size, long modifiedSeconds, byte type, String linkName) {
    byte[] block = new byte[BLOCK];
    putText(block, 0, 100, name);
    putOctal(block, 100, 8, mode & 07777);
    putOctal(block, 108, 8, 0);
    putOctal(block, 116, 8, 0);
    putOctal(block, 124, 12, size <= MAX_USTAR_SIZE ? size : 0);
    putOctal(block, 136, 12, Math.max(0, Math.min(modifiedSeconds, 077777777777L)));
    block[156] = type;
    putText(block, 157, 100, linkName == null ? "" : linkName);
    putText(block, 257, 6, "ustar");
    block[263] = '0';
    block[264] = '0';
    putOctal(block, 329, 8, 0);
    putOctal(block, 337, 8, 0);
    Arrays.fill(block, 148, 156, (byte) ' ');
    long checksum = 0;
    for (byte b : block) {
      checksum += b & 0xFF;
    }
    String digits = String.format("%06o", checksum);
    System.arraycopy(digits.getBytes(StandardCharsets.US_ASCII), 0, block, 148, 6);
    block[154] = 0;
    block[155] = ' ';
    return block;
  }

  /** Whether a value can be stored as-is in a ustar text field of the given width. */
  static boolean fitsUstar(String value, int width) {
    if (value == null) {
      return true;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return bytes.length <= width && bytes.length == value.length();
  }

  private static void putText(byte[] block, int offset, int width, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, block, offset, Math.min(bytes.length, width));
  }

  private static void putOctal(byte[] block, int offset, int width, long value) {
    String digits = String.format("%0" + (width - 1) + "o", value);
    System.arraycopy(digits.getBytes(StandardCharsets.US_ASCII), 0, block, offset, width - 1);
    block[offset + width - 1] = 0;
  }
}
