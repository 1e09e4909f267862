package io.stagecraft.core.build;

import java.util.List;
import java.util.Map;

/**
 * What an image's filesystem offers an intruder, read from the exported filesystem.
 *
 * @param shellPath the path a shell is at ({@code /bin/sh} or {@code /usr/bin/sh}, symbolic links
 *     followed), or null when there is none
 * @param packageManagers the package managers found, in the order apt, dpkg, apk, dnf (or
 *     microdnf), yum, rpm, pip (a pip command or module); busybox's dpkg and rpm applets count
 * @param directories file count and bytes per top-level directory, by name ({@code "/"} for files
 *     at the root), sorted
 */
public record AttackSurface(
    String shellPath, List<String> packageManagers, Map<String, DirectoryUsage> directories) {

  public AttackSurface {
    packageManagers = List.copyOf(packageManagers);
    directories = Map.copyOf(directories);
  }

  public boolean hasShell() {
    return shellPath != null;
  }

  public long fileCount() {
    return directories.values().stream().mapToLong(DirectoryUsage::files).sum();
  }

  public long fileBytes() {
    return directories.values().stream().mapToLong(DirectoryUsage::bytes).sum();
  }
}
