package io.stagecraft.engine;

/** Why an engine could not be used, in terms a user can act on. */
public enum EngineProblem {
  /** DOCKER_HOST, a Docker context or TLS files are malformed or missing. */
  CONFIGURATION,
  /** Nothing answered at the endpoint (no socket, connection refused, or no reply in time). */
  UNREACHABLE,
  /** The TLS handshake failed: wrong CA, missing client certificate, or not a TLS endpoint. */
  TLS,
  /** Something answered, but not like a Docker engine. */
  PROTOCOL,
  /** A Docker engine answered, but with no API version in common. */
  INCOMPATIBLE
}
