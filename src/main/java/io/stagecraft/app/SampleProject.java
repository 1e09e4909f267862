package io.stagecraft.app;

import io.stagecraft.core.build.Builder;
import io.stagecraft.core.io.AtomicFile;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.DockerfileSource;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.UserData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The built-in sample: the Python calculator from the lesson Stagecraft grew from, as a multi-stage
 * design, with the single-stage Dockerfile it started from recorded as the original.
 */
public final class SampleProject {
  public static final String NAME = "python-calculator (sample)";
  private static final String FOLDER = "/samples/python-calculator/";
  private static final List<String> FILES =
      List.of("Dockerfile", "Dockerfile.multistage", "app.py", "requirements.txt");
  private static final String LOCAL_DEBIAN = "stagecraft/debian:bookworm";
  private static final String LOCAL_DISTROLESS = "stagecraft/distroless-python3:latest";
  private static Path folder;

  private SampleProject() {}

  public static String design() {
    return resource("Dockerfile.multistage");
  }

  public static DockerfileSource original() {
    return DockerfileSource.unsaved(resource("Dockerfile"));
  }

  /**
   * How the sample builds: A is the original, B the design's runtime stage. No registry is
   * reachable where Stagecraft is developed and tested, so the base images are the local copies its
   * scripts make; the panel says so, and the user can clear the arguments to build on the upstream
   * images.
   */
  public static BuildSettings buildSettings() {
    VariantSettings a =
        new VariantSettings(
            VariantSettings.Source.ORIGINAL,
            null,
            null,
            Map.of("BASE_IMAGE", LOCAL_DEBIAN),
            ".",
            Builder.BUILDKIT,
            null);
    VariantSettings b =
        new VariantSettings(
            VariantSettings.Source.DOCUMENT,
            null,
            "runtime",
            Map.of("BUILD_IMAGE", LOCAL_DEBIAN, "RUNTIME_IMAGE", LOCAL_DISTROLESS),
            ".",
            Builder.BUILDKIT,
            null);
    return new BuildSettings(".", null, Map.of(), a, b, false);
  }

  /** What the build panel says about the sample's build arguments. */
  public static final String BUILD_NOTE =
      "Sample: the build args use local base images ("
          + LOCAL_DEBIAN
          + ", "
          + LOCAL_DISTROLESS
          + ", made by .ci/images) as no registry may be reachable; clear them to use the upstream ones.";

  /**
   * The sample's files in a folder of their own, so it can be a build context: a stable copy in the
   * user's data folder ({@link UserData}), written or brought up to date on first use. A project
   * saved from the sample names this folder as its context, so it stays buildable after the app
   * quits. Writes files: call it off the JavaFX thread.
   */
  public static synchronized Path folder() {
    if (folder == null) {
      folder = writeTo(UserData.folder().resolve("samples").resolve("python-calculator"));
    }
    return folder;
  }

  /**
   * Writes the sample's files into {@code dir}; a file that already holds the same text is left as
   * it is.
   */
  static Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String name : FILES) {
        Path file = dir.resolve(name);
        byte[] content = resource(name).getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), content)) {
          AtomicFile.write(file, content);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the sample to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = SampleProject.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the sample " + FOLDER + name + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
