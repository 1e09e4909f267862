package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.ui.FileStamp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .hadolint.yaml} (or {@code .yml}) next to a Dockerfile, read again whenever it changes
 * on disk: created, edited or removed. Asking costs one look at each candidate file's modification
 * time and size, so it can be asked for every revision linted. Used off the JavaFX thread, from
 * more than one background lane.
 */
public final class HadolintConfigFollower {
  private final Path dockerfile;

  /** What the candidate files looked like on disk: one per name, null where absent. */
  private List<FileStamp> stamp;

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
    List<FileStamp> now = stampNow();
    if (now.equals(stamp)) {
      return false;
    }
    boolean first = stamp == null;
    stamp = now;
    config = HadolintConfig.find(null, dockerfile, null);
    return !first;
  }

  private List<FileStamp> stampNow() {
    Path folder = dockerfile.toAbsolutePath().getParent();
    List<FileStamp> files = new ArrayList<>();
    for (String name : HadolintConfig.FILE_NAMES) {
      files.add(FileStamp.of(folder == null ? Path.of(name) : folder.resolve(name)));
    }
    return files;
  }
}
