package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemTlsConfigTest {

  @TempDir Path dir;

  private EngineException failure(TlsSettings settings) {
    EngineException e = assertThrows(EngineException.class, () -> PemTlsConfig.load(settings));
    assertEquals(EngineProblem.CONFIGURATION, e.problem());
    return e;
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path missing = dir.resolve("nope");
    assertTrue(failure(TlsSettings.verified(missing)).getMessage().contains(missing.toString()));
  }

  @Test
  void aCertificateWithoutItsKeyIsRejected() throws Exception {
    Files.writeString(dir.resolve("cert.pem"), "x");
    EngineException e = failure(TlsSettings.verified(dir));
    assertTrue(e.getMessage().contains("key"), e.getMessage());
    assertTrue(e.getMessage().contains("cert.pem"), e.getMessage());
  }

  @Test
  void aBrokenCaFileIsReportedAsConfiguration() throws Exception {
    Files.writeString(
        dir.resolve("ca.pem"),
        "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");
    EngineException e = failure(TlsSettings.verified(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void withoutVerificationOrFilesAContextIsStillBuilt() throws Exception {
    assertNotNull(PemTlsConfig.load(new TlsSettings(null, false)).getSSLContext());
    // An empty directory with verification: the JVM's trusted roots check the server.
    assertNotNull(PemTlsConfig.load(TlsSettings.verified(dir)).getSSLContext());
  }
}
