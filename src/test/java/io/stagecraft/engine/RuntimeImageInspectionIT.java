package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.split.DistrolessCatalogue;
import io.stagecraft.core.split.ImageConfig;
import io.stagecraft.core.split.RuntimeImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inspecting runtime images for the split on the real engine. */
class RuntimeImageInspectionIT {

  private EngineConnection engine;
  private RuntimeImageInspection inspection;

  @BeforeEach
  void requireEngine() {
    engine = EngineTests.requireEngine();
    inspection = new RuntimeImageInspection(engine);
  }

  @AfterEach
  void close() {
    if (engine != null) { // null when skipped for want of an engine
      engine.close();
    }
  }

  @Test
  void theDistrolessStandInHasTheInterpreterAsEntrypointAUserAndNoShell() throws Exception {
    ImageConfig config = inspection.inspect("stagecraft/distroless-python3:latest").orElseThrow();
    assertEquals(List.of("/usr/bin/python3"), config.entrypoint());
    assertEquals("65532:65532", config.user());
    assertFalse(config.hasShell());
    assertTrue(
        config
            .describe()
            .matches(
                "entrypoint /usr/bin/python3, user 65532:65532, no shell, \\d+ files read from its"
                    + " filesystem"),
        config.describe());
    assertTrue(config.files().contains("/usr/bin/python3"));
    assertFalse(config.files().contains("/bin/sh"));
  }

  @Test
  void theFileListIsTheImagesOwnThroughItsLinks() throws Exception {
    ImageConfig cc = inspection.inspect("stagecraft/distroless-cc:latest").orElseThrow();
    RuntimeImage runtime = new DistrolessCatalogue().resolve("stagecraft/distroless-cc:latest", cc);
    assertEquals(RuntimeImage.Source.INSPECTED, runtime.source());
    assertEquals(Boolean.TRUE, runtime.hasLibrary("libc.so.6"));
    assertEquals(Boolean.TRUE, runtime.hasLibrary("libstdc++.so.6"));
    assertEquals(Boolean.FALSE, runtime.hasLibrary("libz.so.1"), "the stand-in has no zlib");
    assertEquals(Boolean.FALSE, runtime.hasFile("/bin/sh"));
    assertTrue(runtime.hasLibc());

    ImageConfig debian = inspection.inspect("stagecraft/debian:bookworm").orElseThrow();
    // Debian's /bin links to usr/bin: the shell is found under both names.
    assertTrue(debian.files().contains("/bin/sh"));
    assertTrue(debian.files().contains("/usr/bin/sh"));
    assertTrue(debian.files().contains("/usr/bin/env"));
    assertEquals("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", debian.path());
  }

  @Test
  void anImageIsReadOnceByItsId() throws Exception {
    ImageConfig first = inspection.inspect("stagecraft/busybox:latest").orElseThrow();
    ImageConfig again = inspection.inspect("stagecraft/busybox:latest").orElseThrow();
    assertSame(first.files(), again.files(), "the second inspection exported the image again");
  }

  @Test
  void busyboxHasAShellNoEntrypointAndRunsAsRoot() throws Exception {
    ImageConfig config = inspection.inspect("stagecraft/busybox:latest").orElseThrow();
    assertEquals(List.of(), config.entrypoint());
    assertEquals("", config.user());
    assertTrue(config.hasShell());
    assertTrue(config.files().contains("/bin/sh"));
  }

  @Test
  void anImageTheEngineLacksAndScratchLeaveTheCatalogueInCharge() throws Exception {
    assertEquals(Optional.empty(), inspection.inspect("stagecraft/never-built-here:none"));
    assertEquals(Optional.empty(), inspection.inspect("scratch"));
  }
}
