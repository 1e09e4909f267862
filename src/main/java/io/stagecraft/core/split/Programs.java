package io.stagecraft.core.split;

import java.util.Set;
import java.util.regex.Pattern;

/** Names of the programs the rules look for. */
final class Programs {
  private static final Pattern PYTHON = Pattern.compile("python(\\d+(\\.\\d+)?)?");
  private static final Pattern PIP = Pattern.compile("pip(\\d+(\\.\\d+)?)?");
  private static final Pattern C_COMPILER =
      Pattern.compile("(gcc|cc|g\\+\\+|c\\+\\+|clang|clang\\+\\+)(-\\d+)?");

  /** The directories where a distribution's own programs live. */
  private static final Set<String> SYSTEM_BIN =
      Set.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

  private Programs() {}

  /** True for {@code /usr/bin} and the other directories of a distribution's own programs. */
  static boolean isSystemBin(String dir) {
    return SYSTEM_BIN.contains(dir);
  }

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
