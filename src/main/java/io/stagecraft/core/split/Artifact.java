package io.stagecraft.core.split;

import java.util.Map;

/**
 * Something the builder makes that the runtime needs, with why it was recognised.
 *
 * @param source the absolute path in the builder; may hold a wildcard
 * @param destination the absolute path in the runtime
 * @param kind what it is, which decides whether the app's own files are needed next to it
 * @param rule the name of the rule that recognised it
 * @param reason a sentence for the user
 * @param line the line of the instruction that makes it
 * @param runtimeEnv environment the runtime needs to find it, such as {@code PYTHONPATH}
 */
public record Artifact(
    String source,
    String destination,
    Kind kind,
    String rule,
    String reason,
    int line,
    Map<String, String> runtimeEnv) {

  public Artifact {
    runtimeEnv = Map.copyOf(runtimeEnv);
  }

  /** A program (or archive) that runs on its own, copied to the same path in the runtime. */
  static Artifact program(String path, String rule, String reason, int line) {
    return new Artifact(path, path, Kind.PROGRAM, rule, reason, line, Map.of());
  }

  /** What an artifact is. */
  public enum Kind {
    /** A program or archive that runs on its own: a static binary, a jar. */
    PROGRAM(true),
    /** An installed tree ({@code make install DESTDIR=...}) that holds the program. */
    INSTALL_TREE(true),
    /** Libraries the app loads: site-packages, a virtualenv, node_modules. */
    DEPENDENCIES(false),
    /** The app's own files, such as the WORKDIR of an interpreted app. */
    APP_FILES(false);

    private final boolean standalone;

    Kind(boolean standalone) {
      this.standalone = standalone;
    }

    /** True when the app runs from this alone, without its source files. */
    public boolean standalone() {
      return standalone;
    }
  }
}
