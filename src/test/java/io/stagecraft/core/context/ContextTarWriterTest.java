package io.stagecraft.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the context tar and reading it back, with a small reader and with the system tar. */
class ContextTarWriterTest {

  private static final String LONG_DIRECTORY =
      "a-rather-long-directory-name-for-testing/with-a-second-level-that-is-long-too/and-a-third";
  private static final String LONG_FILE = LONG_DIRECTORY + "/file-with-a-long-name.txt";

  @TempDir Path context;

  private ContextListing listing;

  @BeforeEach
  void createContext() throws Exception {
    write("Dockerfile", "FROM alpine\nCOPY . /app\n");
    Path script = write("bin/run.sh", "#!/bin/sh\necho hi\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        context.resolve("bin"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = write("data/blob.bin", "0123456789".repeat(100));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rw-r-----"));
    write(LONG_FILE, "deep content\n");
    write("naïve-ünïcode.txt", "utf-8 name");
    write("empty.txt", "");
    write("ignored.log", "left out");
    Files.createSymbolicLink(context.resolve("link"), Path.of("bin/run.sh"));
    String dockerignore = "*.log\n";
    Files.writeString(context.resolve(".dockerignore"), dockerignore);
    listing =
        BuildContextWalker.list(
            context,
            dockerignore,
            ContextDockerfile.inContext(context, context.resolve("Dockerfile")));
    assertTrue(
        LONG_FILE.length() > 100, "the long path must not fit the 100-byte ustar name field");
  }

  private Path write(String relative, String content) throws IOException {
    Path file = context.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private byte[] tar() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ContextTarWriter.write(listing, out);
    return out.toByteArray();
  }

  @Test
  void writesEveryEntryInListingOrderAndTerminatesTheArchive() throws Exception {
    TinyTarReader.Archive archive = TinyTarReader.read(tar());

    assertTrue(archive.properlyTerminated());
    List<String> expected =
        listing.entries().stream()
            .map(e -> e.type() == EntryType.DIRECTORY ? e.name() + "/" : e.name())
            .toList();
    assertEquals(expected, archive.entries().stream().map(TinyTarReader.Entry::name).toList());
    assertTrue(expected.contains(LONG_FILE));
    assertTrue(expected.contains("naïve-ünïcode.txt"));
    assertTrue(archive.entries().stream().noneMatch(e -> e.name().equals("ignored.log")));
  }

  @Test
  void filesKeepTheirContentSizeAndModeAndBelongToRoot() throws Exception {
    Map<String, TinyTarReader.Entry> entries = byName(TinyTarReader.read(tar()));

    TinyTarReader.Entry script = entries.get("bin/run.sh");
    assertEquals('0', script.type());
    assertEquals(0755, script.mode());
    assertEquals("#!/bin/sh\necho hi\n", script.text());
    assertEquals(18, script.size());
    assertEquals(0, script.uid());
    assertEquals(0, script.gid());
    assertEquals("ustar", script.magic());

    assertEquals(0640, entries.get("data/blob.bin").mode());
    assertEquals("0123456789".repeat(100), entries.get("data/blob.bin").text());
    assertEquals(0, entries.get("empty.txt").size());
    assertEquals("deep content\n", entries.get(LONG_FILE).text());
    assertEquals("utf-8 name", entries.get("naïve-ünïcode.txt").text());
    assertEquals("*.log\n", entries.get(".dockerignore").text());
  }

  @Test
  void directoriesAndSymlinksAreWrittenAsSuch() throws Exception {
    Map<String, TinyTarReader.Entry> entries = byName(TinyTarReader.read(tar()));

    TinyTarReader.Entry bin = entries.get("bin/");
    assertEquals('5', bin.type());
    assertEquals(0755, bin.mode());
    assertEquals(0, bin.size());

    TinyTarReader.Entry link = entries.get("link");
    assertEquals('2', link.type());
    assertEquals("bin/run.sh", link.linkName());
    assertEquals(0, link.size());
  }

  @Test
  void aLongLinkTargetIsCarriedInAPaxHeader() throws Exception {
    String target = "x/".repeat(80) + "target";
    Files.createSymbolicLink(context.resolve("far"), Path.of(target));
    listing =
        BuildContextWalker.list(
            context, "", ContextDockerfile.inContext(context, context.resolve("Dockerfile")));

    assertEquals(target, byName(TinyTarReader.read(tar())).get("far").linkName());
  }

  @Test
  void paxRecordLengthsCountTheirOwnDigits() {
    for (int valueLength = 1; valueLength < 1200; valueLength++) {
      String record = ContextTarWriter.paxRecord("path", "v".repeat(valueLength));
      int declared = Integer.parseInt(record.substring(0, record.indexOf(' ')));
      assertEquals(
          record.getBytes(StandardCharsets.UTF_8).length, declared, "value length " + valueLength);
    }
  }

  @Test
  void theSystemTarReadsTheArchive(@TempDir Path scratch) throws Exception {
    assumeTrue(commandWorks("tar", "--version"), "a tar command is needed for this check");
    Path archive = Files.write(scratch.resolve("context.tar"), tar());

    String listingText = run(scratch, "tar", "-tvf", archive.toString());
    assertTrue(listingText.contains(LONG_FILE), listingText);
    assertTrue(listingText.contains("link -> bin/run.sh"), listingText);
    assertTrue(listingText.contains("-rwxr-xr-x"), listingText);

    Path extracted = Files.createDirectory(scratch.resolve("out"));
    run(scratch, "tar", "-xf", archive.toString(), "-C", extracted.toString());
    assertEquals("deep content\n", Files.readString(extracted.resolve(LONG_FILE)));
    assertEquals("0123456789".repeat(100), Files.readString(extracted.resolve("data/blob.bin")));
    assertEquals(
        PosixFilePermissions.fromString("rwxr-xr-x"),
        Files.getPosixFilePermissions(extracted.resolve("bin/run.sh")));
    assertEquals(Path.of("bin/run.sh"), Files.readSymbolicLink(extracted.resolve("link")));
    assertEquals("utf-8 name", Files.readString(extracted.resolve("naïve-ünïcode.txt")));
  }

  @Test
  void aFileThatChangedSizeAfterListingIsReported() throws Exception {
    Files.writeString(context.resolve("data/blob.bin"), "grown".repeat(300));

    BuildContextException error = assertThrows(BuildContextException.class, this::tar);

    assertTrue(error.getMessage().contains("changed size"), error.getMessage());
  }

  @Test
  void aFileThatVanishedAfterListingIsReported() throws Exception {
    Files.delete(context.resolve("empty.txt"));

    BuildContextException error = assertThrows(BuildContextException.class, this::tar);

    assertTrue(error.getMessage().contains("empty.txt"), error.getMessage());
  }

  private static Map<String, TinyTarReader.Entry> byName(TinyTarReader.Archive archive) {
    return archive.entries().stream()
        .collect(Collectors.toMap(TinyTarReader.Entry::name, Function.identity()));
  }

  private static boolean commandWorks(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String run(Path directory, String... command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tar did not finish");
    assertEquals(0, process.exitValue(), output);
    return output;
  }
}
