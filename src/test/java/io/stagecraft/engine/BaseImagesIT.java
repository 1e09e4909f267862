package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local base images that .ci/images makes are what the engine tests expect them to be. */
class BaseImagesIT {

  static final String BUSYBOX = "stagecraft/busybox:latest";
  static final String DEBIAN = "stagecraft/debian:bookworm";
  static final String DISTROLESS = "stagecraft/distroless-python3:latest";

  /** Containers made here carry this label, so a crashed run's leftovers can be found. */
  static final String LABEL = "io.stagecraft.test";

  private static EngineStatus status;
  private DockerClient docker;

  @BeforeAll
  static void connect() {
    status = new EngineConnector().connect();
  }

  @BeforeEach
  void requireEngine() {
    docker = EngineTests.require(status).client();
  }

  @AfterAll
  static void close() {
    if (status != null) {
      status.connection().ifPresent(EngineConnection::close);
    }
  }

  private record Run(int exitCode, String output) {}

  /** Runs a container to completion, without network, and removes it. */
  private Run run(String image, List<String> entrypoint, String... cmd)
      throws InterruptedException {
    CreateContainerCmd create =
        docker
            .createContainerCmd(image)
            .withLabels(Map.of(LABEL, getClass().getSimpleName()))
            .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
            .withCmd(cmd);
    if (entrypoint != null) {
      create.withEntrypoint(entrypoint);
    }
    String id = create.exec().getId();
    try {
      docker.startContainerCmd(id).exec();
      int exit =
          docker
              .waitContainerCmd(id)
              .exec(new WaitContainerResultCallback())
              .awaitStatusCode(60, TimeUnit.SECONDS);
      StringBuilder out = new StringBuilder();
      docker
          .logContainerCmd(id)
          .withStdOut(true)
          .withStdErr(true)
          .exec(
              new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                  out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
              })
          .awaitCompletion(30, TimeUnit.SECONDS);
      return new Run(exit, out.toString());
    } finally {
      docker.removeContainerCmd(id).withForce(true).exec();
    }
  }

  @Test
  void busyboxRunsItsApplets() throws Exception {
    Run r = run(BUSYBOX, null, "sh", "-c", "echo hi && /usr/bin/env true && id -u");
    assertEquals(0, r.exitCode(), r.output());
    assertEquals("hi\n0\n", r.output());
  }

  @Test
  void debianHasPython3AndAptWithDebianSources() throws Exception {
    Run r =
        run(
            DEBIAN,
            null,
            "sh",
            "-c",
            "python3 -c 'import sys; print(sys.version_info[:2] >= (3, 11))' && command -v apt-get"
                + " && grep -h '^URIs:' /etc/apt/sources.list.d/debian.sources");
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().startsWith("True\n/usr/bin/apt-get\n"), r.output());
    assertTrue(r.output().contains("URIs: http://deb.debian.org/debian\n"), r.output());
  }

  @Test
  void distrolessRunsPythonAsNonRoot() throws Exception {
    Run r =
        run(
            DISTROLESS,
            null,
            "-c",
            "import os, ssl, sqlite3; print(os.getuid(), os.getgid(), 1 + 1)");
    assertEquals(0, r.exitCode(), r.output());
    assertEquals("65532 65532 2\n", r.output());
    InspectImageResponse image = docker.inspectImageCmd(DISTROLESS).exec();
    assertEquals(List.of("/usr/bin/python3"), List.of(image.getConfig().getEntrypoint()));
    assertEquals("65532:65532", image.getConfig().getUser());
  }

  @Test
  void distrolessHasNoShellAndNoPackageManager() throws Exception {
    Run r =
        run(
            DISTROLESS,
            null,
            "-c",
            "import os; print([p for p in ('/bin/sh', '/usr/bin/sh', '/bin/bash', '/usr/bin/bash',"
                + " '/usr/bin/apt-get', '/usr/bin/dpkg', '/bin/busybox') if os.path.lexists(p)])");
    assertEquals(0, r.exitCode(), r.output());
    assertEquals("[]\n", r.output());
    // The engine itself cannot start a shell there.
    assertThrows(DockerException.class, () -> run(DISTROLESS, List.of("/bin/sh"), "-c", "true"));
  }

  @Test
  void distrolessIsMuchSmallerThanTheDebianItCameFrom() {
    long distroless = docker.inspectImageCmd(DISTROLESS).exec().getSize();
    long debian = docker.inspectImageCmd(DEBIAN).exec().getSize();
    assertTrue(distroless < debian / 2, distroless + " vs " + debian);
    assertTrue(distroless < 80_000_000L, "distroless-python3 is " + distroless + " bytes");
  }
}
