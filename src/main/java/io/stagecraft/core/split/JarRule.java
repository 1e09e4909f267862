package io.stagecraft.core.split;

import java.util.List;

/**
 * The JDK's {@code jar} tool, creating or updating an archive: {@code jar --create --file X},
 * {@code jar -c -f X}, and the bundled letters {@code jar cf X}, {@code jar cfe X Main} or {@code
 * jar -cvf X}, whose {@code f}, {@code m} and {@code e} take their arguments in the order the
 * letters come. An executable jar runs on its own, so the classes it was made from stay behind.
 */
final class JarRule implements CommandRule {

  @Override
  public String name() {
    return "jar";
  }

  @Override
  public String description() {
    return "jar --create --file FILE (or jar cf FILE, jar cfe FILE MAIN) writes the archive FILE,"
        + " which runs on its own.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    if (!c.program().equals("jar")) {
      return List.of();
    }
    String file = c.has("--create", "-c", "--update", "-u") ? c.option("--file", "-f") : null;
    if (file == null) {
      file = bundledFile(c);
    }
    String path = file == null ? null : c.resolve(file);
    if (path == null || path.equals("/")) {
      return List.of();
    }
    return List.of(
        Artifact.program(
            path,
            name(),
            "jar on line " + c.line() + " writes the archive " + path + ".",
            c.line()));
  }

  /** The file of bundled letters such as {@code cvfe}: the argument in the {@code f}'s turn. */
  private static String bundledFile(CommandContext c) {
    String letters = c.arg(1);
    if (letters == null || letters.startsWith("--")) {
      return null;
    }
    letters = letters.startsWith("-") ? letters.substring(1) : letters;
    if (!letters.matches("[a-zA-Z0-9]+")
        || letters.indexOf('c') < 0 && letters.indexOf('u') < 0
        || letters.indexOf('f') < 0) {
      return null;
    }
    int next = 2;
    for (char letter : letters.toCharArray()) {
      if (letter == 'f') {
        return c.arg(next);
      }
      if (letter == 'm' || letter == 'e') {
        next++;
      }
    }
    return null;
  }
}
