package io.stagecraft.core.build;

import java.util.Objects;

/** A build that did not produce an image: it failed, was cancelled, or lost its engine. */
public final class BuildException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What kind of failure it was. */
  public enum Kind {
    /** The request cannot be built as given: a bad context, Dockerfile or missing base image. */
    INVALID,
    /** The engine ran the build and a step failed. */
    FAILED,
    /** The caller cancelled the build. */
    CANCELLED,
    /** The connection to the engine broke or the engine refused the request. */
    ENGINE
  }

  private final Kind kind;
  private final transient BuildError error;

  public BuildException(Kind kind, BuildError error) {
    this(kind, error, null);
  }

  public BuildException(Kind kind, BuildError error, Throwable cause) {
    super(error.message(), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.error = error;
  }

  public Kind kind() {
    return kind;
  }

  /** The message and, when known, the Dockerfile line. */
  public BuildError error() {
    return error;
  }
}
