package io.stagecraft.app;

import io.stagecraft.engine.DockerBuildEngine;
import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineConnector;
import io.stagecraft.engine.EngineEndpoint;
import io.stagecraft.engine.EngineStatus;
import io.stagecraft.ui.build.EngineCheck;
import io.stagecraft.ui.build.EngineGateway;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The build panel's way to the Docker engine: connects with {@link EngineConnector} (bounded by its
 * timeout) and keeps one connection open, closing the one before when asked to connect again.
 */
public final class DockerEngineGateway implements EngineGateway, AutoCloseable {
  private final Supplier<EngineStatus> connect;
  private EngineConnection current;

  /** Connects to the engine the environment points at, as the docker CLI would. */
  public DockerEngineGateway() {
    this(() -> new EngineConnector().connect());
  }

  /** Connects to {@code endpoint} only, giving up after {@code timeout}. */
  public DockerEngineGateway(EngineEndpoint endpoint, Duration timeout) {
    this(() -> new EngineConnector(timeout).connect(endpoint));
  }

  private DockerEngineGateway(Supplier<EngineStatus> connect) {
    this.connect = connect;
  }

  @Override
  public synchronized EngineCheck connect() {
    EngineStatus status = connect.get();
    close();
    if (status instanceof EngineStatus.Connected connected) {
      current = connected.engine();
      var info = current.info();
      return EngineCheck.connected(
          new DockerBuildEngine(current), info.summary(), info.os() + "/" + info.arch());
    }
    EngineStatus.Unavailable why = (EngineStatus.Unavailable) status;
    return EngineCheck.unavailable(why.message());
  }

  @Override
  public synchronized void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
