package io.stagecraft.persistence;

import io.stagecraft.core.build.Builder;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to build one of the two variants a project compares.
 *
 * @param source which Dockerfile: the design being edited, the original it started from, or a file
 * @param file the Dockerfile when {@code source} is {@link Source#FILE}, relative to the project
 *     file
 * @param target the stage to build, or null for the last one
 * @param buildArgs {@code --build-arg} values
 * @param context the build context folder, relative to the project file
 * @param builder the classic builder or BuildKit
 * @param tag the repository:tag to give the image, or null
 */
public record VariantSettings(
    Source source,
    String file,
    String target,
    Map<String, String> buildArgs,
    String context,
    Builder builder,
    String tag) {

  /** Where a variant's Dockerfile comes from. */
  public enum Source {
    /** The Dockerfile in the editor, unsaved changes included. */
    DOCUMENT,
    /** The single-stage Dockerfile the design started from. */
    ORIGINAL,
    /** A Dockerfile on disk. */
    FILE
  }

  public VariantSettings {
    source = source == null ? Source.DOCUMENT : source;
    file = blankToNull(file);
    target = blankToNull(target);
    buildArgs = buildArgs == null ? Map.of() : Map.copyOf(buildArgs);
    context = context == null || context.isBlank() ? "." : context;
    builder = builder == null ? Builder.BUILDKIT : builder;
    tag = blankToNull(tag);
  }

  public VariantSettings withSource(Source s) {
    return new VariantSettings(s, file, target, buildArgs, context, builder, tag);
  }

  public VariantSettings withFile(String f) {
    return new VariantSettings(source, f, target, buildArgs, context, builder, tag);
  }

  public VariantSettings withTarget(String t) {
    return new VariantSettings(source, file, t, buildArgs, context, builder, tag);
  }

  public VariantSettings withBuildArgs(Map<String, String> args) {
    return new VariantSettings(source, file, target, args, context, builder, tag);
  }

  public VariantSettings withContext(String c) {
    return new VariantSettings(source, file, target, buildArgs, c, builder, tag);
  }

  public VariantSettings withBuilder(Builder b) {
    return new VariantSettings(source, file, target, buildArgs, context, b, tag);
  }

  public VariantSettings withTag(String t) {
    return new VariantSettings(source, file, target, buildArgs, context, builder, t);
  }

  /**
   * The same settings for a project saved in {@code to} instead of {@code from}: relative paths are
   * rewritten so they still name the same folder and file.
   */
  public VariantSettings rebased(Path from, Path to) {
    return new VariantSettings(
        source, rebase(file, from, to), target, buildArgs, rebase(context, from, to), builder, tag);
  }

  /**
   * {@code path}, relative to folder {@code from}, written for folder {@code to} by the rule of
   * {@link #relativeTo}: a folder far from the new place, such as the sample's, is named
   * absolutely.
   */
  static String rebase(String path, Path from, Path to) {
    if (path == null || from == null || to == null || Path.of(path).isAbsolute()) {
      return path;
    }
    return relativeTo(from.toAbsolutePath().resolve(path).normalize(), to);
  }

  /**
   * How a chosen folder or file is written in the settings: relative to {@code base} (the folder
   * relative paths are resolved against) when it is inside {@code base} or at most one folder up
   * from it, so that a project moved or shared together with its sources still finds them; absolute
   * otherwise, or when there is no base yet.
   */
  public static String relativeTo(Path chosen, Path base) {
    Path path = chosen.toAbsolutePath().normalize();
    if (base == null) {
      return path.toString();
    }
    Path from = base.toAbsolutePath().normalize();
    if (!from.getRoot().equals(path.getRoot())) {
      return path.toString();
    }
    Path relative = from.relativize(path);
    int up = 0;
    for (Path part : relative) {
      if (part.toString().equals("..")) {
        up++;
      }
    }
    if (up > 1) {
      return path.toString();
    }
    return relative.toString().isEmpty() ? "." : relative.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
