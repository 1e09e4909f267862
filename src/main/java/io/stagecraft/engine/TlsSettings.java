package io.stagecraft.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to speak TLS to a TCP engine: where the PEM files are, and whether to check the server.
 *
 * @param certDirectory a directory holding {@code ca.pem}, {@code cert.pem} and {@code key.pem}
 *     (any of them may be absent), or {@code null} when there is none
 * @param verifyServer whether the server certificate must chain to {@code ca.pem} (or, without it,
 *     to the JVM's trusted roots)
 */
public record TlsSettings(Path certDirectory, boolean verifyServer) {

  public TlsSettings {
    if (certDirectory != null) {
      certDirectory = certDirectory.toAbsolutePath().normalize();
    }
  }

  public static TlsSettings verified(Path certDirectory) {
    return new TlsSettings(Objects.requireNonNull(certDirectory, "certDirectory"), true);
  }

  /**
   * Whether {@code cert.pem} and {@code key.pem} exist, so a client certificate will be offered.
   */
  public boolean hasClientCertificate() {
    return certDirectory != null
        && Files.isRegularFile(certDirectory.resolve("cert.pem"))
        && Files.isRegularFile(certDirectory.resolve("key.pem"));
  }

  public Optional<Path> certs() {
    return Optional.ofNullable(certDirectory);
  }
}
