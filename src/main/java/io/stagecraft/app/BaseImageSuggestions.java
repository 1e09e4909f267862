package io.stagecraft.app;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Base images to offer for new stages: toolchains for builders, distroless images for runtimes. */
public final class BaseImageSuggestions {
  public static final List<String> BUILDER =
      List.of(
          "debian:bookworm",
          "python:3.12-slim",
          "golang:1.22",
          "node:20-bookworm",
          "eclipse-temurin:17-jdk",
          "rust:1.79",
          "alpine:3.20");

  public static final List<String> RUNTIME =
      List.of(
          "gcr.io/distroless/static-debian12:nonroot",
          "gcr.io/distroless/base-debian12:nonroot",
          "gcr.io/distroless/cc-debian12:nonroot",
          "gcr.io/distroless/python3-debian12:nonroot",
          "gcr.io/distroless/java17-debian12:nonroot",
          "gcr.io/distroless/nodejs20-debian12:nonroot",
          "debian:bookworm-slim");

  private BaseImageSuggestions() {}

  /**
   * Runtime images for a new stage of {@code text}, the first the one a split of it would pick: the
   * Python distroless image for a Python app, and so on. A file the split catalogue cannot read
   * gets the general list.
   */
  public static List<String> runtimesFor(String text) {
    Set<String> images = new LinkedHashSet<>();
    try {
      images.add(new SplitAssistant().suggest(text, SplitOptions.defaults()).image());
    } catch (EditException | RuntimeException nothingToGoBy) {
      // No stage to detect an ecosystem in: the general list stands.
    }
    images.addAll(RUNTIME);
    return List.copyOf(images);
  }
}
