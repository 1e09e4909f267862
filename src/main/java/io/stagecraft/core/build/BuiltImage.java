package io.stagecraft.core.build;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An image Stagecraft built, as the engine lists it.
 *
 * @param id the image ID ({@code sha256:…})
 * @param tags its repository tags; empty when it has none
 * @param sizeBytes its size exactly as the engine reports it
 * @param created when the engine made it
 */
public record BuiltImage(String id, List<String> tags, long sizeBytes, Instant created) {
  /** Newest first, as a list of recent work is read; the ID breaks ties. */
  public static final Comparator<BuiltImage> NEWEST_FIRST =
      Comparator.comparing(BuiltImage::created).reversed().thenComparing(BuiltImage::id);

  public BuiltImage {
    tags = List.copyOf(tags);
  }
}
