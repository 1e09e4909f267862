package io.stagecraft.ui.build;

import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.io.TextFile;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.UserData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a variant's settings into a build request; the messages it throws are for the user. */
public final class VariantRequests {
  /** The project label of images the desktop app builds, so they can be listed and removed. */
  public static final String PROJECT = "stagecraft-desktop";

  private VariantRequests() {}

  /**
   * Resolves {@code settings} against {@code sources}. Reads a Dockerfile from disk when the
   * variant names a file, so call it off the JavaFX thread.
   *
   * @throws IllegalArgumentException when the variant cannot be built as set, saying why
   */
  public static ResolvedVariant resolve(String label, VariantSettings settings, Sources sources) {
    Path base = sources.baseDir().get();
    Path context =
        base == null && settings.context().equals(".")
            ? emptyContext()
            : absolute(base, settings.context(), label, "context folder");
    if (!Files.isDirectory(context)) {
      throw new IllegalArgumentException(
          label + ": the context folder " + context + " does not exist");
    }
    Path dockerfile;
    String text;
    String description;
    switch (settings.source()) {
      case DOCUMENT -> {
        dockerfile = sources.documentPath();
        text = sources.documentText();
        description =
            dockerfile == null
                ? "the design (unsaved)"
                : dockerfile.getFileName() + " (the design)";
      }
      case ORIGINAL -> {
        if (sources.originalText() != null) {
          dockerfile = sources.originalPath();
          text = sources.originalText();
          description =
              dockerfile == null ? "the original" : dockerfile.getFileName() + " (the original)";
        } else if (sources.documentPath() != null) {
          // A plain Dockerfile has no recorded original: what is saved on disk is the "before" the
          // design in the editor is compared with.
          dockerfile = sources.documentPath();
          text = readDockerfile(dockerfile, label);
          description = dockerfile.getFileName() + " (as saved)";
        } else {
          throw new IllegalArgumentException(
              label
                  + ": nothing to compare with yet: the Dockerfile was never saved and the project "
                  + "records no original; save it, or choose a file");
        }
      }
      case FILE -> {
        if (settings.file() == null) {
          throw new IllegalArgumentException(label + ": choose the Dockerfile to build");
        }
        dockerfile = absolute(base, settings.file(), label, "Dockerfile");
        text = readDockerfile(dockerfile, label);
        description = dockerfile.toString();
      }
      default -> throw new IllegalStateException("unknown source " + settings.source());
    }
    BuildRequest request =
        new BuildRequest(
                context,
                dockerfile,
                text,
                settings.target(),
                settings.buildArgs(),
                settings.builder(),
                settings.tag(),
                null,
                false,
                false,
                null)
            .withLabel(BuildLabels.PROJECT, PROJECT)
            .withLabel(BuildLabels.VARIANT, label);
    return new ResolvedVariant(request, text, description);
  }

  /**
   * Whether variant {@code settings} has a Dockerfile to build: false only for "the original" when
   * there is neither a recorded original nor a saved file, so a build of the design alone is all
   * there is to do.
   */
  public static boolean hasDockerfile(VariantSettings settings, Sources sources) {
    return settings.source() != VariantSettings.Source.ORIGINAL
        || sources.originalText() != null
        || sources.documentPath() != null;
  }

  /**
   * The context of a design never saved, which has no folder of its own: an empty one, so a
   * Dockerfile that copies nothing from its context builds by default.
   */
  private static Path emptyContext() {
    Path empty = UserData.folder().resolve("empty-context");
    try {
      Files.createDirectories(empty);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot make an empty context folder: " + e.getMessage());
    }
    return empty;
  }

  private static String readDockerfile(Path dockerfile, String label) {
    try {
      return TextFile.read(dockerfile).text();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          label + ": cannot read " + dockerfile + ": " + e.getMessage(), e);
    }
  }

  private static Path absolute(Path base, String path, String label, String what) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p.normalize();
    }
    if (base == null) {
      throw new IllegalArgumentException(
          label
              + ": the "
              + what
              + " '"
              + path
              + "' is relative, but nothing is saved "
              + "yet to resolve it against; save the project or give an absolute path");
    }
    return base.resolve(p).toAbsolutePath().normalize();
  }
}
