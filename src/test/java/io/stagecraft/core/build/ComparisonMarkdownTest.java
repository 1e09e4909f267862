package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison as Markdown, from images as the engine reports them. */
class ComparisonMarkdownTest {

  /**
   * An image whose base was imported ({@code docker import}): its first history entry records no
   * command, as the engine reports it for such images.
   */
  private static ComparedVariant variant(String label, List<ImageLayer> layers) {
    ImageReport image =
        new ImageReport(
            "sha256:" + label.repeat(64),
            layers.stream().mapToLong(ImageLayer::sizeBytes).sum(),
            layers.size(),
            layers,
            "root",
            new AttackSurface("/bin/sh", List.of(), Map.of("/usr", new DirectoryUsage(3, 4096))));
    return new ComparedVariant(
        label,
        "Dockerfile",
        null,
        new BuildResult(image.imageId(), Duration.ofSeconds(2)),
        image,
        null);
  }

  @Test
  void aBaseLayerWithoutACommandSaysSoInsteadOfAnEmptyCodeSpan() {
    ImageLayer imported = new ImageLayer("", 80_000_000, 0, true);
    ImageLayer copy = new ImageLayer("COPY . . # buildkit", 2048, 7, false);
    String md =
        ComparisonMarkdown.of(
            variant("a", List.of(imported, copy)), variant("b", List.of(imported)), null);
    assertFalse(md.contains("``"), md);
    assertTrue(md.contains("| base | 76.3 MiB | (no command recorded) |\n"), md);
    assertTrue(md.contains("| 7 | 2.0 KiB | `COPY . . # buildkit` |\n"), md);
  }
}
