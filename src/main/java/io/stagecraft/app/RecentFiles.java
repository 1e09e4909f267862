package io.stagecraft.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The files opened or saved last, newest first, kept in the user's preferences. */
public final class RecentFiles {
  static final int LIMIT = 8;
  private final Supplier<Preferences> store;
  private Preferences node;

  public RecentFiles(Preferences node) {
    this(() -> node);
  }

  private RecentFiles(Supplier<Preferences> store) {
    this.store = store;
  }

  /**
   * The user's list. The preferences are read on first use, not at start: reading them loads an XML
   * parser, which would delay the first window.
   */
  public static RecentFiles forUser() {
    return new RecentFiles(() -> Preferences.userRoot().node("io/stagecraft/recent"));
  }

  private Preferences node() {
    if (node == null) {
      node = store.get();
    }
    return node;
  }

  public List<Path> list() {
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < LIMIT; i++) {
      String p = node().get("file" + i, null);
      if (p != null) {
        paths.add(Path.of(p));
      }
    }
    return paths;
  }

  public void add(Path file) {
    List<Path> paths = list();
    Path absolute = file.toAbsolutePath().normalize();
    paths.remove(absolute);
    paths.add(0, absolute);
    for (int i = 0; i < LIMIT; i++) {
      if (i < paths.size()) {
        node().put("file" + i, paths.get(i).toString());
      } else {
        node().remove("file" + i);
      }
    }
    try {
      node().flush();
    } catch (BackingStoreException e) {
      // The list is a convenience: losing it must not stop a save or an open.
    }
  }
}
