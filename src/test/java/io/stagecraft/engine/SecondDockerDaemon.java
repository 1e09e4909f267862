package io.stagecraft.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second dockerd for tests, with all its state under one directory: its own data root, exec root,
 * pid file and unix socket, its own bridge and no iptables rules, and optionally listening with
 * {@code --tlsverify} on a free TCP port of 127.0.0.1. Needs root, {@code dockerd} and {@code ip}.
 *
 * <p>It gets a bridge of its own because a dockerd started with {@code --bridge=none} deletes the
 * host's {@code docker0}, which would cut the machine's main engine off from the network.
 */
final class SecondDockerDaemon implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final String bridge;
  private List<ProcessHandle> orphans = List.of();
  final int port;
  final Path socket;

  private final Path dir;

  private SecondDockerDaemon(
      Path dir, Process process, Path log, String bridge, int port, Path socket) {
    this.dir = dir;
    this.process = process;
    this.log = log;
    this.bridge = bridge;
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

  /** Starts dockerd on a unix socket only. */
  static SecondDockerDaemon startLocal(Path dir) throws IOException, InterruptedException {
    return start(dir, null);
  }

  /**
   * Starts dockerd, with TLS material from {@code server} (ca.pem, cert.pem, key.pem) on a TCP port
   * too when it is not null.
   */
  static SecondDockerDaemon start(Path dir, Path server) throws IOException, InterruptedException {
    Path dataRoot = Files.createDirectories(dir.resolve("data"));
    Path execRoot = Files.createDirectories(dir.resolve("exec"));
    Path config = dir.resolve("daemon.json");
    // An empty configuration file keeps the machine's /etc/docker/daemon.json out of it.
    Files.writeString(config, "{}");
    Path socket = dir.resolve("docker.sock");
    Path log = dir.resolve("dockerd.log");
    int port = server == null ? 0 : freePort();
    String bridge =
        "scbr" + ProcessHandle.current().pid() % 100_000 + "x" + (System.nanoTime() % 1000);
    ip("link", "add", bridge, "type", "bridge");
    List<String> command =
        new ArrayList<>(
            List.of(
                "dockerd",
                "--config-file=" + config,
                "--data-root=" + dataRoot,
                "--exec-root=" + execRoot,
                "--pidfile=" + dir.resolve("dockerd.pid"),
                "--host=unix://" + socket,
                "--bridge=" + bridge,
                "--iptables=false",
                "--ip-masq=false",
                // vfs needs no mounts, so nothing is left mounted under the temporary directory.
                "--storage-driver=vfs"));
    if (server != null) {
      command.addAll(
          List.of(
              "--host=tcp://127.0.0.1:" + port,
              "--tlsverify",
              "--tlscacert=" + server.resolve("ca.pem"),
              "--tlscert=" + server.resolve("cert.pem"),
              "--tlskey=" + server.resolve("key.pem")));
    }
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new SecondDockerDaemon(dir, process, log, bridge, port, socket);
    } catch (IOException e) {
      ip("link", "del", bridge);
      throw e;
    }
  }

  private static void ip(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("ip"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
  }

  URI unixHost() {
    return URI.create("unix://" + socket);
  }

  /** Kills dockerd at once (SIGKILL), as a crash would; {@link #close()} still cleans up. */
  void kill() throws InterruptedException {
    // Once dockerd is gone its children are orphans that descendants() no longer finds.
    orphans = process.descendants().toList();
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
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

  /** Waits until the unix socket exists and, with TLS, the TCP port accepts connections. */
  void awaitListening(Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("dockerd exited with " + process.exitValue() + ":\n" + logTail());
      }
      if (Files.exists(socket) && (port == 0 || accepts(port))) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IOException(
        "dockerd did not listen within " + limit.toSeconds() + " s:\n" + logTail());
  }

  /** Stops dockerd (SIGTERM, then SIGKILL after 20 s), and any child it left behind. */
  @Override
  public void close() throws InterruptedException, IOException {
    try {
      stop();
    } finally {
      ip("link", "del", bridge);
    }
  }

  private void stop() throws InterruptedException {
    List<ProcessHandle> children = new ArrayList<>(orphans);
    children.addAll(process.descendants().toList());
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    // Container shims detach from containerd, but name this daemon's state directory.
    ProcessHandle.allProcesses()
        .filter(p -> commandLine(p).contains(dir.toString()))
        .forEach(children::add);
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

  /** The command line of a process, read from /proc; empty when it has gone. */
  static String commandLine(ProcessHandle p) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")))
          .replace('\0', ' ');
    } catch (IOException gone) {
      return "";
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
