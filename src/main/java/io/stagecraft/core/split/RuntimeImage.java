package io.stagecraft.core.split;

import java.util.List;

/**
 * What the split knows about a runtime base image.
 *
 * @param reference the image as it will be written in FROM
 * @param entrypoint the image's own ENTRYPOINT; a CMD is passed to it
 * @param user the user it runs as ({@code 65532}, {@code root}, ...); empty for root
 * @param hasShell whether it has {@code /bin/sh}, which shell-form commands need
 * @param hasLibc whether it has a C library, which dynamically linked programs need
 * @param programs the programs it is known to hold, when {@code minimal}
 * @param minimal true when it holds nothing beyond {@code programs} (distroless, scratch)
 * @param source where this knowledge comes from
 * @param description a sentence for the user
 */
public record RuntimeImage(
    String reference,
    List<String> entrypoint,
    String user,
    boolean hasShell,
    boolean hasLibc,
    List<String> programs,
    boolean minimal,
    Source source,
    String description) {

  public RuntimeImage {
    entrypoint = List.copyOf(entrypoint);
    programs = List.copyOf(programs);
    user = user == null ? "" : user;
  }

  /**
   * Where knowledge of an image comes from; inspection beats the catalogue, which beats a guess.
   */
  public enum Source {
    /** The image's real configuration, read from an engine. */
    INSPECTED,
    /** The catalogue of distroless and distribution conventions. */
    CATALOGUE,
    /** Nothing is known: a shell and no ENTRYPOINT are assumed. */
    ASSUMED
  }

  public boolean runsAsRoot() {
    return user.isEmpty()
        || user.equals("root")
        || user.equals("0")
        || user.startsWith("0:")
        || user.startsWith("root:");
  }

  /** This image with an engine's inspection laid over it: every field the engine knows wins. */
  public RuntimeImage inspected(ImageConfig config) {
    if (config == null) {
      return this;
    }
    return new RuntimeImage(
        reference,
        config.entrypoint() != null ? config.entrypoint() : entrypoint,
        config.user() != null ? config.user() : user,
        config.hasShell() != null ? config.hasShell() : hasShell,
        hasLibc,
        programs,
        minimal,
        Source.INSPECTED,
        reference
            + ", as the engine reports it: "
            + config.describe()
            + (config.user() == null || config.hasShell() == null
                ? ". Otherwise: " + description
                : "."));
  }
}
