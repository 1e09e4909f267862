package io.stagecraft.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second dockerd for tests, with all its state under one directory: its own data root, exec
 * root, pid file and unix socket, no bridge and no iptables rules, listening with {@code
 * --tlsverify} on a free TCP port of 127.0.0.1. Needs root and the {@code dockerd} command.
 */
final class SecondDockerDaemon implements AutoCloseable {

  private final Process process;
  private final Path log;
  final int port;
  final Path socket;

  private SecondDockerDaemon(Process process, Path log, int port, Path socket) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.socket = socket;
  }

  /** Whether this machine can run one: root, and dockerd on the PATH. */
  static String unavailableReason() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return "a second dockerd needs root, and this runs as " + System.getProperty("user.name");
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "dockerd"))) {
        return null;
      }
    }
    return "dockerd is not on the PATH (install docker.io: sudo bash .ci/engine.sh)";
  }

  /** Starts dockerd with TLS material from {@code server} (ca.pem, cert.pem, key.pem). */
  static SecondDockerDaemon start(Path dir, Path server) throws IOException {
    Path dataRoot = Files.createDirectories(dir.resolve("data"));
    Path execRoot = Files.createDirectories(dir.resolve("exec"));
    Path config = dir.resolve("daemon.json");
    // An empty configuration file keeps the machine's /etc/docker/daemon.json out of it.
    Files.writeString(config, "{}");
    Path socket = dir.resolve("docker.sock");
    Path log = dir.resolve("dockerd.log");
    int port = freePort();
    List<String> command =
        List.of(
            "dockerd",
            "--config-file=" + config,
            "--data-root=" + dataRoot,
            "--exec-root=" + execRoot,
            "--pidfile=" + dir.resolve("dockerd.pid"),
            "--host=unix://" + socket,
            "--host=tcp://127.0.0.1:" + port,
            "--tlsverify",
            "--tlscacert=" + server.resolve("ca.pem"),
            "--tlscert=" + server.resolve("cert.pem"),
            "--tlskey=" + server.resolve("key.pem"),
            "--bridge=none",
            "--iptables=false",
            "--ip-masq=false",
            // vfs needs no mounts, so nothing is left mounted under the temporary directory.
            "--storage-driver=vfs");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new SecondDockerDaemon(process, log, port, socket);
  }

  URI tcpHost() {
    return URI.create("tcp://127.0.0.1:" + port);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The last lines of the daemon's log, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Waits until the unix socket exists and the TCP port accepts connections. */
  void awaitListening(Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("dockerd exited with " + process.exitValue() + ":\n" + logTail());
      }
      if (Files.exists(socket) && accepts(port)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IOException("dockerd did not listen within " + limit.toSeconds() + " s:\n" + logTail());
  }

  /** Stops dockerd (SIGTERM, then SIGKILL after 20 s), and any child it left behind. */
  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    // dockerd stops the containerd it started; these are only stragglers of this daemon.
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroy();
        child.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        if (child.isAlive()) {
          child.destroyForcibly();
        }
      }
    }
  }

  private static boolean accepts(int port) {
    try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
