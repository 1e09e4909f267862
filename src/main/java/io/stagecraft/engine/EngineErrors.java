package io.stagecraft.engine;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;

/** Turns transport exceptions into an {@link EngineProblem} and a one-line message. */
final class EngineErrors {
  private EngineErrors() {}

  /** Classifies a failure seen while talking to {@code endpoint}. */
  static EngineException classify(EngineEndpoint endpoint, Throwable failure) {
    if (failure instanceof EngineException e) {
      return e;
    }
    for (Throwable t : chain(failure)) {
      if (t instanceof SSLException) {
        return new EngineException(
            EngineProblem.TLS,
            "TLS handshake failed at " + endpoint.describe() + ": " + describe(failure),
            failure);
      }
    }
    // With TLS 1.3 the client finishes its side of the handshake before the server checks the
    // client certificate, so a server that wants one just resets the connection.
    if (endpoint.tls() != null && !endpoint.tls().hasClientCertificate() && isReset(failure)) {
      return new EngineException(
          EngineProblem.TLS,
          "the engine at "
              + endpoint.describe()
              + " closed the TLS connection; it probably"
              + " requires a client certificate, and there is no cert.pem and key.pem in "
              + endpoint.tls().certs().map(Object::toString).orElse("any certificate directory")
              + " ("
              + describe(failure)
              + ")",
          failure);
    }
    return new EngineException(
        EngineProblem.UNREACHABLE,
        "no Docker engine answered at " + endpoint.describe() + ": " + describe(failure),
        failure);
  }

  private static boolean isReset(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof SocketException
          && t.getMessage() != null
          && (t.getMessage().contains("reset") || t.getMessage().contains("Broken pipe"))) {
        return true;
      }
    }
    return false;
  }

  /** The most telling message in the cause chain, without stack traces. */
  static String describe(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof ConnectException
          || t instanceof NoSuchFileException
          || t instanceof FileNotFoundException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof SocketTimeoutException
          || t instanceof SSLException) {
        return simpleMessage(t);
      }
    }
    Throwable root = failure;
    for (Throwable t : chain(failure)) {
      root = t;
    }
    return simpleMessage(root);
  }

  private static String simpleMessage(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    return name + ": " + message.lines().findFirst().orElse("");
  }

  private static Iterable<Throwable> chain(Throwable failure) {
    Set<Throwable> seen = new HashSet<>();
    List<Throwable> list = new ArrayList<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      list.add(t);
    }
    return list;
  }
}
