package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.transport.DockerHttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real engine this process would use (see .ci/engine.sh). */
class EngineIT {

  private static EngineStatus status;
  private EngineConnection engine;

  @BeforeAll
  static void connect() {
    status = new EngineConnector().connect();
  }

  @BeforeEach
  void requireEngine() {
    engine = EngineTests.require(status);
  }

  @AfterAll
  static void close() {
    if (status != null) {
      status.connection().ifPresent(EngineConnection::close);
    }
  }

  @Test
  void readsEngineInfoFromVersion() {
    EngineInfo info = engine.info();
    assertFalse(info.serverVersion().isBlank());
    assertFalse(info.os().isBlank());
    assertFalse(info.arch().isBlank());
    assertEquals("linux", info.os());
    assertTrue(
        !info.apiVersion().isOlderThan(ApiNegotiation.OLDEST_SUPPORTED_VERSION),
        "engine API " + info.apiVersion());
  }

  @Test
  void negotiatedVersionIsTheLowerOfEngineAndClient() {
    ApiVersion expected =
        ApiVersion.min(engine.info().apiVersion(), ApiNegotiation.NEWEST_CLIENT_VERSION);
    assertEquals(expected, engine.apiVersion());
  }

  @Test
  void dockerJavaCommandsWorkAtTheNegotiatedVersion() {
    // versionCmd goes through /v{negotiated}/version: it fails if the pin is above the engine's
    // API.
    Version version = engine.client().versionCmd().exec();
    assertEquals(engine.info().serverVersion(), version.getVersion());
    assertEquals(engine.info().apiVersion().toString(), version.getApiVersion());
    engine.client().pingCmd().exec();
  }

  @Test
  void theBaseImagesAreListed() {
    List<Image> images = engine.client().listImagesCmd().exec();
    List<String> tags =
        images.stream()
            .map(Image::getRepoTags)
            .filter(Objects::nonNull)
            .flatMap(Arrays::stream)
            .toList();
    assertTrue(
        tags.contains("stagecraft/busybox:latest"),
        "stagecraft/busybox:latest is missing (run .ci/engine.sh); tags: " + tags);
    InspectImageResponse busybox =
        engine.client().inspectImageCmd("stagecraft/busybox:latest").exec();
    assertEquals("linux", busybox.getOs());
    // busybox-static is about 2 MB; a few links and /etc files add almost nothing.
    long size = Objects.requireNonNull(busybox.getSize());
    assertTrue(size > 500_000 && size < 10_000_000, "size " + size);
  }

  @Test
  void theRawTransportReachesVersionedEndpointsDockerJavaLacks() throws Exception {
    String path = "/v" + engine.apiVersion() + "/images/stagecraft/busybox:latest/history";
    DockerHttpClient.Request request =
        DockerHttpClient.Request.builder()
            .method(DockerHttpClient.Request.Method.GET)
            .path(path)
            .build();
    try (DockerHttpClient.Response response = engine.http().execute(request)) {
      String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(200, response.getStatusCode(), body);
      assertTrue(body.startsWith("["), body);
    }
  }

  @Test
  void aVersionAboveTheEnginesIsRefusedWhichIsWhyWeNegotiate() throws Exception {
    ApiVersion tooNew =
        new ApiVersion(engine.info().apiVersion().major(), engine.info().apiVersion().minor() + 1);
    DockerHttpClient.Request request =
        DockerHttpClient.Request.builder()
            .method(DockerHttpClient.Request.Method.GET)
            .path("/v" + tooNew + "/version")
            .build();
    try (DockerHttpClient.Response response = engine.http().execute(request)) {
      String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(400, response.getStatusCode(), body);
      assertTrue(body.contains(tooNew.toString()), body);
    }
  }

  @Test
  void anExplicitDefaultSocketEndpointGivesTheSameEngine() {
    EngineEndpoint endpoint = engine.endpoint();
    try (EngineConnection again = EngineTests.requireEngine(endpoint)) {
      assertEquals(engine.info(), again.info());
      assertEquals(engine.apiVersion(), again.apiVersion());
    }
  }
}
