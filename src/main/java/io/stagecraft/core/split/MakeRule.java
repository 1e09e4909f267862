package io.stagecraft.core.split;

import java.util.List;
import java.util.Map;

/**
 * {@code make install} with {@code DESTDIR=} installs a tree to copy onto {@code /}; with {@code
 * PREFIX=} (or {@code prefix=}) it installs under that prefix; plain {@code make} builds in its
 * directory.
 */
final class MakeRule implements CommandRule {
  @Override
  public String name() {
    return "make";
  }

  @Override
  public String description() {
    return "make install DESTDIR=DIR installs a tree copied onto /; PREFIX=DIR installs under DIR (default /usr/local); "
        + "plain make builds in its directory.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    if (!c.program().equals("make") && !c.program().equals("gmake")) {
      return List.of();
    }
    String dir = c.shortOption("-C");
    dir = dir == null ? c.cwd() : c.resolve(dir);
    boolean install = false;
    for (int i = 1; i < c.argv().size(); i++) {
      String a = c.argv().get(i);
      if (a != null && (a.equals("install") || a.startsWith("install-"))) {
        install = true;
      }
    }
    if (!install) {
      if (dir == null || dir.equals("/")) {
        return List.of();
      }
      return List.of(
          new Artifact(
              dir,
              dir,
              Artifact.Kind.APP_FILES,
              name(),
              "make on line "
                  + c.line()
                  + " builds in "
                  + dir
                  + ", so its outputs are among the files there.",
              c.line(),
              Map.of()));
    }
    String destdir = value(c, "DESTDIR");
    if (destdir != null && ImagePaths.resolve(dir, destdir) != null) {
      String tree = ImagePaths.resolve(dir, destdir);
      return List.of(
          new Artifact(
              tree + "/",
              "/",
              Artifact.Kind.INSTALL_TREE,
              name(),
              "make install DESTDIR="
                  + destdir
                  + " on line "
                  + c.line()
                  + " stages the installed files under "
                  + tree
                  + "; copying that tree onto / puts them where they belong.",
              c.line(),
              Map.of()));
    }
    String prefix = value(c, "PREFIX");
    if (prefix == null) {
      prefix = value(c, "prefix");
    }
    String tree = prefix != null ? ImagePaths.resolve(dir, prefix) : "/usr/local";
    if (tree == null) {
      return List.of();
    }
    String why =
        prefix != null
            ? "make install PREFIX=" + prefix
            : "make install with neither DESTDIR nor PREFIX";
    return List.of(
        new Artifact(
            tree,
            tree,
            Artifact.Kind.INSTALL_TREE,
            name(),
            why + " on line " + c.line() + " installs under " + tree + ".",
            c.line(),
            Map.of()));
  }

  /** A make variable from the command line, else from the environment (make reads both). */
  private static String value(CommandContext c, String name) {
    String v = c.variable(name);
    return v != null ? v : c.env().get(name);
  }
}
