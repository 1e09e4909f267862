package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Surveys root filesystems packed by the system's GNU tar, in each of its archive formats. */
class FilesystemSurveyTest {

  @TempDir Path dir;

  private Path root() throws IOException {
    return Files.createDirectories(dir.resolve("rootfs"));
  }

  private static void file(Path root, String path, String content) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static void link(Path root, String path, String target) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.createSymbolicLink(p, Path.of(target));
  }

  private AttackSurface survey(Path root, String format) throws Exception {
    return read(root, format).surface();
  }

  private FilesystemSurvey read(Path root, String format) throws Exception {
    Path tar = dir.resolve("fs-" + format + ".tar");
    Process p =
        new ProcessBuilder(
                "tar", "--format=" + format, "-cf", tar.toString(), "-C", root.toString(), ".")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tar failed: " + out);
    }
    try (InputStream in = Files.newInputStream(tar)) {
      return FilesystemSurvey.read(in);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gnu", "pax"})
  void listsEveryPathThatLeadsToAFileThroughLinkedDirectoriesToo(String format) throws Exception {
    Path root = root();
    // A merged /usr with the loader's link in /lib64, a program linked into /usr/local/bin, a link
    // that leads nowhere and an empty directory.
    link(root, "bin", "usr/bin");
    link(root, "lib64", "usr/lib64");
    file(root, "usr/bin/dash", "#!dash\n");
    link(root, "usr/bin/sh", "dash");
    file(root, "usr/lib/x86_64-linux-gnu/libc.so.6", "elf");
    link(root, "usr/lib64/ld-linux-x86-64.so.2", "/usr/lib/x86_64-linux-gnu/libc.so.6");
    file(root, "opt/node/bin/node", "elf");
    link(root, "usr/local/bin/node", "../../../opt/node/bin/node");
    link(root, "usr/local/bin/gone", "/nowhere");
    Files.createDirectories(root.resolve("var/empty"));

    assertEquals(
        java.util.Set.of(
            "/usr/bin/dash",
            "/usr/bin/sh",
            "/bin/dash",
            "/bin/sh",
            "/usr/lib/x86_64-linux-gnu/libc.so.6",
            "/usr/lib64/ld-linux-x86-64.so.2",
            "/lib64/ld-linux-x86-64.so.2",
            "/opt/node/bin/node",
            "/usr/local/bin/node"),
        read(root, format).files());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gnu", "pax", "ustar"})
  void followsMergedUsrLinksToTheShellAndFindsPackageManagers(String format) throws Exception {
    Path root = root();
    // Debian's layout: /bin -> usr/bin, /usr/bin/sh -> dash, apt-get and dpkg in /usr/bin.
    link(root, "bin", "usr/bin");
    file(root, "usr/bin/dash", "#!dash\n");
    link(root, "usr/bin/sh", "dash");
    file(root, "usr/bin/apt-get", "apt");
    file(root, "usr/bin/dpkg", "dpkg");
    file(root, "usr/lib/python3/dist-packages/pip/__init__.py", "");
    file(root, "etc/passwd", "root:x:0:0::/root:/bin/sh\n");
    file(root, "app/app.py", "print(1)\n");

    AttackSurface s = survey(root, format);
    assertEquals("/bin/sh", s.shellPath());
    assertEquals(List.of("apt", "dpkg", "pip"), s.packageManagers());
    assertEquals(
        Map.of(
            "/", new DirectoryUsage(1, 0),
            "/app", new DirectoryUsage(1, 9),
            "/etc", new DirectoryUsage(1, 26),
            "/usr", new DirectoryUsage(5, 7 + 3 + 4)),
        s.directories());
    assertEquals(8, s.fileCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gnu", "pax"})
  void aDistrolessLikeTreeHasNoShellAndNoPackageManager(String format) throws Exception {
    Path root = root();
    file(root, "usr/bin/python3.11", "python");
    link(root, "usr/bin/python3", "python3.11");
    // A dangling shell link and a link loop are not shells.
    link(root, "bin/sh", "/usr/bin/dash");
    link(root, "usr/bin/sh", "../../usr/bin/loop");
    link(root, "usr/bin/loop", "sh");
    String deep = "lib/" + "very-long-directory-name/".repeat(6) + "module.py";
    file(root, deep, "x = 1\n");

    AttackSurface s = survey(root, format);
    assertNull(s.shellPath());
    assertFalse(s.hasShell());
    assertEquals(List.of(), s.packageManagers());
    assertEquals(new DirectoryUsage(1, 6), s.directories().get("/lib"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gnu", "pax"})
  void busyboxAppletsAreFoundThroughAbsoluteLinks(String format) throws Exception {
    Path root = root();
    file(root, "bin/busybox", "bb");
    link(root, "bin/sh", "/bin/busybox");
    link(root, "usr/bin/dpkg", "/bin/busybox");
    link(root, "bin/rpm", "busybox");
    link(root, "sbin/apk", "../bin/busybox");

    AttackSurface s = survey(root, format);
    assertEquals("/bin/sh", s.shellPath());
    assertEquals(List.of("dpkg", "apk", "rpm"), s.packageManagers());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gnu", "pax"})
  void hardLinksCountAsFilesButNotTwiceTheBytes(String format) throws Exception {
    Path root = root();
    file(root, "usr/bin/busybox", "0123456789");
    Files.createDirectories(root.resolve("bin"));
    Files.createLink(root.resolve("bin/sh"), root.resolve("usr/bin/busybox"));

    AttackSurface s = survey(root, format);
    assertEquals("/bin/sh", s.shellPath());
    assertEquals(10, s.fileBytes());
    assertEquals(2, s.fileCount());
  }
}
