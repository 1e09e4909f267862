package io.stagecraft.app;

import java.util.List;

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
}
