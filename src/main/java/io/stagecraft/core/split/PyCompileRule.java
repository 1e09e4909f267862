package io.stagecraft.core.split;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code python -m py_compile FILE} and {@code python -m compileall DIR} write bytecode next to the
 * sources.
 */
final class PyCompileRule implements CommandRule {
  /** compileall options that take a value. */
  private static final Set<String> VALUED =
      Set.of("-d", "-x", "-i", "-r", "-j", "-o", "-s", "-p", "--invalidation-mode");

  @Override
  public String name() {
    return "py-compile";
  }

  @Override
  public String description() {
    return "python -m py_compile FILE or python -m compileall DIR writes bytecode next to the sources, which are "
        + "copied with it.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    boolean single = Programs.isPythonModule(c, "py_compile");
    if (!single && !Programs.isPythonModule(c, "compileall")) {
      return List.of();
    }
    Set<String> dirs = new LinkedHashSet<>();
    for (int i = 3; i < c.argv().size(); i++) {
      String a = c.argv().get(i);
      if (a == null) {
        continue;
      }
      if (a.startsWith("-")) {
        i += VALUED.contains(a) ? 1 : 0;
        continue;
      }
      String path = c.resolve(a);
      if (path != null) {
        dirs.add(single ? ImagePaths.parent(path) : path);
      }
    }
    List<Artifact> found = new ArrayList<>();
    for (String dir : dirs) {
      if (!dir.equals("/")) {
        found.add(
            new Artifact(
                dir,
                dir,
                Artifact.Kind.APP_FILES,
                name(),
                "line " + c.line() + " compiles the Python sources in " + dir + " to bytecode.",
                c.line(),
                Map.of()));
      }
    }
    return found;
  }
}
