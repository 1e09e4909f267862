package io.stagecraft.engine;

import com.github.dockerjava.core.util.CertificateUtils;
import com.github.dockerjava.transport.SSLConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Builds the TLS context for a TCP engine from Docker's PEM files ({@code ca.pem}, {@code
 * cert.pem}, {@code key.pem}).
 *
 * <p>Unlike docker-java's LocalDirectorySSLConfig, which silently falls back to the JVM defaults
 * when a file is missing, this fails with a message naming the file. Without verification, any
 * server certificate chain is accepted; the transport still checks the host name in the
 * certificate.
 */
final class PemTlsConfig implements SSLConfig {

  private final SSLContext context;

  private PemTlsConfig(SSLContext context) {
    this.context = context;
  }

  /** Loads the PEM files now, so that a bad file is reported before any connection is tried. */
  static PemTlsConfig load(TlsSettings settings) throws EngineException {
    Path dir = settings.certDirectory();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new EngineException(
          EngineProblem.CONFIGURATION, "TLS certificate directory does not exist: " + dir);
    }
    try {
      ensureBouncyCastle();
      KeyManager[] keys = null;
      TrustManager[] trust = null;
      if (dir != null) {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        boolean hasCert = Files.isRegularFile(cert);
        boolean hasKey = Files.isRegularFile(key);
        if (hasCert != hasKey) {
          throw new EngineException(
              EngineProblem.CONFIGURATION,
              "client certificate and key must come together, but only "
                  + (hasCert ? cert : key)
                  + " exists");
        }
        if (hasCert) {
          KeyStore keyStore = CertificateUtils.createKeyStore(read(key), read(cert));
          KeyManagerFactory kmf =
              KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
          // CertificateUtils stores the key under this fixed password.
          kmf.init(keyStore, "docker".toCharArray());
          keys = kmf.getKeyManagers();
        }
        Path ca = dir.resolve("ca.pem");
        if (settings.verifyServer() && Files.isRegularFile(ca)) {
          TrustManagerFactory tmf =
              TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
          tmf.init(CertificateUtils.createTrustStore(read(ca)));
          trust = tmf.getTrustManagers();
        }
      }
      if (!settings.verifyServer()) {
        trust = new TrustManager[] {new AcceptAnyServer()};
      }
      // With trust left null, the JVM's trusted roots check the server, as for any HTTPS site.
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys, trust, new SecureRandom());
      return new PemTlsConfig(context);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new EngineException(
          EngineProblem.CONFIGURATION,
          "cannot load TLS files from " + dir + ": " + EngineErrors.describe(e),
          e);
    }
  }

  /** docker-java's PEM reader asks for the "BC" provider by name, as its own TLS config does. */
  private static synchronized void ensureBouncyCastle() {
    if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
      Security.addProvider(new BouncyCastleProvider());
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.US_ASCII);
  }

  @Override
  public SSLContext getSSLContext() {
    return context;
  }

  /**
   * Trusts any server chain: the meaning of DOCKER_TLS without DOCKER_TLS_VERIFY, or SkipTLSVerify.
   */
  private static final class AcceptAnyServer implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
