package io.stagecraft.core.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link ContextListing} as the tar body of {@code POST /build}: POSIX ustar headers, with
 * PAX extended headers for names or link targets that do not fit (longer than 100 bytes or not
 * ASCII) and for files of 8 GiB or more. Owners are root (uid and gid 0), as the docker CLI sends
 * them. File contents are streamed, one buffer at a time; the output stream is flushed but left
 * open.
 */
public final class ContextTarWriter {

  private static final int BUFFER = 64 * 1024;

  private ContextTarWriter() {}

  /**
   * Writes every entry of the listing, in order, then the end-of-archive marker.
   *
   * @throws BuildContextException when a file cannot be read or changed size since it was listed
   * @throws IOException when writing to {@code out} fails
   */
  public static void write(ContextListing listing, OutputStream out)
      throws BuildContextException, IOException {
    for (ContextEntry entry : listing.entries()) {
      writeEntry(entry, out);
    }
    out.write(new byte[2 * TarHeader.BLOCK]);
    out.flush();
  }

  private static void writeEntry(ContextEntry entry, OutputStream out)
      throws BuildContextException, IOException {
    String name = entry.type() == EntryType.DIRECTORY ? entry.name() + "/" : entry.name();
    Map<String, String> pax = new LinkedHashMap<>();
    if (!TarHeader.fitsUstar(name, 100)) {
      pax.put("path", name);
    }
    if (!TarHeader.fitsUstar(entry.linkTarget(), 100)) {
      pax.put("linkpath", entry.linkTarget());
    }
    if (entry.size() > TarHeader.MAX_USTAR_SIZE) {
      pax.put("size", Long.toString(entry.size()));
    }
    if (!pax.isEmpty()) {
      writePaxHeader(name, entry.modifiedSeconds(), pax, out);
    }
    out.write(
        TarHeader.encode(
            name,
            entry.mode(),
            entry.size(),
            entry.modifiedSeconds(),
            typeFlag(entry.type()),
            entry.linkTarget()));
    if (entry.type() == EntryType.FILE) {
      writeContent(entry, out);
      pad(entry.size(), out);
    }
  }

  private static byte typeFlag(EntryType type) {
    return switch (type) {
      case FILE -> TarHeader.TYPE_FILE;
      case DIRECTORY -> TarHeader.TYPE_DIRECTORY;
      case SYMLINK -> TarHeader.TYPE_SYMLINK;
    };
  }

  private static void writePaxHeader(
      String name, long modifiedSeconds, Map<String, String> records, OutputStream out)
      throws IOException {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> record : records.entrySet()) {
      body.append(paxRecord(record.getKey(), record.getValue()));
    }
    byte[] data = body.toString().getBytes(StandardCharsets.UTF_8);
    String headerName = "PaxHeaders/" + asciiOnly(name);
    out.write(
        TarHeader.encode(headerName, 0644, data.length, modifiedSeconds, TarHeader.TYPE_PAX, null));
    out.write(data);
    pad(data.length, out);
  }

  /** A PAX record is "length key=value\n", where the length counts its own digits. */
  static String paxRecord(String key, String value) {
    int payload =
        key.getBytes(StandardCharsets.UTF_8).length
            + value.getBytes(StandardCharsets.UTF_8).length
            + 3;
    int length = payload + Integer.toString(payload).length();
    if (Integer.toString(length).length() != Integer.toString(payload).length()) {
      length++;
    }
    return length + " " + key + "=" + value + "\n";
  }

  private static void writeContent(ContextEntry entry, OutputStream out)
      throws BuildContextException, IOException {
    byte[] generated = entry.generated();
    if (generated != null) {
      out.write(generated);
      return;
    }
    if (entry.source() == null) {
      throw new BuildContextException(
          "The context entry " + entry.name() + " has no content to send");
    }
    long written = 0;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = open(entry)) {
      int read;
      while ((read = read(entry, in, buffer)) > 0) {
        if (written + read > entry.size()) {
          throw changedSize(entry);
        }
        out.write(buffer, 0, read);
        written += read;
      }
    }
    if (written != entry.size()) {
      throw changedSize(entry);
    }
  }

  private static InputStream open(ContextEntry entry) throws BuildContextException {
    try {
      return Files.newInputStream(entry.source());
    } catch (IOException e) {
      throw new BuildContextException("Cannot open " + entry.source() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Failures reading a source are reported as context errors; failures writing {@code out} stay
   * IOExceptions.
   */
  private static int read(ContextEntry entry, InputStream in, byte[] buffer)
      throws BuildContextException {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw new BuildContextException("Cannot read " + entry.source() + ": " + e.getMessage(), e);
    }
  }

  private static BuildContextException changedSize(ContextEntry entry) {
    return new BuildContextException(
        "The file "
            + entry.source()
            + " changed size while the build context was "
            + "being sent (listed as "
            + entry.size()
            + " bytes); list the context again");
  }

  private static void pad(long size, OutputStream out) throws IOException {
    int remainder = (int) (size % TarHeader.BLOCK);
    if (remainder != 0) {
      out.write(new byte[TarHeader.BLOCK - remainder]);
    }
  }

  private static String asciiOnly(String name) {
    StringBuilder ascii = new StringBuilder();
    name.chars().forEach(c -> ascii.append(c < 0x80 && c != 0 ? (char) c : '_'));
    return ascii.toString();
  }
}
