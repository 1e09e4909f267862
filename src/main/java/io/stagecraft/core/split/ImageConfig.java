package io.stagecraft.core.split;

import java.util.List;

/**
 * The parts of an image's configuration the split needs, as an engine reports them when it inspects
 * a local image. A null field is unknown and leaves the catalogue's answer in place.
 *
 * @param entrypoint the image's ENTRYPOINT; empty when it has none
 * @param user the image's USER; empty for root
 * @param hasShell whether {@code /bin/sh} exists in the image
 * @param files the absolute paths in the image that lead to a file (symbolic links followed), or
 *     null when its filesystem was not read
 * @param path the PATH its configuration sets, or null when it sets none (or it is unknown)
 */
public record ImageConfig(
    List<String> entrypoint,
    String user,
    Boolean hasShell,
    java.util.Set<String> files,
    String path) {

  public ImageConfig {
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    files = files == null ? null : java.util.Set.copyOf(files);
  }

  /** A configuration whose filesystem and PATH were not read. */
  public ImageConfig(List<String> entrypoint, String user, Boolean hasShell) {
    this(entrypoint, user, hasShell, null, null);
  }

  /** One line for the user: what the inspection found. */
  public String describe() {
    return "entrypoint "
        + (entrypoint == null || entrypoint.isEmpty() ? "none" : String.join(" ", entrypoint))
        + ", user "
        + (user == null || user.isEmpty() ? "root" : user)
        + ", "
        + (Boolean.TRUE.equals(hasShell) ? "a shell" : "no shell")
        + (files == null ? "" : ", " + files.size() + " files read from its filesystem");
  }
}
