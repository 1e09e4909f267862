package io.stagecraft.core.split;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code mvn package} (or install/verify) leaves the jar in {@code target/}. */
final class MavenRule implements CommandRule {
  private static final Set<String> PHASES = Set.of("package", "install", "verify", "deploy");

  @Override
  public String name() {
    return "maven";
  }

  @Override
  public String description() {
    return "mvn package (or install, verify) leaves the application jar in target/*.jar next to the pom.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    if (!c.program().equals("mvn") && !c.program().equals("mvnw")) {
      return List.of();
    }
    boolean phase = c.argv().stream().anyMatch(a -> a != null && PHASES.contains(a));
    String pom = c.option("-f", "--file");
    String dir =
        pom == null
            ? c.cwd()
            : c.resolve(
                pom.endsWith(".xml")
                    ? ImagePaths.parent(pom.contains("/") ? pom : "./" + pom)
                    : pom);
    if (!phase || dir == null) {
      return List.of();
    }
    String target = ImagePaths.resolve(dir, "target");
    return List.of(
        new Artifact(
            target + "/*.jar",
            target + "/",
            Artifact.Kind.PROGRAM,
            name(),
            "mvn on line " + c.line() + " packages the application into " + target + "/*.jar.",
            c.line(),
            Map.of()));
  }
}
