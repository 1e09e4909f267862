package io.stagecraft.core.split;

import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.List;
import java.util.Set;

/**
 * Tells what kind of app a stage builds: from its build commands, else its base image, else its
 * CMD.
 */
public final class EcosystemDetector {
  private EcosystemDetector() {}

  /**
   * Detects the ecosystem of a stage from its scan, its resolved base image and its instructions.
   */
  public static Detection detect(BuildScan scan, String base, List<Instruction> instructions) {
    boolean anyC = false;
    boolean allStatic = true;
    CommandContext firstC = null;
    for (CommandContext c : scan.commands()) {
      Ecosystem e = fromCommand(c);
      if (e == Ecosystem.C) {
        if (!anyC) {
          firstC = c;
        }
        anyC = true;
        allStatic &= CCompilerRule.isStatic(c);
      } else if (e != null) {
        return new Detection(
            e,
            c.program() + " on line " + c.line() + " builds a " + e.label() + " app.",
            c.line(),
            false);
      }
    }
    if (anyC) {
      return new Detection(
          Ecosystem.C,
          firstC.program()
              + " on line "
              + firstC.line()
              + " builds a native program"
              + (allStatic ? ", linked statically." : "."),
          firstC.line(),
          allStatic);
    }
    Ecosystem fromBase = fromImage(base);
    if (fromBase != null) {
      return new Detection(
          fromBase, "the base image " + base + " is a " + fromBase.label() + " image.", 0, false);
    }
    for (Instruction i : instructions) {
      if ((i.is(Keyword.CMD) || i.is(Keyword.ENTRYPOINT)) && !i.words().isEmpty()) {
        Word first = i.words().get(0);
        Ecosystem e = fromRunner(ImagePaths.fileName(first.value()));
        if (e != null) {
          return new Detection(
              e,
              i.name() + " on line " + i.line() + " runs " + first.value() + ".",
              i.line(),
              false);
        }
      }
    }
    return new Detection(
        Ecosystem.OTHER, "no build command, base image or CMD names a known ecosystem.", 0, false);
  }

  private static Ecosystem fromCommand(CommandContext c) {
    String p = c.program();
    if (p.equals("go") && ("build".equals(c.arg(1)) || "install".equals(c.arg(1)))) {
      return Ecosystem.GO;
    }
    if (Set.of("mvn", "mvnw", "gradle", "gradlew").contains(p)) {
      return Ecosystem.JAVA;
    }
    if (Set.of("npm", "yarn", "pnpm").contains(p)) {
      return Ecosystem.NODE;
    }
    if ((Programs.isCCompiler(p) && !c.has("--version")) || p.equals("make") || p.equals("gmake")) {
      return Ecosystem.C;
    }
    if (Programs.pipArguments(c) >= 0
        || Programs.isPythonModule(c, "venv")
        || Programs.isPythonModule(c, "compileall")
        || Programs.isPythonModule(c, "py_compile")
        || p.equals("virtualenv")) {
      return Ecosystem.PYTHON;
    }
    return null;
  }

  private static Ecosystem fromImage(String image) {
    if (image == null) {
      return null;
    }
    return switch (DistrolessCatalogue.repository(image)) {
      case "golang" -> Ecosystem.GO;
      case "python", "pypy" -> Ecosystem.PYTHON;
      case "node" -> Ecosystem.NODE;
      case "maven", "gradle", "eclipse-temurin", "openjdk", "amazoncorretto" -> Ecosystem.JAVA;
      case "gcc" -> Ecosystem.C;
      default -> null;
    };
  }

  private static Ecosystem fromRunner(String program) {
    if (Programs.isPython(program)) {
      return Ecosystem.PYTHON;
    }
    return switch (program) {
      case "node", "nodejs" -> Ecosystem.NODE;
      case "java" -> Ecosystem.JAVA;
      default -> null;
    };
  }
}
