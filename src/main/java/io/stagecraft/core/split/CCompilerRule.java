package io.stagecraft.core.split;

import java.util.List;

/** {@code gcc/cc/g++/clang ... -o FILE} links the program FILE ({@code a.out} without -o). */
final class CCompilerRule implements CommandRule {
  @Override
  public String name() {
    return "c-compiler";
  }

  @Override
  public String description() {
    return "gcc, cc, g++ or clang with -o FILE (a.out without it) links the program FILE; -c only makes objects.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    if (!Programs.isCCompiler(c.program()) || c.has("-c", "-E", "-S", "--version", "-v")) {
      return List.of();
    }
    String out = c.shortOption("-o");
    String path = c.resolve(out != null ? out : "a.out");
    if (path == null) {
      return List.of();
    }
    String linking = isStatic(c) ? "statically linked " : "";
    return List.of(
        Artifact.program(
            path,
            name(),
            c.program()
                + " on line "
                + c.line()
                + " links the "
                + linking
                + "program "
                + path
                + ".",
            c.line()));
  }

  /** True when the command links statically, so the program needs no C library at run time. */
  static boolean isStatic(CommandContext c) {
    return c.has("-static", "--static", "-static-pie");
  }
}
