package io.stagecraft.core.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed {@code .dockerignore}: the ordered patterns and Docker's rules for applying them. A path
 * is excluded when the last pattern that matches it (or one of its parent directories) is not a
 * {@code !} exception.
 */
public final class DockerIgnore {

  private static final DockerIgnore EMPTY = new DockerIgnore(List.of());

  private final List<IgnorePattern> patterns;
  private final boolean hasExceptions;

  private DockerIgnore(List<IgnorePattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.hasExceptions = patterns.stream().anyMatch(IgnorePattern::isException);
  }

  /** No patterns: nothing is excluded. */
  public static DockerIgnore empty() {
    return EMPTY;
  }

  /**
   * Parses the text of a {@code .dockerignore} file as the docker CLI's {@code ignorefile.ReadAll}
   * does: a UTF-8 byte order mark is dropped, a line starting with {@code #} is a comment (only in
   * the first column), surrounding white space is trimmed, blank lines are skipped, and each
   * pattern is cleaned with a leading {@code /} removed. Null is read as empty text.
   *
   * @throws InvalidDockerIgnoreException for the first line Docker would refuse
   */
  public static DockerIgnore parse(String contents) throws InvalidDockerIgnoreException {
    List<IgnorePattern> patterns = new ArrayList<>();
    List<String> lines = lines(contents == null ? "" : contents);
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      if (line.startsWith("#")) {
        continue;
      }
      String pattern = GoText.trimSpace(line);
      if (pattern.isEmpty()) {
        continue;
      }
      try {
        patterns.add(IgnorePattern.compile(normalize(pattern), index + 1));
      } catch (InvalidDockerIgnoreException e) {
        // Report the line as the user wrote it, not its cleaned form.
        throw new InvalidDockerIgnoreException(index + 1, line.strip(), e.reason());
      }
    }
    return new DockerIgnore(patterns);
  }

  /**
   * Compiles patterns given one per element, as patternmatcher's {@code New} does (no comment or
   * leading-slash handling); blank elements are skipped.
   *
   * @throws InvalidDockerIgnoreException naming the 1-based index of the first refused pattern
   */
  public static DockerIgnore of(List<String> patterns) throws InvalidDockerIgnoreException {
    List<IgnorePattern> compiled = new ArrayList<>();
    for (int index = 0; index < patterns.size(); index++) {
      if (!GoText.trimSpace(patterns.get(index)).isEmpty()) {
        compiled.add(IgnorePattern.compile(patterns.get(index), index + 1));
      }
    }
    return new DockerIgnore(compiled);
  }

  /** The patterns in file order. */
  public List<IgnorePattern> patterns() {
    return patterns;
  }

  /** True when any pattern is a {@code !} exception. */
  public boolean hasExceptions() {
    return hasExceptions;
  }

  /**
   * Whether the slash-separated path, relative to the context root, is excluded: patternmatcher's
   * {@code MatchesOrParentMatches}. A pattern matching a parent directory counts as matching the
   * path. The context root itself ({@code "."}) is never excluded.
   */
  public boolean excludes(String path) {
    String file = GoText.cleanPath(path);
    if (file.equals(".")) {
      return false;
    }
    List<String> parents = parentPrefixes(file);
    boolean matched = false;
    for (IgnorePattern pattern : patterns) {
      // Only a pattern that could change the verdict is evaluated, as in patternmatcher.
      if (pattern.isException() != matched) {
        continue;
      }
      boolean match = pattern.matches(file) || parents.stream().anyMatch(pattern::matches);
      if (match) {
        matched = !pattern.isException();
      }
    }
    return matched;
  }

  /**
   * The verdict for a path while walking, given what its parent directory matched: patternmatcher's
   * {@code MatchesUsingParentResults}, the function Docker's context archiver uses.
   */
  WalkVerdict judge(String path, ParentMatches parent) {
    boolean[] matchedHere = new boolean[patterns.size()];
    boolean matched = false;
    for (int i = 0; i < patterns.size(); i++) {
      IgnorePattern pattern = patterns.get(i);
      boolean match = !parent.isEmpty() && parent.matched(i);
      if (!match) {
        if (pattern.isException() != matched) {
          continue;
        }
        match = pattern.matches(path);
        if (!match && parent.isEmpty()) {
          match = parentPrefixes(path).stream().anyMatch(pattern::matches);
        }
      }
      matchedHere[i] = match;
      if (match) {
        matched = !pattern.isException();
      }
    }
    return new WalkVerdict(matched, new ParentMatches(matchedHere));
  }

  /**
   * The docker CLI's rule for an excluded directory: it is still walked when some exception
   * pattern, read as a path, lies inside it (for example {@code !docs/README.md} under {@code
   * docs}). Exceptions that only match through wildcards such as {@code !**}{@code /keep.txt} do
   * not open the directory.
   */
  boolean mayReincludeBelow(String directory) {
    String prefix = directory + "/";
    return patterns.stream()
        .filter(IgnorePattern::isException)
        .anyMatch(pattern -> (pattern.text() + "/").startsWith(prefix));
  }

  /**
   * The docker CLI's {@code TrimBuildFilesFromExcludes}: when the patterns would exclude {@code
   * .dockerignore} or the Dockerfile, an exception is appended so both still reach the engine.
   *
   * @param dockerfile the Dockerfile's slash-separated path inside the context, or null when it is
   *     sent from elsewhere
   */
  DockerIgnore keepingBuildFiles(String dockerfile) throws InvalidDockerIgnoreException {
    List<IgnorePattern> kept = new ArrayList<>(patterns);
    if (matchesCheckingOneParent(".dockerignore")) {
      kept.add(IgnorePattern.compile("!.dockerignore", 0));
    }
    if (dockerfile != null && new DockerIgnore(kept).matchesCheckingOneParent(dockerfile)) {
      kept.add(IgnorePattern.compile("!" + dockerfile, 0));
    }
    return kept.size() == patterns.size() ? this : new DockerIgnore(kept);
  }

  /**
   * patternmatcher's deprecated {@code Matches}, which the docker CLI still uses to decide whether
   * the build files need an exception: a pattern is tried on the path and on the one parent
   * directory that has as many segments as the pattern.
   */
  boolean matchesCheckingOneParent(String path) {
    String file = GoText.cleanPath(path);
    if (file.equals(".")) {
      return false;
    }
    String parent = GoText.parentOf(file);
    List<String> parentSegments = List.of(parent.split("/", -1));
    boolean matched = false;
    for (IgnorePattern pattern : patterns) {
      if (pattern.isException() != matched) {
        continue;
      }
      boolean match = pattern.matches(file);
      if (!match && !parent.equals(".") && pattern.segments().size() <= parentSegments.size()) {
        match =
            pattern.matches(String.join("/", parentSegments.subList(0, pattern.segments().size())));
      }
      if (match) {
        matched = !pattern.isException();
      }
    }
    return matched;
  }

  @Override
  public String toString() {
    return patterns.toString();
  }

  /** The outcome for one walked path: excluded or not, and what to hand to its children. */
  record WalkVerdict(boolean excluded, ParentMatches forChildren) {}

  private static List<String> parentPrefixes(String file) {
    String parent = GoText.parentOf(file);
    if (parent.equals(".")) {
      return Collections.emptyList();
    }
    List<String> prefixes = new ArrayList<>();
    int slash = parent.indexOf('/');
    while (slash >= 0) {
      prefixes.add(parent.substring(0, slash));
      slash = parent.indexOf('/', slash + 1);
    }
    prefixes.add(parent);
    return prefixes;
  }

  /** The ignorefile rule: strip the {@code !}, clean the rest and drop a leading {@code /}. */
  private static String normalize(String pattern) {
    boolean exception = pattern.charAt(0) == '!';
    String rest = exception ? GoText.trimSpace(pattern.substring(1)) : pattern;
    if (!rest.isEmpty()) {
      rest = GoText.cleanPath(rest);
      if (rest.length() > 1 && rest.charAt(0) == '/') {
        rest = rest.substring(1);
      }
    }
    return exception ? "!" + rest : rest;
  }

  /**
   * Splits like Go's {@code bufio.ScanLines}: on LF, dropping a CR before it, with a byte order
   * mark removed.
   */
  private static List<String> lines(String contents) {
    String text = contents.startsWith("\uFEFF") ? contents.substring(1) : contents;
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      String line = text.substring(start, end < 0 ? text.length() : end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lines.add(line);
      start = next;
    }
    return lines;
  }
}
