package io.stagecraft.ui.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.Builder;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.persistence.VariantSettings.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantRequestsTest {
  @TempDir Path dir;

  private Sources sources(Path base) {
    return new Sources("FROM design\n", null, "FROM original\n", null, () -> base);
  }

  @Test
  void theDesignIsBuiltFromTheEditorsText() {
    VariantSettings b =
        new VariantSettings(
            Source.DOCUMENT, null, "runtime", Map.of("K", "v"), ".", Builder.CLASSIC, "x:1");
    ResolvedVariant r = VariantRequests.resolve("B", b, sources(dir));
    assertEquals("FROM design\n", r.request().dockerfileText());
    assertEquals("FROM design\n", r.text());
    assertNull(r.request().dockerfile());
    assertEquals(dir.toAbsolutePath().normalize(), r.request().contextDir());
    assertEquals("runtime", r.request().target());
    assertEquals(Map.of("K", "v"), r.request().buildArgs());
    assertEquals(Builder.CLASSIC, r.request().builder());
    assertEquals("x:1", r.request().tag());
    assertEquals("B", r.request().labels().get(BuildLabels.VARIANT));
    assertEquals(VariantRequests.PROJECT, r.request().labels().get(BuildLabels.PROJECT));
  }

  @Test
  void theOriginalAndAFile() throws Exception {
    VariantSettings a = new VariantSettings(Source.ORIGINAL, null, null, null, null, null, null);
    assertEquals("FROM original\n", VariantRequests.resolve("A", a, sources(dir)).text());
    Files.createDirectories(dir.resolve("ctx"));
    Files.writeString(dir.resolve("other.Dockerfile"), "FROM file\n");
    VariantSettings f =
        new VariantSettings(Source.FILE, "other.Dockerfile", null, null, "ctx", null, null);
    ResolvedVariant r = VariantRequests.resolve("A", f, sources(dir));
    assertEquals("FROM file\n", r.text());
    assertEquals(
        dir.resolve("other.Dockerfile").toAbsolutePath().normalize(), r.request().dockerfile());
    assertEquals(dir.resolve("ctx").toAbsolutePath().normalize(), r.request().contextDir());
  }

  @Test
  void withoutAnOriginalTheOriginalIsTheDockerfileAsSaved() throws Exception {
    Path saved = dir.resolve("Dockerfile");
    Files.writeString(saved, "FROM on-disk\n");
    VariantSettings a = new VariantSettings(Source.ORIGINAL, null, null, null, null, null, null);
    Sources plain = new Sources("FROM edited\n", saved, null, null, () -> dir);

    assertTrue(VariantRequests.hasDockerfile(a, plain));
    ResolvedVariant r = VariantRequests.resolve("A", a, plain);
    assertEquals("FROM on-disk\n", r.text());
    assertEquals(saved, r.request().dockerfile());
    assertEquals("Dockerfile (as saved)", r.description());
    // B, the design, is what the editor holds.
    assertEquals(
        "FROM edited\n", VariantRequests.resolve("B", a.withSource(Source.DOCUMENT), plain).text());
  }

  @Test
  void aDesignNeverSavedBuildsInAnEmptyContextByDefault() throws Exception {
    VariantSettings b = new VariantSettings(Source.DOCUMENT, null, null, null, null, null, null);
    Path context = VariantRequests.resolve("B", b, sources(null)).request().contextDir();
    assertTrue(Files.isDirectory(context), context.toString());
    try (var entries = Files.list(context)) {
      assertEquals(0, entries.count());
    }
  }

  @Test
  void problemsAreSaidToTheUser() {
    VariantSettings relative =
        new VariantSettings(Source.DOCUMENT, null, null, null, "ctx", null, null);
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> VariantRequests.resolve("A", relative, sources(null)))
            .getMessage()
            .contains("save the project or give an absolute path"));
    VariantSettings missing = relative.withContext(dir.resolve("nope").toString());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> VariantRequests.resolve("A", missing, sources(dir)))
            .getMessage()
            .endsWith("nope does not exist"));
    VariantSettings original = relative.withContext(".").withSource(Source.ORIGINAL);
    Sources noOriginal = new Sources("FROM d\n", null, null, null, () -> dir);
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> VariantRequests.resolve("A", original, noOriginal))
            .getMessage()
            .contains("nothing to compare with yet"));
    assertFalse(VariantRequests.hasDockerfile(original, noOriginal));
    VariantSettings noFile = relative.withContext(".").withSource(Source.FILE);
    assertEquals(
        "B: choose the Dockerfile to build",
        assertThrows(
                IllegalArgumentException.class,
                () -> VariantRequests.resolve("B", noFile, sources(dir)))
            .getMessage());
  }
}
