package io.stagecraft.core.build;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the entries of a tar stream as the engine writes it (Go's archive/tar): ustar headers with
 * PAX or GNU long-name records, sizes in octal or base-256. File contents are skipped.
 */
final class TarEntryReader {

  /** One entry: its normalized path (no leading {@code ./} or {@code /}, no trailing slash). */
  record Entry(String path, char type, long size, String linkTarget) {
    boolean isDirectory() {
      return type == '5';
    }

    boolean isRegular() {
      return type == '0' || type == '\0' || type == '7';
    }

    boolean isSymlink() {
      return type == '2';
    }

    boolean isHardLink() {
      return type == '1';
    }
  }

  private static final int BLOCK = 512;

  private final InputStream in;
  private final byte[] header = new byte[BLOCK];

  TarEntryReader(InputStream in) {
    this.in = in;
  }

  /** The next entry, or null at the end of the archive. */
  Entry next() throws IOException {
    String longName = null;
    String longLink = null;
    Long paxSize = null;
    while (true) {
      if (!readBlock()) {
        return null;
      }
      if (isZero(header)) {
        return null;
      }
      char type = (char) header[156];
      long size = parseNumber(header, 124, 12);
      if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
        byte[] data = readData(size);
        if (type == 'L') {
          longName = cString(data, 0, data.length);
        } else if (type == 'K') {
          longLink = cString(data, 0, data.length);
        } else if (type == 'x') {
          PaxRecords pax = PaxRecords.parse(data);
          longName = pax.path() != null ? pax.path() : longName;
          longLink = pax.linkPath() != null ? pax.linkPath() : longLink;
          paxSize = pax.size() != null ? pax.size() : paxSize;
        }
        continue;
      }
      if (paxSize != null) {
        size = paxSize;
      }
      String name = longName != null ? longName : ustarName();
      String link = longLink != null ? longLink : cString(header, 157, 100);
      boolean hasData =
          type != '1' && type != '2' && type != '5' && type != '3' && type != '4' && type != '6';
      if (hasData) {
        skip(size);
      }
      return new Entry(normalize(name), type, hasData ? size : 0, link);
    }
  }

  private String ustarName() {
    String name = cString(header, 0, 100);
    String magic = cString(header, 257, 6);
    if (magic.startsWith("ustar")) {
      String prefix = cString(header, 345, 155);
      if (!prefix.isEmpty()) {
        return prefix + "/" + name;
      }
    }
    return name;
  }

  static String normalize(String name) {
    String n = name;
    while (n.startsWith("./")) {
      n = n.substring(2);
    }
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    while (n.endsWith("/")) {
      n = n.substring(0, n.length() - 1);
    }
    return n.equals(".") ? "" : n;
  }

  private boolean readBlock() throws IOException {
    int read = in.readNBytes(header, 0, BLOCK);
    if (read == 0) {
      return false;
    }
    if (read < BLOCK) {
      throw new EOFException("the tar stream ends inside a header");
    }
    return true;
  }

  private byte[] readData(long size) throws IOException {
    if (size > 1 << 20) {
      throw new IOException("a tar metadata record of " + size + " bytes is too large");
    }
    byte[] data = in.readNBytes((int) size);
    if (data.length < size) {
      throw new EOFException("the tar stream ends inside a record");
    }
    skipFully(padding(size));
    return data;
  }

  private void skip(long size) throws IOException {
    skipFully(size + padding(size));
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private void skipFully(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("the tar stream ends inside a file");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** An octal number, or a base-256 one when the first byte has its high bit set (GNU). */
  static long parseNumber(byte[] b, int offset, int length) {
    if ((b[offset] & 0x80) != 0) {
      long value = b[offset] & 0x7f;
      for (int i = 1; i < length; i++) {
        value = (value << 8) | (b[offset + i] & 0xff);
      }
      return value;
    }
    long value = 0;
    for (int i = offset; i < offset + length; i++) {
      byte c = b[i];
      if (c == 0) {
        break;
      }
      if (c >= '0' && c <= '7') {
        value = value * 8 + (c - '0');
      }
    }
    return value;
  }

  private static String cString(byte[] b, int offset, int length) {
    int end = offset;
    while (end < offset + length && b[end] != 0) {
      end++;
    }
    return new String(b, offset, end - offset, StandardCharsets.UTF_8);
  }

  /** The PAX records Stagecraft needs: path, linkpath and size. */
  record PaxRecords(String path, String linkPath, Long size) {
    static PaxRecords parse(byte[] data) {
      String path = null;
      String linkPath = null;
      Long size = null;
      int i = 0;
      while (i < data.length) {
        int space = i;
        while (space < data.length && data[space] != ' ') {
          space++;
        }
        if (space >= data.length) {
          break;
        }
        int length = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII));
        if (length <= 0 || i + length > data.length) {
          break;
        }
        String record = new String(data, space + 1, i + length - space - 2, StandardCharsets.UTF_8);
        int eq = record.indexOf('=');
        if (eq > 0) {
          String key = record.substring(0, eq);
          String value = record.substring(eq + 1);
          switch (key) {
            case "path" -> path = value;
            case "linkpath" -> linkPath = value;
            case "size" -> size = Long.parseLong(value);
            default -> {}
          }
        }
        i += length;
      }
      return new PaxRecords(path, linkPath, size);
    }
  }
}
