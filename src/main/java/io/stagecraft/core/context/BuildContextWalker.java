package io.stagecraft.core.context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the build context the way the docker CLI assembles it for {@code POST /build}: a
 * depth-first walk with the names of each directory sorted bytewise, {@code .dockerignore} applied
 * with Docker's rules, the Dockerfile and {@code .dockerignore} always kept, symbolic links stored
 * and never followed.
 *
 * <p>Nothing is read but metadata; file contents are streamed later by {@link ContextTarWriter}.
 */
public final class BuildContextWalker {

  static final String DOCKERIGNORE = ".dockerignore";

  /** The mode the docker CLI gives the files it adds to the context itself. */
  static final int ADDED_FILE_MODE = 0600;

  private BuildContextWalker() {}

  /**
   * Lists the context.
   *
   * @param contextDir the context directory
   * @param dockerignore the text of {@code .dockerignore} to apply (for example unsaved editor
   *     text); it is also what the context carries as {@code .dockerignore}, so the engine applies
   *     the same rules. Empty (or null) means no patterns.
   * @param dockerfile the Dockerfile and its name in the context. When it is the context's own file
   *     under its own relative path it is kept even if excluded; otherwise it is added under its
   *     entry name (replacing a context file of that name) and the name is appended to the sent
   *     {@code .dockerignore} so the engine keeps it out of {@code COPY . .}, as the docker CLI
   *     does.
   * @throws InvalidDockerIgnoreException when a pattern is invalid, naming its line
   * @throws BuildContextException when the directory or a file cannot be read, or a name is invalid
   */
  public static ContextListing list(
      Path contextDir, String dockerignore, ContextDockerfile dockerfile)
      throws BuildContextException {
    if (!Files.isDirectory(contextDir)) {
      throw new BuildContextException("The build context " + contextDir + " is not a directory");
    }
    String entryName = validEntryName(dockerfile.entryName());
    if (!Files.isRegularFile(dockerfile.file())) {
      throw new BuildContextException(
          "The Dockerfile " + dockerfile.file() + " does not exist or is not a file");
    }
    String ignoreText = dockerignore == null ? "" : dockerignore;
    boolean sentAsOwnFile = isOwnFile(contextDir, dockerfile.file(), entryName);
    DockerIgnore patterns =
        DockerIgnore.parse(ignoreText).keepingBuildFiles(sentAsOwnFile ? entryName : null);

    List<ContextEntry> entries = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    walk(contextDir, "", patterns, ParentMatches.NONE, entries, skipped);

    String sentIgnore = sentAsOwnFile ? ignoreText : ignoreText + "\n" + entryName + "\n";
    if (!sentAsOwnFile) {
      checkRoomFor(entryName, entries);
      entries.removeIf(entry -> entry.name().equals(entryName));
      entries.add(addedDockerfile(dockerfile.file(), entryName));
    }
    placeDockerignore(entries, sentIgnore);
    return ContextListing.of(entries, skipped);
  }

  private static void walk(
      Path directory,
      String relative,
      DockerIgnore patterns,
      ParentMatches parent,
      List<ContextEntry> entries,
      List<String> skipped)
      throws BuildContextException {
    for (Map.Entry<String, Path> child : sortedChildren(directory).entrySet()) {
      String name = relative.isEmpty() ? child.getKey() : relative + "/" + child.getKey();
      Path path = child.getValue();
      BasicFileAttributes attributes = attributes(path);
      DockerIgnore.WalkVerdict verdict = patterns.judge(name, parent);
      if (verdict.excluded()) {
        // An excluded directory is still entered when an exception names something inside it;
        // the directory itself stays out of the context.
        if (attributes.isDirectory()
            && patterns.hasExceptions()
            && patterns.mayReincludeBelow(name)) {
          walk(path, name, patterns, verdict.forChildren(), entries, skipped);
        }
        continue;
      }
      long modified = attributes.lastModifiedTime().toMillis() / 1000;
      if (attributes.isSymbolicLink()) {
        entries.add(ContextEntry.symlink(name, modified, linkTarget(path)));
      } else if (attributes.isDirectory()) {
        entries.add(ContextEntry.directory(name, mode(path, true), modified));
        walk(path, name, patterns, verdict.forChildren(), entries, skipped);
      } else if (attributes.isRegularFile()) {
        // Like the docker CLI, refuse early rather than fail halfway through sending.
        if (!Files.isReadable(path)) {
          throw new BuildContextException(
              "No permission to read "
                  + path
                  + "; make it readable or exclude it in .dockerignore");
        }
        entries.add(ContextEntry.file(name, mode(path, false), attributes.size(), modified, path));
      } else {
        skipped.add(name);
      }
    }
  }

