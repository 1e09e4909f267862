package io.stagecraft.core.split;

import java.util.Optional;

/**
 * Knowledge of runtime images by name. {@link DistrolessCatalogue} knows conventions; an engine can
 * supply an {@link ImageConfig} of a real local image, which {@link #resolve} lays over it.
 */
public interface RuntimeCatalogue {

  /** What is known of {@code reference}, or empty when nothing is. */
  Optional<RuntimeImage> lookup(String reference);

  /**
   * The runtime image to plan for: the catalogue's entry, or an assumed one with a shell and no
   * ENTRYPOINT; then the inspected configuration, when given, wins field by field.
   */
  default RuntimeImage resolve(String reference, ImageConfig inspected) {
    RuntimeImage known =
        lookup(reference)
            .orElseGet(
                () ->
                    new RuntimeImage(
                        reference,
                        java.util.List.of(),
                        "",
                        true,
                        true,
                        java.util.List.of(),
                        false,
                        RuntimeImage.Source.ASSUMED,
                        reference
                            + " is not in the catalogue: a shell, a C library and no ENTRYPOINT are assumed.",
                        java.util.Set.of()));
    return known.inspected(inspected);
  }
}
