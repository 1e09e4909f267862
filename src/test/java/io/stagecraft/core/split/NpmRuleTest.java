package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NpmRuleTest {
  private final NpmRule rule = new NpmRule();

  @Test
  void installAndBuildUseTheAppDirectory() {
    List<Artifact> found =
        run(
            rule,
            lines(
                "FROM node:20",
                "WORKDIR /usr/src/app",
                "RUN npm ci --omit=dev",
                "RUN npm run build:prod",
                "RUN yarn && yarn build"));
    assertEquals(
        List.of(
            "/usr/src/app -> /usr/src/app",
            "/usr/src/app -> /usr/src/app",
            "/usr/src/app -> /usr/src/app",
            "/usr/src/app -> /usr/src/app"),
        paths(found));
    assertTrue(found.get(1).reason().contains("npm run build:prod"), found.get(1).reason());
  }

  @Test
  void globalInstallsAndOtherScriptsMakeNothing() {
    assertTrue(
        run(
                rule,
                lines(
                    "FROM node",
                    "WORKDIR /app",
                    "RUN npm install -g pnpm && npm test && npm run lint"))
            .isEmpty());
  }

  @Test
  void theRootDirectoryIsNotAnAppDirectory() {
    assertTrue(run(rule, lines("FROM node", "RUN npm ci")).isEmpty());
  }
}
