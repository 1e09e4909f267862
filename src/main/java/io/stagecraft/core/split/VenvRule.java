package io.stagecraft.core.split;

import java.util.List;
import java.util.Map;

/** {@code python -m venv DIR} or {@code virtualenv DIR} makes a virtualenv to copy whole. */
final class VenvRule implements CommandRule {
  @Override
  public String name() {
    return "venv";
  }

  @Override
  public String description() {
    return "python -m venv DIR or virtualenv DIR makes a virtualenv; it is copied whole and needs the same Python "
        + "at the same path in the runtime.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    int dirArg;
    if (Programs.isPythonModule(c, "venv") || Programs.isPythonModule(c, "virtualenv")) {
      dirArg = 3;
    } else if (c.program().equals("virtualenv")) {
      dirArg = 1;
    } else {
      return List.of();
    }
    String dir = null;
    for (int i = dirArg; i < c.argv().size(); i++) {
      String a = c.argv().get(i);
      if (a != null && !a.startsWith("-")) {
        dir = c.resolve(a);
        break;
      }
    }
    if (dir == null) {
      return List.of();
    }
    return List.of(
        new Artifact(
            dir,
            dir,
            Artifact.Kind.DEPENDENCIES,
            name(),
            "line "
                + c.line()
                + " makes the virtualenv "
                + dir
                + "; its python links to the builder's interpreter, so "
                + "the runtime needs the same Python version at the same path.",
            c.line(),
            Map.of()));
  }
}