  private static Map<String, Path> sortedChildren(Path directory) throws BuildContextException {
    Map<String, Path> children = new TreeMap<>(GoText.UTF8_ORDER);
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path child : stream) {
        children.put(child.getFileName().toString(), child);
      }
    } catch (IOException e) {
      throw new BuildContextException(
          "Cannot list the directory " + directory + ": " + e.getMessage(), e);
    }
    return children;
  }

  private static BasicFileAttributes attributes(Path path) throws BuildContextException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new BuildContextException(
          "Cannot read the attributes of " + path + ": " + e.getMessage(), e);
    }
  }

  private static String linkTarget(Path link) throws BuildContextException {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw new BuildContextException(
          "Cannot read the symbolic link " + link + ": " + e.getMessage(), e);
    }
  }

  /**
   * The POSIX mode of a file or directory. Where the file system has no POSIX permissions
   * (Windows), the docker CLI sends 0755 for everything, so files stay executable in Linux images.
   */
  static int mode(Path path, boolean directory) throws BuildContextException {
    try {
      Set<PosixFilePermission> permissions =
          Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
      int mode = 0;
      for (PosixFilePermission permission : permissions) {
        mode |= 1 << (8 - permission.ordinal());
      }
      return mode | specialBits(path);
    } catch (UnsupportedOperationException e) {
      return 0755;
    } catch (IOException e) {
      throw new BuildContextException(
          "Cannot read the permissions of " + path + ": " + e.getMessage(), e);
    }
  }

  /** Setuid, setgid and sticky bits, which the NIO permission set does not carry. */
  private static int specialBits(Path path) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return mode instanceof Integer bits ? bits & 07000 : 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 0;
    }
  }

  /**
   * Whether the Dockerfile is the context's own file under its own name. Symbolic links are
   * resolved first, as the docker CLI does, so a link to a file elsewhere counts as a file from
   * outside.
   */
  private static boolean isOwnFile(Path contextDir, Path dockerfile, String entryName)
      throws BuildContextException {
    Path root = realPath(contextDir);
    Path file = realPath(dockerfile);
    return file.startsWith(root)
        && ContextDockerfile.slashPath(root.relativize(file)).equals(entryName);
  }

  private static Path realPath(Path path) throws BuildContextException {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new BuildContextException("Cannot resolve " + path + ": " + e.getMessage(), e);
    }
  }

  private static ContextEntry addedDockerfile(Path file, String entryName)
      throws BuildContextException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return ContextEntry.file(
          entryName,
          ADDED_FILE_MODE,
          attributes.size(),
          attributes.lastModifiedTime().toMillis() / 1000,
          file);
    } catch (IOException e) {
      throw new BuildContextException(
          "Cannot read the Dockerfile " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes the context carry the given {@code .dockerignore} text: it replaces the walked file in
   * place, or is appended when the directory has none and there is something to send.
   */
  private static void placeDockerignore(List<ContextEntry> entries, String text) {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    long now = System.currentTimeMillis() / 1000;
    for (int i = 0; i < entries.size(); i++) {
      ContextEntry existing = entries.get(i);
      if (existing.name().equals(DOCKERIGNORE)) {
        int mode = existing.type() == EntryType.FILE ? existing.mode() : ADDED_FILE_MODE;
        entries.set(
            i, ContextEntry.generatedFile(DOCKERIGNORE, mode, existing.modifiedSeconds(), content));
        return;
      }
    }
    if (content.length > 0) {
      entries.add(ContextEntry.generatedFile(DOCKERIGNORE, ADDED_FILE_MODE, now, content));
    }
  }

  /**
   * An added Dockerfile may replace a file or link of the same name, but not a directory, and its
   * parent directories must not be files.
   */
  private static void checkRoomFor(String entryName, List<ContextEntry> entries)
      throws BuildContextException {
    for (ContextEntry entry : entries) {
      boolean sameName = entry.name().equals(entryName);
      boolean parent = entryName.startsWith(entry.name() + "/");
      if ((sameName && entry.type() == EntryType.DIRECTORY)
          || (parent && entry.type() != EntryType.DIRECTORY)) {
        throw new BuildContextException(
            "Cannot add the Dockerfile as \""
                + entryName
                + "\": the context has "
                + (entry.type() == EntryType.DIRECTORY ? "a directory" : "a file")
                + " named \""
                + entry.name()
                + "\"");
      }
    }
  }

  /** A Dockerfile name must be a clean relative path inside the context. */
  static String validEntryName(String entryName) throws BuildContextException {
    String problem = null;
    if (entryName.isBlank()) {
      problem = "it is empty";
    } else if (entryName.startsWith("/")) {
      problem = "it must be relative to the context";
    } else if (!GoText.cleanPath(entryName).equals(entryName)) {
      problem = "it must be a clean path without '.', '..', '//' or a trailing '/'";
    } else if (entryName.equals("..") || entryName.startsWith("../")) {
      problem = "it must stay inside the context";
    } else if (entryName.equals(DOCKERIGNORE)) {
      problem = "that name is reserved for the ignore file";
    } else if (entryName.indexOf('\0') >= 0 || entryName.indexOf('\\') >= 0) {
      problem = "it must not contain NUL or backslash characters";
    }
    if (problem != null) {
      throw new BuildContextException(
          "Invalid Dockerfile entry name \"" + entryName + "\": " + problem);
    }
    return entryName;
  }
}
