package io.stagecraft.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Save As into another folder keeps relative build paths pointing at the same places. */
class BuildSettingsRebaseTest {
  private static final Path SAMPLE = Path.of("/home/me/samples/calc");

  @Test
  void relativeContextAndFileFollowTheProject() {
    VariantSettings a =
        new VariantSettings(
            VariantSettings.Source.FILE,
            "docker/Dockerfile",
            null,
            Map.of("K", "V"),
            ".",
            null,
            null);
    BuildSettings settings = BuildSettings.DEFAULT.withA(a);
    BuildSettings moved = settings.rebased(SAMPLE, Path.of("/home/me/projects"));
    assertEquals("../samples/calc", moved.a().context());
    assertEquals("../samples/calc/docker/Dockerfile", moved.a().file());
    assertEquals("../samples/calc", moved.b().context());
    assertEquals(Map.of("K", "V"), moved.a().buildArgs());
  }

  @Test
  void absolutePathsAndTheSameFolderStayAsTheyAre() {
    VariantSettings b = new VariantSettings(null, null, "runtime", null, "/srv/ctx", null, null);
    BuildSettings settings = BuildSettings.DEFAULT.withB(b);
    assertEquals("/srv/ctx", settings.rebased(SAMPLE, Path.of("/tmp")).b().context());
    assertEquals(".", settings.rebased(SAMPLE, SAMPLE).a().context());
    assertEquals("runtime", settings.rebased(SAMPLE, Path.of("/tmp")).b().target());
  }

  @Test
  void aChosenFolderIsRelativeWhenInOrNextToTheBaseFolder() {
    assertEquals(
        Path.of("docker", "ctx").toString(),
        VariantSettings.relativeTo(SAMPLE.resolve("docker/ctx"), SAMPLE));
    assertEquals(".", VariantSettings.relativeTo(SAMPLE, SAMPLE));
    assertEquals(
        Path.of("..", "shared").toString(),
        VariantSettings.relativeTo(Path.of("/home/me/samples/shared"), SAMPLE));
    assertEquals("..", VariantSettings.relativeTo(Path.of("/home/me/samples"), SAMPLE));
    // Two folders up or more, and with no base folder yet, the path stays absolute.
    assertEquals(
        Path.of("/home/me/other").toAbsolutePath().toString(),
        VariantSettings.relativeTo(Path.of("/home/me/other"), SAMPLE));
    assertEquals(
        Path.of("/srv/ctx").toAbsolutePath().toString(),
        VariantSettings.relativeTo(Path.of("/srv/ctx"), SAMPLE));
    assertEquals(SAMPLE.toAbsolutePath().toString(), VariantSettings.relativeTo(SAMPLE, null));
    // What is stored resolves to the chosen folder again.
    for (Path chosen :
        new Path[] {
          SAMPLE.resolve("docker/ctx"), Path.of("/home/me/samples/shared"), Path.of("/srv/ctx")
        }) {
      assertEquals(
          chosen.toAbsolutePath(),
          SAMPLE.resolve(VariantSettings.relativeTo(chosen, SAMPLE)).normalize().toAbsolutePath());
    }
  }

  @Test
  void withoutAKnownFolderNothingChanges() {
    assertEquals(".", BuildSettings.DEFAULT.rebased(null, Path.of("/tmp")).a().context());
  }
}
