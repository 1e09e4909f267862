package io.stagecraft.core.split;

import java.util.regex.Pattern;

/** Names of the programs the rules look for. */
final class Programs {
  private static final Pattern PYTHON = Pattern.compile("python(\\d+(\\.\\d+)?)?");
  private static final Pattern PIP = Pattern.compile("pip(\\d+(\\.\\d+)?)?");
  private static final Pattern C_COMPILER = Pattern.compile("(gcc|cc|g\\+\\+|c\\+\\+|clang|clang\\+\\+)(-\\d+)?");

  private Programs() {}

  static boolean isPython(String program) {
    return PYTHON.matcher(program).matches();
  }

  static boolean isPip(String program) {
    return PIP.matcher(program).matches();
  }

  static boolean isCCompiler(String program) {
    return C_COMPILER.matcher(program).matches();
  }

  /** True for {@code python -m module ...}. */
  static boolean isPythonModule(CommandContext c, String module) {
    return isPython(c.program()) && "-m".equals(c.arg(1)) && module.equals(c.arg(2));
  }

  /** The index of the first word after {@code pip} or {@code python -m pip}, or -1. */
  static int pipArguments(CommandContext c) {
    if (isPip(c.program())) {
      return 1;
    }
    return isPythonModule(c, "pip") ? 3 : -1;
  }
}
