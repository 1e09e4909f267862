package io.stagecraft.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a throwaway CA, a server certificate for 127.0.0.1 and a client certificate with the {@code
 * openssl} command, laid out as Docker expects ({@code ca.pem}, {@code cert.pem}, {@code key.pem}).
 */
final class TestCertificates {

  /** Directory with the CA's certificate and key. */
  final Path caDir;

  /** Directory with ca.pem, cert.pem (server) and key.pem, for dockerd. */
  final Path serverDir;

  /** Directory with ca.pem, cert.pem (client) and key.pem, as DOCKER_CERT_PATH. */
  final Path clientDir;

  private TestCertificates(Path caDir, Path serverDir, Path clientDir) {
    this.caDir = caDir;
    this.serverDir = serverDir;
    this.clientDir = clientDir;
  }

  /** Whether an {@code openssl} command can be run here. */
  static boolean opensslAvailable() {
    try {
      return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor()
          == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Creates a CA and, signed by it, a server and a client certificate under {@code dir}. */
  static TestCertificates create(Path dir) throws IOException, InterruptedException {
    Path ca = Files.createDirectories(dir.resolve("ca"));
    Path server = Files.createDirectories(dir.resolve("server"));
    Path client = Files.createDirectories(dir.resolve("client"));
    createCa(ca, "Stagecraft test CA");

    // The server key is PKCS#8 EC; the client key is a traditional PKCS#1 RSA key, the form older
    // Docker guides produce, so both key formats are read.
    openssl(
        dir,
        "req",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        server.resolve("key.pem").toString(),
        "-subj",
        "/CN=localhost",
        "-out",
        dir.resolve("server.csr").toString());
    Path serverExt = dir.resolve("server.ext");
    Files.writeString(
        serverExt,
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n");
    sign(dir, ca, dir.resolve("server.csr"), serverExt, server.resolve("cert.pem"));

    openssl(dir, "genrsa", "-traditional", "-out", client.resolve("key.pem").toString(), "2048");
    openssl(
        dir,
        "req",
        "-new",
        "-key",
        client.resolve("key.pem").toString(),
        "-subj",
        "/CN=stagecraft-client",
        "-out",
        dir.resolve("client.csr").toString());
    Path clientExt = dir.resolve("client.ext");
    Files.writeString(
        clientExt, "extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature,keyEncipherment\n");
    sign(dir, ca, dir.resolve("client.csr"), clientExt, client.resolve("cert.pem"));

    Files.copy(ca.resolve("ca.pem"), server.resolve("ca.pem"));
    Files.copy(ca.resolve("ca.pem"), client.resolve("ca.pem"));
    return new TestCertificates(ca, server, client);
  }

  /** Creates a self-signed CA in {@code dir}: ca.pem and ca-key.pem. */
  static void createCa(Path dir, String name) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    openssl(
        dir,
        "req",
        "-x509",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=" + name,
        "-keyout",
        dir.resolve("ca-key.pem").toString(),
        "-out",
        dir.resolve("ca.pem").toString());
  }

  private static void sign(Path dir, Path ca, Path csr, Path ext, Path out)
      throws IOException, InterruptedException {
    openssl(
        dir,
        "x509",
        "-req",
        "-in",
        csr.toString(),
        "-days",
        "2",
        "-sha256",
        "-CA",
        ca.resolve("ca.pem").toString(),
        "-CAkey",
        ca.resolve("ca-key.pem").toString(),
        "-CAcreateserial",
        "-extfile",
        ext.toString(),
        "-out",
        out.toString());
  }

  private static void openssl(Path workDir, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    Path log = Files.createTempFile(workDir, "openssl", ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("openssl did not finish within 60 s: " + command);
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          "openssl failed (exit " + p.exitValue() + "): " + command + "\n" + Files.readString(log));
    }
  }
}
