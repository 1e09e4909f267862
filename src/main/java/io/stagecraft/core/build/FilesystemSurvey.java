package io.stagecraft.core.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an exported container filesystem (the tar of {@code GET /containers/{id}/export}) and
 * reports its attack surface: a shell, package managers, and files per top-level directory.
 * Symbolic links are followed inside the archive, never on the host.
 */
public final class FilesystemSurvey {

  private static final List<String> SHELLS = List.of("bin/sh", "usr/bin/sh");

  /** Package managers and the paths that betray them; the first present path counts. */
  private static final Map<String, List<String>> PACKAGE_MANAGERS = packageManagers();

  private static final int MAX_LINK_HOPS = 40;

  private final Map<String, TarEntryReader.Entry> entries = new HashMap<>();
  private final Map<String, DirectoryUsage> directories = new TreeMap<>();

  private FilesystemSurvey() {}

  /** Reads the whole tar stream; the caller closes it. */
  public static AttackSurface of(InputStream tar) throws IOException {
    return read(tar).surface();
  }

  /** Reads the whole tar stream, for its attack surface and its file list; the caller closes it. */
  public static FilesystemSurvey read(InputStream tar) throws IOException {
    FilesystemSurvey survey = new FilesystemSurvey();
    TarEntryReader reader = new TarEntryReader(tar);
    for (TarEntryReader.Entry e = reader.next(); e != null; e = reader.next()) {
      survey.add(e);
    }
    return survey;
  }

  /**
   * Every absolute path that leads to a file, as a program in the image would open it: symbolic
   * links to files are followed, and a file under a linked directory is listed under the link's
   * path too ({@code /bin/sh} in a merged-{@code /usr} image, whose {@code /bin} links to {@code
   * usr/bin}), one link deep.
   */
  public Set<String> files() {
    Set<String> files = new HashSet<>();
    List<String> linkedDirectories = new ArrayList<>();
    for (TarEntryReader.Entry e : entries.values()) {
      if (e.isDirectory()) {
        continue;
      }
      if (isFile(e.path())) {
        files.add("/" + e.path());
      } else if (e.isSymlink()) {
        linkedDirectories.add(e.path());
      }
    }
    Set<String> aliases = new HashSet<>();
    for (String link : linkedDirectories) {
      String target = resolvedPath(link);
      TarEntryReader.Entry dir = target == null ? null : entries.get(target);
      if (dir == null || !dir.isDirectory()) {
        continue;
      }
      String prefix = "/" + target + "/";
      for (String f : files) {
        if (f.startsWith(prefix)) {
          aliases.add("/" + link + f.substring(prefix.length() - 1));
        }
      }
    }
    files.addAll(aliases);
    return files;
  }

  private void add(TarEntryReader.Entry e) {
    if (e.path().isEmpty()) {
      return;
    }
    entries.put(e.path(), e);
    if (e.isDirectory()) {
      return;
    }
    int slash = e.path().indexOf('/');
    String top = slash < 0 ? "/" : "/" + e.path().substring(0, slash);
    directories.merge(
        top,
        new DirectoryUsage(1, e.isRegular() ? e.size() : 0),
        (a, b) -> a.plus(b.files(), b.bytes()));
  }

  /** The attack surface: a shell, package managers, and files per top-level directory. */
  public AttackSurface surface() {
    String shell = null;
    for (String candidate : SHELLS) {
      if (isFile(candidate)) {
        shell = "/" + candidate;
        break;
      }
    }
    List<String> managers = new ArrayList<>();
    PACKAGE_MANAGERS.forEach(
        (name, paths) -> {
          if (paths.stream().anyMatch(this::isFile) || (name.equals("pip") && hasPipModule())) {
            managers.add(name);
          }
        });
    return new AttackSurface(shell, managers, directories);
  }

  /** Whether a pip package is installed for some Python, so {@code python -m pip} works. */
  private boolean hasPipModule() {
    for (String path : entries.keySet()) {
      if (path.matches("usr/(local/)?lib/python3[^/]*/(site|dist)-packages/pip/__init__\\.py")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path} leads, through symbolic links in the archive, to a file. */
  boolean isFile(String path) {
    TarEntryReader.Entry e = resolve(path);
    return e != null && (e.isRegular() || e.isHardLink());
  }

  private TarEntryReader.Entry resolve(String path) {
    String resolved = resolvedPath(path);
    return resolved == null ? null : entries.get(resolved);
  }

  /**
   * {@code path} with every symbolic link in the archive followed, or null when it leads nowhere.
   */
  private String resolvedPath(String path) {
    String pending = path;
    for (int hops = 0; hops < MAX_LINK_HOPS; hops++) {
      String[] parts = pending.split("/");
      String resolved = "";
      String restart = null;
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        if (part.isEmpty() || part.equals(".")) {
          continue;
        }
        if (part.equals("..")) {
          resolved = parent(resolved);
          continue;
        }
        String candidate = resolved.isEmpty() ? part : resolved + "/" + part;
        TarEntryReader.Entry e = entries.get(candidate);
        if (e == null) {
          return null;
        }
        if (e.isSymlink()) {
          String target = e.linkTarget();
          String base = target.startsWith("/") ? target.substring(1) : join(resolved, target);
          String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
          restart = rest.isEmpty() ? base : join(base, rest);
          break;
        }
        resolved = candidate;
      }
      if (restart == null) {
        return resolved;
      }
      pending = restart;
    }
    return null;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + "/" + b;
  }

  private static Map<String, List<String>> packageManagers() {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    m.put("apt", inBinDirectories("apt-get", "apt"));
    m.put("dpkg", inBinDirectories("dpkg"));
    m.put("apk", inBinDirectories("apk"));
    m.put("dnf", inBinDirectories("dnf", "microdnf", "dnf5"));
    m.put("yum", inBinDirectories("yum"));
    m.put("rpm", inBinDirectories("rpm"));
    m.put("pip", inBinDirectories("pip", "pip3"));
    return m;
  }

  private static List<String> inBinDirectories(String... commands) {
    List<String> paths = new ArrayList<>();
    for (String command : commands) {
      for (String dir : List.of("usr/bin", "bin", "usr/sbin", "sbin", "usr/local/bin")) {
        paths.add(dir + "/" + command);
      }
    }
    return paths;
  }
}
