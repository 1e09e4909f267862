package io.stagecraft.core.context;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a ustar archive with PAX headers back into entries, checking each header's checksum. */
final class TinyTarReader {

  /** One entry read back, with PAX values already applied. */
  record Entry(
      String name,
      int mode,
      long size,
      int uid,
      int gid,
      char type,
      String linkName,
      byte[] content,
      String magic) {

    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /** The entries and whether the archive ended with two zero blocks. */
  record Archive(List<Entry> entries, boolean properlyTerminated) {}

  private TinyTarReader() {}

  static Archive read(byte[] tar) {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> pax = new HashMap<>();
    int offset = 0;
    while (offset + 512 <= tar.length) {
      byte[] header = Arrays.copyOfRange(tar, offset, offset + 512);
      if (isZero(header)) {
        boolean secondZero =
            offset + 1024 <= tar.length
                && isZero(Arrays.copyOfRange(tar, offset + 512, offset + 1024));
        return new Archive(entries, secondZero && offset + 1024 == tar.length);
      }
      verifyChecksum(header, offset);
      char type = (char) header[156];
      long size = octal(header, 124, 12);
      if (pax.containsKey("size")) {
        size = Long.parseLong(pax.get("size"));
      }
      byte[] content = Arrays.copyOfRange(tar, offset + 512, (int) (offset + 512 + size));
      offset += 512 + (int) ((size + 511) / 512 * 512);
      if (type == 'x') {
        pax.putAll(parsePax(content));
        continue;
      }
      String name = pax.getOrDefault("path", text(header, 0, 100));
      String link = pax.getOrDefault("linkpath", text(header, 157, 100));
      entries.add(
          new Entry(
              name,
              (int) octal(header, 100, 8),
              size,
              (int) octal(header, 108, 8),
              (int) octal(header, 116, 8),
              type,
              link,
              content,
              text(header, 257, 6)));
      pax.clear();
    }
    return new Archive(entries, false);
  }

  private static Map<String, String> parsePax(byte[] data) {
    Map<String, String> records = new HashMap<>();
    int at = 0;
    while (at < data.length) {
      int space = at;
      while (data[space] != ' ') {
        space++;
      }
      int length = Integer.parseInt(new String(data, at, space - at, StandardCharsets.US_ASCII));
      String record =
          new String(data, space + 1, length - (space - at) - 2, StandardCharsets.UTF_8);
      if (data[at + length - 1] != '\n') {
        throw new AssertionError("PAX record length is wrong at " + at);
      }
      int equals = record.indexOf('=');
      records.put(record.substring(0, equals), record.substring(equals + 1));
      at += length;
    }
    return records;
  }

  private static void verifyChecksum(byte[] header, int offset) {
    long expected = octal(header, 148, 8);
    long sum = 0;
    for (int i = 0; i < 512; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xFF;
    }
    if (sum != expected) {
      throw new AssertionError("bad checksum in header at offset " + offset);
    }
  }

  private static String text(byte[] block, int offset, int width) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = offset; i < offset + width && block[i] != 0; i++) {
      bytes.write(block[i]);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static long octal(byte[] block, int offset, int width) {
    String digits = text(block, offset, width).trim();
    return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
