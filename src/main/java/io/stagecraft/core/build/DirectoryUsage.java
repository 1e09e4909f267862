package io.stagecraft.core.build;

/**
 * What one top-level directory of an image holds.
 *
 * @param files entries that are not directories (regular files, links, devices)
 * @param bytes bytes of the regular files
 */
public record DirectoryUsage(long files, long bytes) {
  DirectoryUsage plus(long moreFiles, long moreBytes) {
    return new DirectoryUsage(files + moreFiles, bytes + moreBytes);
  }
}
