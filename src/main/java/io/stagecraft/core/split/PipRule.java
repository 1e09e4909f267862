package io.stagecraft.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pip install --target DIR} or {@code --prefix DIR} puts packages in DIR; {@code --user} in
 * the user base; a pip inside a virtualenv installs into it. A plain install goes into the system
 * site-packages, which a runtime image does not get: {@link #systemInstalls} finds those.
 */
final class PipRule implements CommandRule {

  @Override
  public String name() {
    return "pip";
  }

  @Override
  public String description() {
    return "pip install --target DIR, --prefix DIR, --user, or a pip inside a virtualenv, installs packages where they "
        + "can be copied.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    int first = Programs.pipArguments(c);
    if (first < 0 || !"install".equals(c.arg(first))) {
      return List.of();
    }
    String target = c.option("--target");
    target = target != null ? target : c.shortOption("-t");
    if (target != null && c.resolve(target) != null) {
      String dir = c.resolve(target);
      return List.of(
          new Artifact(
              dir,
              dir,
              Artifact.Kind.DEPENDENCIES,
              name(),
              "pip install --target "
                  + target
                  + " on line "
                  + c.line()
                  + " puts the packages in "
                  + dir
                  + "; PYTHONPATH points the runtime's interpreter at them.",
              c.line(),
              Map.of("PYTHONPATH", dir)));
    }
    String prefix = c.option("--prefix");
    if (prefix != null && c.resolve(prefix) != null) {
      String dir = c.resolve(prefix);
      return List.of(
          new Artifact(
              dir,
              dir,
              Artifact.Kind.DEPENDENCIES,
              name(),
              "pip install --prefix "
                  + prefix
                  + " on line "
                  + c.line()
                  + " installs under "
                  + dir
                  + ".",
              c.line(),
              Map.of()));
    }
    if (c.has("--user")) {
      String base =
          c.env().getOrDefault("PYTHONUSERBASE", c.env().getOrDefault("HOME", "/root") + "/.local");
      return List.of(
          new Artifact(
              base,
              base,
              Artifact.Kind.DEPENDENCIES,
              name(),
              "pip install --user on line "
                  + c.line()
                  + " installs into "
                  + base
                  + "; PYTHONUSERBASE keeps it found for "
                  + "another user.",
              c.line(),
              Map.of("PYTHONUSERBASE", base)));
    }
    String venv = venv(c);
    if (venv != null) {
      return List.of(
          new Artifact(
              venv,
              venv,
              Artifact.Kind.DEPENDENCIES,
              name(),
              "pip on line "
                  + c.line()
                  + " belongs to the virtualenv "
                  + venv
                  + " and installs into it.",
              c.line(),
              Map.of()));
    }
    return List.of();
  }

  /** Plain {@code pip install} commands that install into the system site-packages. */
  static List<CommandContext> systemInstalls(List<CommandContext> commands) {
    List<CommandContext> found = new ArrayList<>();
    PipRule rule = new PipRule();
    for (CommandContext c : commands) {
      int first = Programs.pipArguments(c);
      if (first >= 0
          && "install".equals(c.arg(first))
          && rule.recognise(c).isEmpty()
          && !c.has("--root")) {
        found.add(c);
      }
    }
    return found;
  }

  /**
   * The virtualenv whose pip this is, from its path, VIRTUAL_ENV or PATH; null for the system pip.
   */
  private static String venv(CommandContext c) {
    String program = c.arg(0);
    if (program != null && program.contains("/")) {
      String bin = ImagePaths.parent(c.resolve(program) == null ? program : c.resolve(program));
      return Programs.isSystemBin(bin) ? null : ImagePaths.parent(bin);
    }
    if (c.env().containsKey("VIRTUAL_ENV")) {
      return c.env().get("VIRTUAL_ENV");
    }
    String path = c.env().get("PATH");
    if (path != null && !path.isEmpty()) {
      String firstDir = path.split(":")[0];
      if (firstDir.endsWith("/bin")
          && firstDir.startsWith("/")
          && !Programs.isSystemBin(firstDir)
          && !firstDir.startsWith("/usr/")) {
        return ImagePaths.parent(firstDir);
      }
    }
    return null;
  }
}
