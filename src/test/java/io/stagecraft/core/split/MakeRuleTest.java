package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MakeRuleTest {
  private final MakeRule rule = new MakeRule();

  @Test
  void destdirIsATreeCopiedOntoRoot() {
    List<Artifact> found =
        run(
            rule,
            lines(
                "FROM debian",
                "WORKDIR /src",
                "RUN make && make install DESTDIR=/out PREFIX=/usr"));
    assertEquals(List.of("/src -> /src", "/out/ -> /"), paths(found));
    assertEquals(Artifact.Kind.APP_FILES, found.get(0).kind());
    assertEquals(Artifact.Kind.INSTALL_TREE, found.get(1).kind());
  }

  @Test
  void prefixInstallsUnderIt() {
    assertEquals(
        List.of("/opt/tool -> /opt/tool"),
        paths(
            run(rule, lines("FROM debian", "WORKDIR /src", "RUN make install PREFIX=/opt/tool"))));
    assertEquals(
        List.of("/opt/lower -> /opt/lower"),
        paths(
            run(rule, lines("FROM debian", "WORKDIR /src", "RUN make prefix=/opt/lower install"))));
  }

  @Test
  void destdirFromTheEnvironmentCounts() {
    assertEquals(
        List.of("/stage/ -> /"),
        paths(
            run(
                rule,
                lines("FROM debian", "ENV DESTDIR=/stage", "WORKDIR /src", "RUN make install"))));
  }

  @Test
  void plainInstallGoesUnderUsrLocal() {
    List<Artifact> found = run(rule, lines("FROM debian", "WORKDIR /src", "RUN make -j4 install"));
    assertEquals(List.of("/usr/local -> /usr/local"), paths(found));
    assertTrue(found.get(0).reason().contains("neither DESTDIR nor PREFIX"));
  }

  @Test
  void dashCChangesTheDirectory() {
    assertEquals(
        List.of("/src/lib -> /src/lib"),
        paths(run(rule, lines("FROM debian", "WORKDIR /src", "RUN make -C lib"))));
  }

  @Test
  void makeInTheRootDirectoryNamesNothing() {
    assertTrue(run(rule, lines("FROM debian", "RUN make")).isEmpty());
  }
}
