package io.stagecraft.engine;

import com.github.dockerjava.api.model.Image;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The image references ({@code repository:tag}) the engine has locally, for completion after FROM.
 * {@link #get()} never waits: it answers with what the last listing found (nothing at first) and,
 * when that is older than {@link #MAX_AGE}, lists again on a background thread. Without an engine
 * the answer stays empty and the next try waits as long, so a missing engine costs nothing while
 * typing.
 */
public final class LocalImageTags implements Supplier<List<String>>, AutoCloseable {
  /** How long a listing is used before the next request lists again. */
  public static final Duration MAX_AGE = Duration.ofSeconds(30);

  /** How long to wait for an engine before completing without its images. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final Supplier<EngineStatus> connect;
  private final AtomicBoolean listing = new AtomicBoolean();
  private volatile List<String> tags = List.of();

  /** When the last listing ended; at first as if long ago, so the first request lists. */
  private volatile long listedAt = System.nanoTime() - MAX_AGE.toNanos() - 1;

  private EngineConnection connection;

  /** Images of the engine the environment points at, as the docker CLI finds it. */
  public LocalImageTags() {
    this(() -> new EngineConnector(CONNECT_TIMEOUT).connect());
  }

  /** Images of the engine at {@code endpoint} only. */
  public LocalImageTags(EngineEndpoint endpoint) {
    this(() -> new EngineConnector(CONNECT_TIMEOUT).connect(endpoint));
  }

  private LocalImageTags(Supplier<EngineStatus> connect) {
    this.connect = connect;
  }

  @Override
  public List<String> get() {
    if (System.nanoTime() - listedAt > MAX_AGE.toNanos() && listing.compareAndSet(false, true)) {
      Thread t = new Thread(this::listNow, "stagecraft-local-images");
      t.setDaemon(true);
      t.start();
    }
    return tags;
  }

  /** Lists the engine's images now, on the calling thread; empty without an engine. */
  public List<String> listNow() {
    try {
      tags = list();
      return tags;
    } finally {
      listedAt = System.nanoTime();
      listing.set(false);
    }
  }

  private synchronized List<String> list() {
    try {
      if (connection == null) {
        EngineStatus status = connect.get();
        if (!(status instanceof EngineStatus.Connected connected)) {
          return List.of();
        }
        connection = connected.engine();
      }
      TreeSet<String> found = new TreeSet<>();
      for (Image image : connection.client().listImagesCmd().exec()) {
        if (image.getRepoTags() != null) {
          for (String tag : image.getRepoTags()) {
            if (!tag.startsWith("<none>")) {
              found.add(tag);
            }
          }
        }
      }
      return List.copyOf(found);
    } catch (RuntimeException e) {
      // The engine went away or refused: drop the connection and try again next time.
      closeConnection();
      return List.of();
    }
  }

  @Override
  public synchronized void close() {
    closeConnection();
  }

  private synchronized void closeConnection() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }
}
