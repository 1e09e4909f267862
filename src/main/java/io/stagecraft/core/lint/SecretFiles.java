package io.stagecraft.core.lint;

import io.stagecraft.core.context.DockerIgnore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files that look like secrets: private keys, certificates with keys, {@code .env} files, and
 * package-manager configuration that holds a token.
 */
public final class SecretFiles {
  private static final int MAX_DEPTH = 4;
  private static final long MAX_ENTRIES = 20_000;
  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".venv", "target");
  private static final Set<String> NAMES =
      Set.of(
          ".env",
          "id_rsa",
          "id_dsa",
          "id_ecdsa",
          "id_ed25519",
          ".netrc",
          ".pypirc",
          ".git-credentials",
          "credentials.json",
          ".dockercfg");
  private static final Set<String> TOKEN_FILES = Set.of(".npmrc", ".yarnrc", ".yarnrc.yml");

  private SecretFiles() {}

  /**
   * True when a file of this name is a secret by its name alone ({@code .env}, {@code id_rsa},
   * {@code *.pem}, {@code *.key}...). Files such as {@code .npmrc} are secrets only with a token.
   */
  public static boolean isSecretName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return NAMES.contains(name)
        || (name.startsWith(".env.") && !name.endsWith(".example") && !name.endsWith(".sample"))
        || name.endsWith(".pem")
        || name.endsWith(".key")
        || name.endsWith(".p12")
        || name.endsWith(".pfx");
  }

  /** True for {@code .npmrc} and the like, which are secrets when they hold a token. */
  public static boolean mayHoldToken(String fileName) {
    return TOKEN_FILES.contains(fileName.toLowerCase(Locale.ROOT));
  }

  /** The secret-looking files under {@code dir} that {@code ignore} (may be null) keeps. */
  static List<String> find(Path dir, DockerIgnore ignore) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
      files
          .limit(MAX_ENTRIES)
          .filter(p -> !skipped(dir.relativize(p)))
          .filter(Files::isRegularFile)
          .forEach(
              p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                boolean secret = isSecretName(name) || (mayHoldToken(name) && holdsToken(p));
                if (secret && (ignore == null || !ignore.excludes(rel))) {
                  found.add(rel);
                }
              });
    } catch (IOException | RuntimeException e) {
      return List.copyOf(found);
    }
    return List.copyOf(found);
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED_DIRS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsToken(Path file) {
    try {
      if (Files.size(file) > 1_000_000) {
        return false;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.contains("_authToken")
          || text.contains("_auth=")
          || text.contains("npmAuthToken");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
