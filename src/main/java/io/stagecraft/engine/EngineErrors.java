package io.stagecraft.engine;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
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
    EngineProblem problem = EngineProblem.UNREACHABLE;
    for (Throwable t : chain(failure)) {
      if (t instanceof SSLException) {
        problem = EngineProblem.TLS;
        break;
      }
    }
    String hint =
        problem == EngineProblem.TLS
            ? "TLS handshake failed"
            : "no Docker engine answered";
    return new EngineException(
        problem, hint + " at " + endpoint.describe() + ": " + describe(failure), failure);
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
    java.util.List<Throwable> list = new java.util.ArrayList<>();
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      list.add(t);
    }
    return list;
  }
}
