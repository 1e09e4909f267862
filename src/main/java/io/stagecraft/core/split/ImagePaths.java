package io.stagecraft.core.split;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Absolute POSIX paths inside an image, as WORKDIR and COPY treat them. */
final class ImagePaths {
  private ImagePaths() {}

  /** {@code path} against {@code base}, normalised; null when either cannot be known. */
  static String resolve(String base, String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    if (!path.startsWith("/")) {
      if (base == null) {
        return null;
      }
      path = base + "/" + path;
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  static String fileName(String path) {
    String p =
        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  /** True when {@code path} is {@code dir} or inside it. */
  static boolean within(String path, String dir) {
    return path.equals(dir) || dir.equals("/") || path.startsWith(dir + "/");
  }

  /**
   * Where a command that names {@code program} bare finds it among copied paths: {@code program} in
   * the first folder of {@code searchPath} (a PATH) that one of {@code copied} fills, or null.
   */
  static String onPath(String searchPath, String program, List<String> copied) {
    for (String dir : searchPath.split(":")) {
      String candidate = resolve(dir, program);
      if (candidate != null && copied.stream().anyMatch(c -> within(candidate, c))) {
        return candidate;
      }
    }
    return null;
  }
}
