package io.stagecraft.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file too large for the ustar size field is announced with a PAX size record. */
class LargeFileTarTest {

  private static final long EIGHT_GIB_AND_ONE = 8L * 1024 * 1024 * 1024 + 1;

  /** Keeps the first bytes written, then refuses more so the test does not stream gigabytes. */
  private static final class FirstBlocks extends OutputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int room = 4096 - kept.size();
      kept.write(bytes, offset, Math.min(room, length));
      if (length > room) {
        throw new IOException("enough");
      }
    }
  }

  @Test
  void sizesBeyondTheUstarFieldUseAPaxSizeRecord(@TempDir Path directory) throws Exception {
    Path sparse = directory.resolve("huge.bin");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(EIGHT_GIB_AND_ONE);
    }
    ContextEntry huge = ContextEntry.file("huge.bin", 0644, EIGHT_GIB_AND_ONE, 0, sparse);
    FirstBlocks out = new FirstBlocks();

    IOException stopped =
        assertThrows(
            IOException.class,
            () -> ContextTarWriter.write(ContextListing.of(List.of(huge), List.of()), out));
    assertEquals("enough", stopped.getMessage());

    byte[] head = out.kept.toByteArray();
    assertEquals('x', head[156], "a PAX header comes first");
    String pax = new String(head, 512, 512, StandardCharsets.UTF_8);
    assertTrue(pax.startsWith("19 size=" + EIGHT_GIB_AND_ONE + "\n"), pax.trim());
    assertEquals('0', head[1024 + 156], "then the file's own header");
    assertEquals(
        "00000000000",
        new String(head, 1024 + 124, 11, StandardCharsets.US_ASCII),
        "the ustar size field is left at zero");
  }
}
