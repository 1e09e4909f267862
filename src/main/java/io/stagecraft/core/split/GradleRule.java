package io.stagecraft.core.split;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code gradle build} (or assemble, jar, bootJar) leaves the jar in {@code build/libs/}. */
final class GradleRule implements CommandRule {
  private static final Set<String> TASKS =
      Set.of("build", "assemble", "jar", "bootJar", "shadowJar", "installDist");

  @Override
  public String name() {
    return "gradle";
  }

  @Override
  public String description() {
    return "gradle build (or assemble, jar, bootJar, shadowJar) leaves the application jar in build/libs/*.jar.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    if (!c.program().equals("gradle") && !c.program().equals("gradlew") || c.cwd() == null) {
      return List.of();
    }
    if (c.argv().stream().noneMatch(a -> a != null && TASKS.contains(a))) {
      return List.of();
    }
    String libs = ImagePaths.resolve(c.cwd(), "build/libs");
    return List.of(
        new Artifact(
            libs + "/*.jar",
            libs + "/",
            Artifact.Kind.PROGRAM,
            name(),
            "gradle on line " + c.line() + " assembles the application into " + libs + "/*.jar.",
            c.line(),
            Map.of()));
  }
}
