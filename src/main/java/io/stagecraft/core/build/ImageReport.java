package io.stagecraft.core.build;

import java.util.List;

/**
 * What an image is made of.
 *
 * @param imageId the image ID
 * @param sizeBytes the size exactly as {@code docker image inspect} reports it
 * @param filesystemLayers how many filesystem layers the image has (its root filesystem's diff IDs)
 * @param layers the history, oldest first; metadata-only steps appear with size 0
 * @param user the user the image runs as, {@code root} when the image names none
 * @param surface shell, package managers and files, read from the filesystem
 */
public record ImageReport(
    String imageId,
    long sizeBytes,
    int filesystemLayers,
    List<ImageLayer> layers,
    String user,
    AttackSurface surface) {

  public ImageReport {
    layers = List.copyOf(layers);
  }

  /** Whether the image runs as root: no user, {@code root}, or user ID 0. */
  public boolean runsAsRoot() {
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    return name.equals("root") || name.equals("0");
  }
}
