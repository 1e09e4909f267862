package io.stagecraft.engine;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An image's files as the engine exports them, unpacked with the system tar: path to type,
 * permissions and content hash (or link target).
 */
final class ImageFiles {
  private ImageFiles() {}

  static Map<String, String> of(EngineConnection engine, String image, Path workDir)
      throws Exception {
    String container =
        engine
            .client()
            .createContainerCmd(image)
            .withEntrypoint("/none")
            .withLabels(Map.of(BaseImagesIT.LABEL, "ImageFiles"))
            .exec()
            .getId();
    Path tar = Files.createTempFile(workDir, "export", ".tar");
    try (DockerHttpClient.Response r =
            engine
                .http()
                .execute(
                    DockerHttpClient.Request.builder()
                        .method(DockerHttpClient.Request.Method.GET)
                        .path("/v" + engine.apiVersion() + "/containers/" + container + "/export")
                        .build());
        InputStream body = r.getBody()) {
      Files.copy(body, tar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      engine.client().removeContainerCmd(container).withForce(true).exec();
    }
    Path root = Files.createTempDirectory(workDir, "rootfs");
    Process p =
        new ProcessBuilder("tar", "--exclude=dev", "-xf", tar.toString(), "-C", root.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tar failed: " + out);
    }
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.toList()) {
        if (path.equals(root)) {
          continue;
        }
        files.put(root.relativize(path).toString(), describe(path));
      }
    }
    return files;
  }

  private static String describe(Path path) throws IOException, NoSuchAlgorithmException {
    if (Files.isSymbolicLink(path)) {
      return "link -> " + Files.readSymbolicLink(path);
    }
    String mode =
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return "dir " + mode;
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    return "file " + mode + " " + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path)));
  }

  static List<String> diff(Map<String, String> a, Map<String, String> b) {
    java.util.Set<String> all = new java.util.TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all.stream()
        .filter(k -> !java.util.Objects.equals(a.get(k), b.get(k)))
        .map(k -> k + ": " + a.get(k) + " | " + b.get(k))
        .toList();
  }
}
