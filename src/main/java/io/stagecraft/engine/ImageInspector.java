package io.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.transport.DockerHttpClient;
import io.stagecraft.core.build.AttackSurface;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.FilesystemSurvey;
import io.stagecraft.core.build.ImageLayer;
import io.stagecraft.core.build.ImageReport;
import io.stagecraft.core.build.LayerMapper;
import io.stagecraft.core.build.StepLocator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what an image is: size from inspect, history from {@code GET /images/{id}/history}, and the
 * attack surface from its exported filesystem (a container created, never started, then removed).
 */
final class ImageInspector {

  /** On the containers made only to export an image, so leftovers can be found. */
  static final String EXPORT_LABEL = "io.stagecraft.export";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EngineConnection engine;

  ImageInspector(EngineConnection engine) {
    this.engine = engine;
  }

  ImageReport inspect(String imageId, StepLocator locator) throws BuildException {
    InspectImageResponse image;
    try {
      image = engine.client().inspectImageCmd(imageId).exec();
    } catch (NotFoundException e) {
      throw new BuildException(
          BuildException.Kind.INVALID,
          new BuildError("no image " + imageId + " on the engine", 0),
          e);
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    }
    List<ImageLayer> layers = LayerMapper.map(history(image.getId()), locator);
    String user = image.getConfig() == null ? null : image.getConfig().getUser();
    int filesystemLayers =
        image.getRootFS() == null || image.getRootFS().getLayers() == null
            ? 0
            : image.getRootFS().getLayers().size();
    return new ImageReport(
        image.getId(),
        image.getSize(),
        filesystemLayers,
        layers,
        user == null || user.isEmpty() ? "root" : user,
        survey(image.getId()));
  }

  private List<LayerMapper.HistoryEntry> history(String imageId) throws BuildException {
    JsonNode entries = JSON.nullNode();
    try (DockerHttpClient.Response r = get("/images/" + encode(imageId) + "/history")) {
      byte[] body = r.getBody().readAllBytes();
      if (r.getStatusCode() != 200) {
        throw new BuildException(
            BuildException.Kind.ENGINE,
            new BuildError(
                "reading the history of "
                    + imageId
                    + " failed (HTTP "
                    + r.getStatusCode()
                    + "): "
                    + new String(body, StandardCharsets.UTF_8).strip(),
                0));
      }
      entries = JSON.readTree(body);
    } catch (IOException | RuntimeException e) {
      throw Failures.engine(engine, asRuntime(e));
    }
    List<LayerMapper.HistoryEntry> list = new ArrayList<>();
    for (JsonNode entry : entries) {
      list.add(
          new LayerMapper.HistoryEntry(
              entry.path("CreatedBy").asText(""), entry.path("Size").asLong(0)));
    }
    return list;
  }

  /** Reads the image's filesystem through an export: what is there, not what the config claims. */
  AttackSurface survey(String imageId) throws BuildException {
    return listing(imageId).surface();
  }

  /** The image's exported filesystem, read once: its attack surface and its file list. */
  FilesystemSurvey listing(String imageId) throws BuildException {
    String container;
    try {
      // Never started, so the entrypoint only has to be present in the request, not in the image.
      container =
          engine
              .client()
              .createContainerCmd(imageId)
              .withEntrypoint("/stagecraft-export-only")
              .withCmd(List.of())
              .withLabels(Map.of(EXPORT_LABEL, "true"))
              .exec()
              .getId();
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    }
    try (DockerHttpClient.Response r = get("/containers/" + container + "/export")) {
      if (r.getStatusCode() != 200) {
        throw new BuildException(
            BuildException.Kind.ENGINE,
            new BuildError(
                "exporting the filesystem of "
                    + imageId
                    + " failed (HTTP "
                    + r.getStatusCode()
                    + ")",
                0));
      }
      try (InputStream tar = r.getBody()) {
        return FilesystemSurvey.read(tar);
      }
    } catch (IOException | RuntimeException e) {
      throw Failures.engine(engine, asRuntime(e));
    } finally {
      try {
        engine.client().removeContainerCmd(container).withForce(true).exec();
      } catch (RuntimeException ignored) {
        // The label lets a later cleanup find it.
      }
    }
  }

  private DockerHttpClient.Response get(String path) {
    return engine
        .http()
        .execute(
            DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/v" + engine.apiVersion() + path)
                .build());
  }

  private static RuntimeException asRuntime(Exception e) {
    return e instanceof RuntimeException r ? r : new java.io.UncheckedIOException((IOException) e);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
