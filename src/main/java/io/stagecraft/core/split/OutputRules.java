package io.stagecraft.core.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output rules, and the COPY sources they add up to. */
public final class OutputRules {
  private static final List<CommandRule> COMMAND_RULES =
      List.of(
          new GoBuildRule(),
          new CCompilerRule(),
          new MakeRule(),
          new PipRule(),
          new VenvRule(),
          new NpmRule(),
          new MavenRule(),
          new GradleRule(),
          new JarRule(),
          new PyCompileRule());
  private static final WorkdirRule WORKDIR = new WorkdirRule();

  private OutputRules() {}

  /** Every rule, in the order they are tried, for listing in the UI. */
  public static List<OutputRule> all() {
    List<OutputRule> all = new ArrayList<>(COMMAND_RULES);
    all.add(WORKDIR);
    return List.copyOf(all);
  }

  /**
   * What the scanned builder makes, in order. When something standalone is among it, the app's own
   * files are left out; when nothing is, the WORKDIR is added.
   */
  public static List<Artifact> recognise(BuildScan scan) {
    List<Artifact> found = new ArrayList<>();
    for (CommandContext c : scan.commands()) {
      for (CommandRule rule : COMMAND_RULES) {
        found.addAll(rule.recognise(c));
      }
    }
    if (found.stream().anyMatch(a -> a.kind().standalone())) {
      // A program that runs on its own does not need the directory it was built in.
      found.removeIf(a -> a.kind() == Artifact.Kind.APP_FILES);
    } else {
      WORKDIR.propose(scan).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /**
   * The artifacts to copy: the recognised ones without those another one already covers (the same
   * path, or a path inside a directory copied to the same place).
   */
  public static List<Artifact> toCopy(List<Artifact> recognised) {
    List<Artifact> kept = new ArrayList<>();
    for (Artifact a : recognised) {
      // Of two that cover each other (the same path), the first one found stays.
      boolean covered =
          recognised.stream()
              .anyMatch(
                  b ->
                      b != a
                          && covers(b, a)
                          && (!covers(a, b) || recognised.indexOf(b) < recognised.indexOf(a)));
      if (!covered) {
        kept.add(a);
      }
    }
    return List.copyOf(kept);
  }

  /** The environment the recognised artifacts need in the runtime. */
  public static Map<String, String> runtimeEnv(List<Artifact> recognised) {
    Map<String, String> env = new LinkedHashMap<>();
    recognised.forEach(a -> env.putAll(a.runtimeEnv()));
    return env;
  }

  /** True when copying {@code outer} also copies {@code inner} to where it would go. */
  static boolean covers(Artifact outer, Artifact inner) {
    return !outer.source().contains("*")
        && keepsPath(outer)
        && keepsPath(inner)
        && ImagePaths.within(directory(inner), strip(outer.source()));
  }

  /** True when the artifact lands at the same path in the runtime as in the builder. */
  private static boolean keepsPath(Artifact a) {
    return directory(a).equals(strip(a.destination()))
        || strip(a.source()).equals(strip(a.destination()));
  }

  /** The path itself, or for a wildcard the directory it matches in. */
  private static String directory(Artifact a) {
    return a.source().contains("*") ? ImagePaths.parent(a.source()) : strip(a.source());
  }

  private static String strip(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
