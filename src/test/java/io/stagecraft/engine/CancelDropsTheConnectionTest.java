package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildHandle;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.Builder;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancelling a build drops its connection within the promised second, however the transport wraps
 * the response stream: as Apache HttpClient gives it, buffered, or in a stream whose {@code close}
 * reads the rest of the body first, as a chunked stream does. The engine here is a stand-in on a
 * local port that answers {@code POST /build} with a build that never ends, printing a line every
 * 50 ms, and notes when the client goes away: a real engine cancels the build then. {@code
 * BuildEngineIT.cancelStopsTheBuildOnTheEngineWithinOneSecond} checks the same on dockerd.
 */
class CancelDropsTheConnectionTest {

  /** How the transport under test hands the response body over. */
  enum Wrapping {
    AS_THE_TRANSPORT_GIVES_IT(body -> body),
    BUFFERED(BufferedInputStream::new),
    DRAINING_ON_CLOSE(DrainingOnClose::new);

    final UnaryOperator<InputStream> wrap;

    Wrapping(UnaryOperator<InputStream> wrap) {
      this.wrap = wrap;
    }
  }

  @TempDir Path context;
  private HttpServer server;
  private ExecutorService handlers;
  private final CountDownLatch buildStarted = new CountDownLatch(1);
  private final CountDownLatch clientGone = new CountDownLatch(1);
  private final AtomicLong goneAt = new AtomicLong();

  @BeforeEach
  void startEngine() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.createContext("/", this::endlessBuild);
    server.start();
  }

  @AfterEach
  void stopEngine() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private void endlessBuild(HttpExchange exchange) throws IOException {
    try (InputStream request = exchange.getRequestBody()) {
      request.transferTo(OutputStream.nullOutputStream());
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    try {
      send(out, "Step 1/2 : FROM stagecraft/busybox:latest");
      send(out, "Step 2/2 : RUN sleep 600");
      buildStarted.countDown();
      for (int i = 0; i < 1200; i++) {
        send(out, "still building " + i);
        Thread.sleep(50);
      }
    } catch (IOException gone) {
      goneAt.set(System.nanoTime());
      clientGone.countDown();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private static void send(OutputStream out, String line) throws IOException {
    out.write(("{\"stream\":\"" + line + "\\n\"}\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @ParameterizedTest
  @EnumSource(Wrapping.class)
  void cancelDropsTheConnectionWithinOneSecond(Wrapping wrapping) throws Exception {
    Files.writeString(context.resolve("Dockerfile"), "FROM stagecraft/busybox:latest\n");
    BuildRequest request =
        BuildRequest.of(context, context.resolve("Dockerfile"))
            .withBuilder(Builder.CLASSIC)
            .withPull(true);
    try (EngineConnection engine = connection(wrapping)) {
      BuildHandle build = new DockerBuildEngine(engine).start(request, new RecordingListener());
      assertTrue(buildStarted.await(30, TimeUnit.SECONDS), "the build never started");
      Thread reader = buildThread();

      long cancelled = System.nanoTime();
      build.cancel();
      long cancelReturned = elapsedMs(cancelled);

      ExecutionException e =
          assertThrows(ExecutionException.class, () -> build.result().get(1, TimeUnit.SECONDS));
      assertEquals(BuildException.Kind.CANCELLED, ((BuildException) e.getCause()).kind());
      boolean gone = clientGone.await(1, TimeUnit.SECONDS);
      long goneMs = gone ? TimeUnit.NANOSECONDS.toMillis(goneAt.get() - cancelled) : -1;
      assertTrue(
          gone,
          wrapping
              + ": the engine still had the connection "
              + elapsedMs(cancelled)
              + " ms after cancel (cancel returned after "
              + cancelReturned
              + " ms)");
      assertTrue(goneMs < 1000, wrapping + ": the connection dropped after " + goneMs + " ms");
      reader.join(1000);
      assertFalse(
          reader.isAlive(),
          wrapping
              + ": the build's thread still reads "
              + elapsedMs(cancelled)
              + " ms after cancel");
    }
  }

  /** The one thread reading this build's messages. */
  private static Thread buildThread() {
    List<Thread> builds =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().matches("stagecraft-build-\\d+"))
            .toList();
    assertEquals(1, builds.size(), "build threads: " + builds);
    return builds.get(0);
  }

  private EngineConnection connection(Wrapping wrapping) {
    EngineEndpoint endpoint =
        EngineEndpoint.of(
            URI.create("tcp://127.0.0.1:" + server.getAddress().getPort()), "a stand-in engine");
    ApiVersion api = ApiVersion.parse("1.41");
    EngineInfo info = new EngineInfo("20.10", api, Optional.empty(), "linux", "amd64", "");
    DockerHttpClient http = wrapped(endpoint, wrapping);
    DefaultDockerClientConfig config =
        new DefaultDockerClientConfig.Builder()
            .withDockerHost(endpoint.host().toString())
            .withApiVersion(api.toString())
            .withDockerTlsVerify(false)
            .build();
    return new EngineConnection(
        endpoint,
        info,
        api,
        http,
        DockerClientImpl.getInstance(config, http),
        () -> wrapped(endpoint, wrapping));
  }

  private static DockerHttpClient wrapped(EngineEndpoint endpoint, Wrapping wrapping) {
    DockerHttpClient apache =
        new ApacheDockerHttpClient.Builder().dockerHost(endpoint.host()).build();
    return new WrappingTransport(apache, wrapping.wrap);
  }

  private static long elapsedMs(long since) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
  }

  /** A transport that hands each response body over inside a stream of its own. */
  private record WrappingTransport(DockerHttpClient inner, UnaryOperator<InputStream> wrap)
      implements DockerHttpClient {
    @Override
    public Response execute(Request request) {
      Response response = inner.execute(request);
      InputStream body = wrap.apply(response.getBody());
      return new Response() {
        @Override
        public int getStatusCode() {
          return response.getStatusCode();
        }

        @Override
        public Map<String, List<String>> getHeaders() {
          return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
          return body;
        }

        @Override
        public void close() {
          try {
            body.close();
          } catch (IOException ignored) {
            // The response below closes in any case.
          } finally {
            response.close();
          }
        }
      };
    }

    @Override
    public void close() throws IOException {
      inner.close();
    }
  }

  /** Reads the rest of the body before closing, as HTTP streams do to reuse their connection. */
  private static final class DrainingOnClose extends FilterInputStream {
    DrainingOnClose(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      try {
        in.transferTo(OutputStream.nullOutputStream());
      } finally {
        super.close();
      }
    }
  }
}
