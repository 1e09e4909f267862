package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MavenRuleTest {
  @Test
  void packageLeavesJarsInTarget() {
    List<Artifact> found =
        run(
            new MavenRule(),
            lines("FROM maven", "WORKDIR /build", "RUN mvn -B -DskipTests package"));
    assertEquals(List.of("/build/target/*.jar -> /build/target/"), paths(found));
    assertEquals(Artifact.Kind.PROGRAM, found.get(0).kind());
  }

  @Test
  void theWrapperAndAPomElsewhere() {
    assertEquals(
        List.of("/w/server/target/*.jar -> /w/server/target/"),
        paths(
            run(
                new MavenRule(),
                lines("FROM maven", "WORKDIR /w", "RUN ./mvnw -f server/pom.xml clean verify"))));
  }

  @Test
  void goalsWithoutAPackagingPhaseMakeNothing() {
    assertTrue(
        run(new MavenRule(), lines("FROM maven", "WORKDIR /w", "RUN mvn dependency:go-offline"))
            .isEmpty());
  }

  @Test
  void gradleLeavesJarsInBuildLibs() {
    assertEquals(
        List.of("/home/gradle/src/build/libs/*.jar -> /home/gradle/src/build/libs/"),
        paths(
            run(
                new GradleRule(),
                lines(
                    "FROM gradle",
                    "WORKDIR /home/gradle/src",
                    "RUN ./gradlew bootJar --no-daemon"))));
    assertTrue(
        run(new GradleRule(), lines("FROM gradle", "WORKDIR /x", "RUN gradle test")).isEmpty());
  }
}
