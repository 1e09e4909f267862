package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.split.ImageConfig;
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
    assertEquals("entrypoint /usr/bin/python3, user 65532:65532, no shell", config.describe());
  }

  @Test
  void busyboxHasAShellNoEntrypointAndRunsAsRoot() throws Exception {
    ImageConfig config = inspection.inspect("stagecraft/busybox:latest").orElseThrow();
    assertEquals(List.of(), config.entrypoint());
    assertEquals("", config.user());
    assertTrue(config.hasShell());
  }

  @Test
  void anImageTheEngineLacksAndScratchLeaveTheCatalogueInCharge() throws Exception {
    assertEquals(Optional.empty(), inspection.inspect("stagecraft/never-built-here:none"));
    assertEquals(Optional.empty(), inspection.inspect("scratch"));
  }
}
