package io.stagecraft.core.model;

import java.util.Locale;

/** Why one node feeds a stage. */
public enum EdgeKind {
  /** {@code FROM <stage or image>}. */
  BASE,
  /** {@code COPY --from=<stage or image>}. */
  COPY,
  /** {@code RUN --mount=...,from=<stage or image>}. */
  MOUNT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
