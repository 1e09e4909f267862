package io.stagecraft.core.split;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code npm ci}/{@code npm install} fill node_modules in their directory, and {@code npm run
 * build} writes its output there: the app directory is what the runtime needs.
 */
final class NpmRule implements CommandRule {
  private static final Set<String> INSTALL = Set.of("ci", "install", "i");
  private static final Set<String> MANAGERS = Set.of("npm", "yarn", "pnpm");

  @Override
  public String name() {
    return "npm";
  }

  @Override
  public String description() {
    return "npm ci or npm install fills node_modules, and npm run build writes its output, in the app directory.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    if (!MANAGERS.contains(c.program()) || c.cwd() == null || c.cwd().equals("/")) {
      return List.of();
    }
    String sub = c.arg(1);
    if (sub == null && c.program().equals("yarn")) {
      sub = "install";
    }
    if (INSTALL.contains(sub) && !c.has("-g", "--global")) {
      return List.of(
          new Artifact(
              c.cwd(),
              c.cwd(),
              Artifact.Kind.APP_FILES,
              name(),
              c.program()
                  + " "
                  + sub
                  + " on line "
                  + c.line()
                  + " installs node_modules into "
                  + c.cwd()
                  + ".",
              c.line(),
              Map.of()));
    }
    boolean build =
        "build".equals(sub)
            || ("run".equals(sub) && c.arg(2) != null && c.arg(2).startsWith("build"));
    if (build) {
      return List.of(
          new Artifact(
              c.cwd(),
              c.cwd(),
              Artifact.Kind.APP_FILES,
              name(),
              c.program()
                  + " "
                  + ("run".equals(sub) ? "run " + c.arg(2) : sub)
                  + " on line "
                  + c.line()
                  + " writes the built app into "
                  + c.cwd()
                  + ".",
              c.line(),
              Map.of()));
    }
    return List.of();
  }
}
