package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.fixed;
import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * hadolint's rules about npm, yarn, go, wget, curl, useradd, ln and commands pointless in a build:
 * cases each reports and cases it leaves alone, inside ONBUILD too.
 */
class HadolintRunCommandRulesTest {

  private static int count(String rule, String text) {
    return problems(rule, text).size();
  }

  private static int both(String rule, String run) {
    return LintFixture.countAlsoInOnbuild(rule, run);
  }

  @Test
  void dl3016NpmPackagesWithoutAVersion() {
    for (String unpinned :
        List.of(
            "express",
            "@myorg/privatepackage",
            "express sax@0.1.1",
            "--global express",
            "git+ssh://git@github.com:npm/npm.git",
            "git+https://isaacs@github.com/npm/npm.git",
            "git://github.com/npm/npm.git",
            "--registry https://example.com express",
            "--registry=https://example.com express")) {
      assertEquals(1, both("DL3016", "RUN npm install " + unpinned), unpinned);
    }
    assertEquals(1, both("DL3016", "RUN npm i -g typescript"));
  }

  @Test
  void dl3016PinnedOrLocalNpmPackages() {
    for (String pinned :
        List.of(
            "",
            "--progress=false",
            "express@4.1.1",
            "@myorg/privatepackage@\">=0.1.0 <0.2.0\"",
            "express@\"4.1.1\" sax@0.1.1",
            "-g express@\"4.1.1\"",
            "package-v1.2.3.tar",
            "package-v1.2.3.tgz",
            "/folder ./folder ../folder ~/folder",
            "git+ssh://git@github.com:npm/npm.git#v1.0.27",
            "git+http://isaacs@github.com/npm/npm#semver:^5.0",
            "--loglevel verbose sax@0.1.1",
            "--registry https://example.com sax@0.1.1")) {
      assertEquals(0, both("DL3016", "RUN npm install " + pinned), pinned);
    }
    assertEquals(0, both("DL3016", "RUN npm run --crazy install"));
    assertEquals(0, both("DL3016", "RUN npm ci"));
  }

  @Test
  void dl3060YarnCacheInStagesThatAreKept() {
    assertEquals(1, both("DL3060", "RUN yarn install foo"));
    assertEquals(1, both("DL3060", "RUN yarn cache clean && yarn install foo"));
    assertEquals(0, both("DL3060", "RUN yarn install bar && yarn cache clean"));
    assertEquals(0, both("DL3060", "RUN foo"));
    assertEquals(0, both("DL3060", "RUN --mount=type=cache,target=/root/.cache/yarn yarn install"));
    assertEquals(0, both("DL3060", "RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install"));
    assertEquals(1, both("DL3060", "RUN --mount=type=cache,target=/var/lib/foo yarn install"));
    assertEquals(
        1, count("DL3060", "FROM node:20 AS foo\nRUN hey\nFROM scratch\nRUN yarn install\n"));
    assertEquals(1, count("DL3060", "FROM node:20 AS foo\nRUN yarn install\nFROM foo\nRUN hey\n"));
    assertEquals(
        0,
        count(
            "DL3060",
            "FROM node:20 AS foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey\n"));
    assertEquals(
        0, count("DL3060", "FROM node:20 AS foo\nRUN yarn install foo\nFROM scratch\nRUN hey\n"));
    assertEquals(
        "FROM a:1\nRUN yarn install && yarn cache clean\n",
        fixed("DL3060", "FROM a:1\nRUN yarn install\n"));
  }

  @Test
  void dl3062GoModulesWithoutAVersion() {
    for (String unpinned :
        List.of(
            "go install example.com/pkg",
            "go install example.com/pkg@latest",
            "go get example.com/pkg",
            "go get -u example.com/pkg@none",
            "go get -tool foobar",
            "go get -tool foobar@latest",
            "go run example.com/pkg",
            "go run example.com/pkg@latest")) {
      assertEquals(1, both("DL3062", "RUN " + unpinned), unpinned);
    }
  }

