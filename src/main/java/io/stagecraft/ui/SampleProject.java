package io.stagecraft.ui;

import io.stagecraft.persistence.DockerfileSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in sample: the Python calculator from the lesson Stagecraft grew from, as a multi-stage
 * design, with the single-stage Dockerfile it started from recorded as the original.
 */
public final class SampleProject {
  public static final String NAME = "python-calculator (sample)";
  private static final String FOLDER = "/samples/python-calculator/";

  private SampleProject() {}

  public static String design() {
    return resource("Dockerfile.multistage");
  }

  public static DockerfileSource original() {
    return DockerfileSource.unsaved(resource("Dockerfile"));
  }

  private static String resource(String name) {
    try (InputStream in = SampleProject.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the sample " + FOLDER + name + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
