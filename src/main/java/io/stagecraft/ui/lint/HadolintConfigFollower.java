package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.config.HadolintConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .hadolint.yaml} (or {@code .yml}) next to a Dockerfile, read again whenever it changes
 * on disk: created, edited or removed. Asking costs one look at each candidate file's modification
 * time and size, so it can be asked for every revision linted. Used off the JavaFX thread, from
 * more than one background lane.
 */
public final class HadolintConfigFollower {
  /** What the candidate files looked like on disk: one entry per name, absent or not. */
  private record Stamp(List<Object> files) {}

  private final Path dockerfile;
  private Stamp stamp;
  private HadolintConfig config = HadolintConfig.none();

  /** Follows the configuration of {@code dockerfile}; none for a Dockerfile not yet saved. */
  public HadolintConfigFollower(Path dockerfile) {
    this.dockerfile = dockerfile;
  }

  /** The configuration as the files are now, read again if they changed since last asked. */
  public synchronized HadolintConfig current() {
    changed();
    return config;
  }

  /** Reads the configuration again if its files changed since last asked; says whether they had. */
  public synchronized boolean changed() {
    if (dockerfile == null) {
      return false;
    }
    Stamp now = stampNow();
    if (now.equals(stamp)) {
      return false;
    }
    boolean first = stamp == null;
    stamp = now;
    config = HadolintConfig.find(null, dockerfile, null);
    return !first;
  }

  private Stamp stampNow() {
    Path folder = dockerfile.toAbsolutePath().getParent();
    List<Object> files = new ArrayList<>();
    for (String name : HadolintConfig.FILE_NAMES) {
      Path candidate = folder == null ? Path.of(name) : folder.resolve(name);
      try {
        BasicFileAttributes a = Files.readAttributes(candidate, BasicFileAttributes.class);
        files.add(List.of(name, a.lastModifiedTime(), a.size(), a.isRegularFile()));
      } catch (IOException e) {
        files.add(name + " absent");
      }
    }
    return new Stamp(files);
  }
}
