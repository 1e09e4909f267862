package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stagecraft split --runtime IMAGE} with an image the catalogue does not know: the engine is
 * asked by default, so the runtime's real ENTRYPOINT shapes the CMD; {@code --offline} does not
 * ask.
 */
class SplitInspectsByDefaultIT {

  /** The Python stand-in under a name no catalogue convention matches. */
  private final String uncatalogued = "stagecraft-it/pyrt:" + UUID.randomUUID();

  @TempDir Path dir;
  private EngineConnection engine;

  @BeforeEach
  void tagTheStandInUnderAnUnknownName() {
    engine = EngineTests.requireEngine();
    int colon = uncatalogued.lastIndexOf(':');
    engine
        .client()
        .tagImageCmd(
            "stagecraft/distroless-python3:latest",
            uncatalogued.substring(0, colon),
            uncatalogued.substring(colon + 1))
        .exec();
  }

  @AfterEach
  void untag() {
    if (engine == null) { // skipped for want of an engine
      return;
    }
    engine.client().removeImageCmd(uncatalogued).exec();
    engine.close();
  }

  @Test
  void anUncataloguedRuntimeIsInspectedWithoutBeingAsked() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("Dockerfile"),
            "FROM python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD [\"python3\", \"app.py\"]\n");
    CliRun r = CliRun.of("split", "--runtime", uncatalogued, f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "inspected "
                    + uncatalogued
                    + " on the engine: entrypoint /usr/bin/python3, user 65532:65532, no shell"),
        r.err());
    assertTrue(r.out().endsWith("CMD [\"app.py\"]\n"), r.out());

    CliRun offline = CliRun.of("split", "--offline", "--runtime", uncatalogued, f.toString());
    assertEquals(0, offline.exit(), offline.err());
    assertTrue(offline.out().endsWith("CMD [\"python3\", \"app.py\"]\n"), offline.out());
    assertTrue(offline.err().contains("is not in the catalogue"), offline.err());
  }
}
