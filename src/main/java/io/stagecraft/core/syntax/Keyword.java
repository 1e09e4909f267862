package io.stagecraft.core.syntax;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The 18 Dockerfile instructions, with the flags each one accepts. */
public enum Keyword {
  ADD(
      Set.of("chown", "chmod", "link", "keep-git-dir", "checksum", "unpack", "exclude"),
      Set.of("link", "keep-git-dir", "unpack")),
  ARG,
  CMD,
  COPY(Set.of("from", "chown", "chmod", "link", "parents", "exclude"), Set.of("link", "parents")),
  ENTRYPOINT,
  ENV,
  EXPOSE,
  FROM(Set.of("platform"), Set.of()),
  HEALTHCHECK(Set.of("interval", "timeout", "start-period", "start-interval", "retries"), Set.of()),
  LABEL,
  MAINTAINER,
  ONBUILD,
  RUN(Set.of("mount", "network", "security"), Set.of()),
  SHELL,
  STOPSIGNAL,
  USER,
  VOLUME,
  WORKDIR;

  /** Flags that may be given more than once. */
  private static final Set<String> REPEATABLE = Set.of("mount", "exclude");

  private static final Map<String, Keyword> BY_NAME;

  static {
    java.util.HashMap<String, Keyword> map = new java.util.HashMap<>();
    for (Keyword k : values()) {
      map.put(k.name(), k);
    }
    BY_NAME = Map.copyOf(map);
  }

  private final Set<String> flags;
  private final Set<String> booleanFlags;

  Keyword() {
    this(Set.of(), Set.of());
  }

  Keyword(Set<String> flags, Set<String> booleanFlags) {
    this.flags = flags;
    this.booleanFlags = booleanFlags;
  }

  /** The keyword for a case-insensitive instruction name, or null when it is not one. */
  public static Keyword of(String name) {
    return BY_NAME.get(name.toUpperCase(Locale.ROOT));
  }

  /** The names of the flags this instruction accepts, without the leading dashes. */
  public Set<String> flags() {
    return flags;
  }

  public boolean acceptsFlag(String flag) {
    return flags.contains(flag);
  }

  public boolean isBooleanFlag(String flag) {
    return booleanFlags.contains(flag);
  }

  public boolean isRepeatableFlag(String flag) {
    return REPEATABLE.contains(flag);
  }

  /** RUN, COPY and ADD may carry heredocs. */
  public boolean allowsHeredocs() {
    return this == RUN || this == COPY || this == ADD;
  }
}