  @Test
  void dl3062PinnedOrLocalGoPackages() {
    for (String pinned :
        List.of(
            "go install example.com/pkg@v1.2.3",
            "go install /go/app/foobar ./app/foobar .",
            "go get example.com/pkg@v1.2.3",
            "go get -tool foobar@v1.2.3",
            "go run example.com/pkg@v1.2.3 -f --foo bar",
            "go run ./app/foobar",
            "go run main.go",
            "go build -o /app ./cmd/app",
            "go mod download")) {
      assertEquals(0, both("DL3062", "RUN " + pinned), pinned);
    }
  }

  @Test
  void dl3001CommandsPointlessInABuild() {
    assertEquals(1, both("DL3001", "RUN top"));
    assertEquals(1, both("DL3001", "RUN apt-get update && service nginx start"));
    assertEquals(0, both("DL3001", "RUN apt-get install ssh"));
    assertEquals(0, both("DL3001", "RUN echo top ps kill"));
  }

  @Test
  void dl3046UseraddWithAHighUidGetsNoLogInit() {
    assertEquals(1, both("DL3046", "RUN useradd -u 123456 luser"));
    assertEquals(1, both("DL3046", "RUN useradd --uid 1000000 luser"));
    assertEquals(0, both("DL3046", "RUN useradd luser"));
    assertEquals(0, both("DL3046", "RUN useradd -u 12345 luser"));
    assertEquals(0, both("DL3046", "RUN useradd -l -u 123456 luser"));
    assertEquals(0, both("DL3046", "RUN useradd --no-log-init -u 123456 luser"));
    assertEquals(
        "FROM a:1\nRUN useradd -l -u 123456 luser\n",
        fixed("DL3046", "FROM a:1\nRUN useradd -u 123456 luser\n"));
  }

  @Test
  void dl3047WgetWithoutAProgressSettingGetsOne() {
    assertEquals(1, both("DL3047", "RUN wget my.xyz"));
    assertEquals(1, both("DL3047", "RUN curl -O a && wget -O /tmp/x my.xyz"));
    for (String quiet :
        List.of(
            "--progress=dot:giga",
            "-q",
            "--quiet",
            "-qO-",
            "-nv",
            "--no-verbose",
            "--output-file=/tmp/wget.log",
            "-o /tmp/wget.log",
            "--append-output=/tmp/wget.log",
            "-a /tmp/wget.log")) {
      assertEquals(0, both("DL3047", "RUN wget " + quiet + " my.xyz"), quiet);
    }
    assertEquals(
        "FROM a:1\nRUN wget --progress=dot:giga https://x/a.tgz && tar xzf a.tgz\n",
        fixed("DL3047", "FROM a:1\nRUN wget https://x/a.tgz && tar xzf a.tgz\n"));
  }

  @Test
  void dl4001WgetAndCurlInOneStage() {
    assertEquals(1, count("DL4001", "FROM node AS foo\nRUN wget my.xyz\nRUN curl localhost\n"));
    assertEquals(1, count("DL4001", "FROM node AS foo\nRUN wget my.xyz && curl localhost\n"));
    assertEquals(0, count("DL4001", "FROM node AS foo\nRUN wget my.xyz\n"));
    assertEquals(
        0,
        count("DL4001", "FROM node AS foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n"));
    assertEquals(
        1,
        count(
            "DL4001",
            "FROM node\nRUN wget my.xyz\nRUN curl my.xyz\nFROM scratch\nRUN curl localhost\n"));
    assertEquals(
        2,
        count(
            "DL4001",
            "FROM node\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n"));
    assertEquals(
        1, count("DL4001", "FROM node\nONBUILD RUN wget my.xyz\nONBUILD RUN curl localhost\n"));
  }

  @Test
  void dl4005LinkingBinSh() {
    assertEquals(1, both("DL4005", "RUN ln -sfv /bin/bash /bin/sh"));
    assertEquals(0, both("DL4005", "RUN ln -sf /bin/true /sbin/initctl"));
    assertEquals(0, both("DL4005", "RUN ln -s foo bar && unrelated && something_with /bin/sh"));
  }
}
