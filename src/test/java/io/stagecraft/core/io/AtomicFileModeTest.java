package io.stagecraft.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written atomically get the modes any other program's files get. */
class AtomicFileModeTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  @Test
  void aNewFileGetsTheModeTheUmaskGives() throws Exception {
    Path plain = Files.createFile(dir.resolve("made-by-any-program"));
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(plain);

    Path written = dir.resolve("project.stagecraft");
    AtomicFile.write(written, "{}".getBytes());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
        .isEqualTo(PosixFilePermissions.toString(umaskMode));
  }

  @Test
  void anExistingFileKeepsItsMode() throws Exception {
    Path script = dir.resolve("build.sh");
    Files.writeString(script, "old");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));

    AtomicFile.write(script, "new".getBytes());

    assertThat(Files.readString(script)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void leavesNoTemporaryFileBehind() throws Exception {
    AtomicFile.write(dir.resolve("Dockerfile"), "FROM scratch\n".getBytes());

    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Dockerfile");
    }
  }
}
