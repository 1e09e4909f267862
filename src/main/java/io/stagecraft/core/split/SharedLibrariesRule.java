package io.stagecraft.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared libraries of dynamically linked native programs: the builder collects, with {@code
 * ldd}, every library the runtime is not known to hold into {@link #FOLDER}, and the runtime copies
 * that folder over its root. On a runtime with no C library this brings the C library and the
 * dynamic loader too.
 */
final class SharedLibrariesRule {

  /** Where the builder gathers the libraries, laid out as they go into the runtime. */
  static final String FOLDER = "/runtime-libs";

  /** The libraries a runtime may already hold; any other is always brought along. */
  private static final Set<String> COMMON =
      Set.of(
          "ld-linux-x86-64.so.2",
          "libc.so.6",
          "libm.so.6",
          "libpthread.so.0",
          "libdl.so.2",
          "librt.so.1",
          "libresolv.so.2",
          "libgcc_s.so.1",
          "libstdc++.so.6",
          "libz.so.1",
          "libssl.so.3",
          "libcrypto.so.3");

  /**
   * What the split adds for the libraries.
   *
   * @param builderRun the RUN that ends the builder
   * @param runtimeCopy the COPY --from line of the runtime
   * @param reason why, for the proposals
   * @param line the line of the command that links the first program
   */
  record Collection(String builderRun, String runtimeCopy, String reason, int line) {}

  private SharedLibrariesRule() {}

  /**
   * The collection for the dynamically linked programs the builder makes, or null when there are
   * none (or the builder has no shell to run ldd in).
   */
  static Collection plan(
      BuildScan scan, RuntimeImage runtime, String builderName, char escape, boolean builderShell) {
    List<String> programs = new ArrayList<>();
    int line = 0;
    CCompilerRule compiler = new CCompilerRule();
    MakeRule make = new MakeRule();
    for (CommandContext c : scan.commands()) {
      for (Artifact a : compiler.recognise(c)) {
        if (!CCompilerRule.isStatic(c) && !programs.contains(a.source())) {
          programs.add(a.source());
          line = line == 0 ? c.line() : line;
        }
      }
      for (Artifact a : make.recognise(c)) {
        String found = "$(find " + a.source() + " -type f -perm -u+x)";
        if (a.kind() == Artifact.Kind.INSTALL_TREE
            && !a.source().contains("*")
            && !programs.contains(found)) {
          programs.add(found);
          line = line == 0 ? c.line() : line;
        }
      }
    }
    if (programs.isEmpty() || !builderShell) {
      return null;
    }
    Set<String> present = new TreeSet<>();
    for (String name : COMMON) {
      if (Boolean.TRUE.equals(runtime.hasLibrary(name))) {
        present.add(name);
      }
    }
    String nl = " " + escape + "\n    ";
    String skip =
        present.isEmpty()
            ? ""
            : "case \"${lib##*/}\" in " + String.join("|", present) + ") continue ;; esac;" + nl;
    String run =
        "RUN mkdir -p "
            + FOLDER
            + " && for program in "
            + String.join(" ", programs)
            + "; do ldd \"$program\" 2>/dev/null; done"
            + nl
            + "| awk '$2 == \"=>\" && $3 ~ /^\\// { print \"lib\", $3 } $1 ~ /^\\// { print \"loader\", $1 }'"
            + " | sort -u"
            + nl
            + "| while read -r kind lib; do "
            + skip
            + "if [ \"$kind\" = loader ]; then dir=\"${lib%/*}\"; else dir=\"$(readlink -f \"${lib%/*}\")\"; fi;"
            + nl
            + "mkdir -p \""
            + FOLDER
            + "$dir\" && cp -L \"$lib\" \""
            + FOLDER
            + "$dir/\"; done\n";
    String reason =
        "The program is linked dynamically, so the builder lists its shared libraries with ldd and "
            + "gathers those "
            + runtime.reference()
            + (present.isEmpty()
                ? " may lack (it has no C library of its own, so the C library and the loader too)"
                : " is not known to hold (it has " + String.join(", ", present) + ")")
            + " in "
            + FOLDER
            + ", laid out as in the builder; the runtime copies them over its root.";
    return new Collection(run, "COPY --from=" + builderName + " " + FOLDER + "/ /", reason, line);
  }
}
