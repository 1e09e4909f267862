package io.stagecraft.core.split;

import java.util.List;
import java.util.Set;

/**
 * What the split knows about a runtime base image.
 *
 * @param reference the image as it will be written in FROM
 * @param entrypoint the image's own ENTRYPOINT; a CMD is passed to it
 * @param user the user it runs as ({@code 65532}, {@code root}, ...); empty for root
 * @param hasShell whether it has {@code /bin/sh}, which shell-form commands need
 * @param hasLibc whether it has a C library, which dynamically linked programs need
 * @param programs the programs it is known to hold, when {@code minimal}
 * @param minimal true when it holds nothing beyond {@code programs} (distroless, scratch)
 * @param source where this knowledge comes from
 * @param description a sentence for the user
 * @param files every path in the image that leads to a file, when an engine read its filesystem;
 *     null when only conventions are known
 * @param libraries the shared libraries (file names such as {@code libc.so.6}) the conventions say
 *     it holds; with {@code files} known, those decide instead
 * @param path the PATH its configuration sets, when an engine read it; null when it sets none or it
 *     is not known, and the engine's default PATH then applies
 */
public record RuntimeImage(
    String reference,
    List<String> entrypoint,
    String user,
    boolean hasShell,
    boolean hasLibc,
    List<String> programs,
    boolean minimal,
    Source source,
    String description,
    Set<String> files,
    Set<String> libraries,
    String path) {

  /** Directories a dynamic loader searches, in the layouts Debian, Alpine and Fedora use. */
  private static final List<String> LIBRARY_DIRS =
      List.of(
          "/lib",
          "/lib64",
          "/usr/lib",
          "/usr/lib64",
          "/lib/x86_64-linux-gnu",
          "/usr/lib/x86_64-linux-gnu",
          "/lib/aarch64-linux-gnu",
          "/usr/lib/aarch64-linux-gnu",
          "/usr/local/lib");

  public RuntimeImage {
    entrypoint = List.copyOf(entrypoint);
    programs = List.copyOf(programs);
    user = user == null ? "" : user;
    files = files == null ? null : Set.copyOf(files);
    libraries = libraries == null ? Set.of() : Set.copyOf(libraries);
  }

  /** An image known by conventions only. */
  public RuntimeImage(
      String reference,
      List<String> entrypoint,
      String user,
      boolean hasShell,
      boolean hasLibc,
      List<String> programs,
      boolean minimal,
      Source source,
      String description,
      Set<String> libraries) {
    this(
        reference,
        entrypoint,
        user,
        hasShell,
        hasLibc,
        programs,
        minimal,
        source,
        description,
        null,
        libraries,
        null);
  }

  /** Whether a filesystem holds a C library: glibc's libc.so.6 or musl's loader. */
  private static boolean hasLibc(Set<String> files) {
    return files.stream()
        .anyMatch(
            f ->
                LIBRARY_DIRS.contains(ImagePaths.parent(f))
                    && (ImagePaths.fileName(f).equals("libc.so.6")
                        || ImagePaths.fileName(f).startsWith("ld-musl-")));
  }

  /**
   * Whether the image has a file at the absolute {@code path}: {@link Boolean#TRUE}, {@link
   * Boolean#FALSE}, or null when neither its filesystem nor the conventions say.
   */
  public Boolean hasFile(String path) {
    if (files != null) {
      return files.contains(path);
    }
    if (!entrypoint.isEmpty() && entrypoint.get(0).equals(path)) {
      return true;
    }
    if (minimal) {
      // A minimal image holds its entrypoint, its programs in the system's bin directories, and
      // the busybox of a debug tag, which is at /busybox, not at /bin/sh.
      String name = ImagePaths.fileName(path);
      return programs.contains(name) && Programs.isSystemBin(ImagePaths.parent(path))
          || hasShell && path.startsWith("/busybox/");
    }
    if (source == Source.CATALOGUE && (path.equals("/bin/sh") || path.equals("/usr/bin/env"))) {
      return hasShell;
    }
    if (source == Source.INSPECTED && path.equals("/bin/sh")) {
      return hasShell; // what the engine found in the filesystem, though the list was not kept
    }
    return path.equals("/bin/sh") && hasShell ? Boolean.TRUE : null;
  }

  /**
   * Whether a program named {@code name} is in a directory of the image's PATH, as a command that
   * names it bare finds it: true, false, or null when unknown.
   */
  public Boolean hasProgram(String name) {
    Boolean found = Boolean.FALSE;
    for (String dir : searchPath().split(":")) {
      Boolean here = hasFile(dir + "/" + name);
      if (Boolean.TRUE.equals(here)) {
        return true;
      }
      if (here == null) {
        found = null;
      }
    }
    if (minimal && files == null && programs.contains(name)) {
      return true;
    }
    return found;
  }

  /** The directories a bare program name is looked up in: the image's PATH, else the default. */
  public String searchPath() {
    return path != null ? path : BuildScan.DEFAULT_PATH;
  }

  /**
   * Whether the shared library {@code name} ({@code libz.so.1}) is where the loader finds it: true,
   * false, or null when unknown.
   */
  public Boolean hasLibrary(String name) {
    if (files != null) {
      return LIBRARY_DIRS.stream().anyMatch(dir -> files.contains(dir + "/" + name));
    }
    if (libraries.contains(name)) {
      return true;
    }
    return minimal || !hasLibc ? Boolean.FALSE : null;
  }

  /**
   * Where knowledge of an image comes from; inspection beats the catalogue, which beats a guess.
   */
  public enum Source {
    /** The image's real configuration, read from an engine. */
    INSPECTED,
    /** The catalogue of distroless and distribution conventions. */
    CATALOGUE,
    /** Nothing is known: a shell and no ENTRYPOINT are assumed. */
    ASSUMED
  }

  public boolean runsAsRoot() {
    return user.isEmpty()
        || user.equals("root")
        || user.equals("0")
        || user.startsWith("0:")
        || user.startsWith("root:");
  }

  /** This image with an engine's inspection laid over it: every field the engine knows wins. */
  public RuntimeImage inspected(ImageConfig config) {
    if (config == null) {
      return this;
    }
    return new RuntimeImage(
        reference,
        config.entrypoint() != null ? config.entrypoint() : entrypoint,
        config.user() != null ? config.user() : user,
        config.hasShell() != null ? config.hasShell() : hasShell,
        config.files() != null ? hasLibc(config.files()) : hasLibc,
        programs,
        minimal,
        Source.INSPECTED,
        reference
            + ", as the engine reports it: "
            + config.describe()
            + (config.user() == null || config.hasShell() == null
                ? ". Otherwise: " + description
                : "."),
        config.files() != null ? config.files() : files,
        libraries,
        config.path() != null ? config.path() : path);
  }
}
