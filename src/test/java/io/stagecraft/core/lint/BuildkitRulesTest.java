package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.fixed;
import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lint.buildkit.Buildkit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each of BuildKit's checks: a case it reports (message and line) and one it does not. */
class BuildkitRulesTest {

  private static void reports(String rule, String text, int line, String message) {
    List<Problem> found = problems(rule, text);
    assertEquals(1, found.size(), () -> rule + " on\n" + text + "\ngave " + found);
    assertEquals(line, found.get(0).line());
    assertEquals(message, found.get(0).message());
  }

  private static void silent(String rule, String text) {
    List<Problem> found = problems(rule, text);
    assertTrue(found.isEmpty(), () -> rule + " should not report on\n" + text + "\ngave " + found);
  }

  @Test
  void registryHasAllTwentyTwoChecksWithTheirNames() {
    List<String> names = Buildkit.rules().stream().map(Rule::id).toList();
    assertEquals(
        List.of(
            "StageNameCasing",
            "FromAsCasing",
            "NoEmptyContinuation",
            "ConsistentInstructionCasing",
            "DuplicateStageName",
            "ReservedStageName",
            "JSONArgsRecommended",
            "MaintainerDeprecated",
            "UndefinedArgInFrom",
            "WorkdirRelativePath",
            "UndefinedVar",
            "MultipleInstructionsDisallowed",
            "LegacyKeyValueFormat",
            "InvalidBaseImagePlatform",
            "RedundantTargetPlatform",
            "SecretsUsedInArgOrEnv",
            "InvalidDefaultArgInFrom",
            "FromPlatformFlagConstDisallowed",
            "CopyIgnoredFile",
            "InvalidDefinitionDescription",
            "ExposeProtoCasing",
            "ExposeInvalidFormat"),
        names);
  }

  @Test
  void stageNameCasing() {
    String text = "FROM alpine AS Build\nRUN true\nFROM scratch\nCOPY --from=Build /a /a\n";
    reports("StageNameCasing", text, 1, "Stage name 'Build' should be lowercase");
    assertEquals(
        "FROM alpine AS build\nRUN true\nFROM scratch\nCOPY --from=build /a /a\n",
        fixed("StageNameCasing", text));
    silent("StageNameCasing", "FROM alpine AS build\n");
  }

  @Test
  void fromAsCasing() {
    reports(
        "FromAsCasing",
        "FROM alpine as build\n",
        1,
        "'as' and 'FROM' keywords' casing do not match");
    assertEquals("FROM alpine AS build\n", fixed("FromAsCasing", "FROM alpine as build\n"));
    silent("FromAsCasing", "from alpine as build\n");
    silent("FromAsCasing", "From alpine as build\n");
  }

  @Test
  void noEmptyContinuation() {
    String text = "FROM alpine\nRUN apk add \\\n\n    curl\n";
    reports("NoEmptyContinuation", text, 2, "Empty continuation line");
    assertEquals("FROM alpine\nRUN apk add \\\n    curl\n", fixed("NoEmptyContinuation", text));
    silent("NoEmptyContinuation", "FROM alpine\nRUN apk add \\\n    curl\n");
  }

  @Test
  void consistentInstructionCasing() {
    String text = "FROM alpine\nrun echo hi\nRUN echo ho\n";
    reports(
        "ConsistentInstructionCasing",
        text,
        2,
        "Command 'run' should match the case of the command majority (uppercase)");
    assertEquals(
        "FROM alpine\nRUN echo hi\nRUN echo ho\n", fixed("ConsistentInstructionCasing", text));
    silent("ConsistentInstructionCasing", "from alpine\nrun echo hi\n");
  }

  @Test
  void duplicateStageName() {
    reports(
        "DuplicateStageName",
        "FROM alpine AS a\nFROM debian AS A\n",
        2,
        "Duplicate stage name \"a\", stage names should be unique");
    silent("DuplicateStageName", "FROM alpine AS a\nFROM debian AS b\n");
  }

  @Test
  void reservedStageName() {
    reports(
        "ReservedStageName",
        "FROM alpine AS scratch\n",
        1,
        "Stage name should not use the same name as reserved stage \"scratch\"");
    silent("ReservedStageName", "FROM alpine AS base\n");
  }

  @Test
  void jsonArgsRecommended() {
    String text = "FROM alpine\nCMD python app.py\n";
    reports(
        "JSONArgsRecommended",
        text,
        2,
        "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals");
    assertEquals("FROM alpine\nCMD [\"python\", \"app.py\"]\n", fixed("JSONArgsRecommended", text));
    silent("JSONArgsRecommended", "FROM alpine\nCMD [\"python\", \"app.py\"]\n");
    silent(
        "JSONArgsRecommended",
        "FROM alpine AS base\nSHELL [\"/bin/ash\", \"-c\"]\nFROM base\nENTRYPOINT exec app\n");
  }

  @Test
  void maintainerDeprecated() {
    String text = "FROM alpine\nMAINTAINER Ann <ann@example.com>\n";
    reports(
        "MaintainerDeprecated",
        text,
        2,
        "Maintainer instruction is deprecated in favor of using label");
    assertEquals(
        "FROM alpine\nLABEL org.opencontainers.image.authors=\"Ann <ann@example.com>\"\n",
        fixed("MaintainerDeprecated", text));
    silent("MaintainerDeprecated", "FROM alpine\nLABEL org.opencontainers.image.authors=ann\n");
  }

  @Test
  void undefinedArgInFrom() {
    reports(
        "UndefinedArgInFrom",
        "ARG VERSION=1\nFROM alpine:${VERSON}\n",
        2,
        "FROM argument 'VERSON' is not declared (did you mean VERSION?)");
    silent("UndefinedArgInFrom", "ARG VERSION=1\nFROM alpine:${VERSION}\n");
    silent("UndefinedArgInFrom", "FROM --platform=$BUILDPLATFORM alpine\n");
  }

  @Test
  void workdirRelativePath() {
    String text = "FROM alpine\nWORKDIR app\n";
    reports(
        "WorkdirRelativePath",
        text,
        2,
        "Relative workdir \"app\" can have unexpected results if the base image changes");
    assertEquals("FROM alpine\nWORKDIR /app\n", fixed("WorkdirRelativePath", text));
    silent("WorkdirRelativePath", "FROM alpine\nWORKDIR /app\nWORKDIR src\n");
  }

  @Test
  void undefinedVar() {
    reports(
        "UndefinedVar",
        "FROM alpine\nARG VERSION\nCOPY app-$VERSON /app\n",
        3,
        "Usage of undefined variable '$VERSON' (did you mean $VERSION?)");
    silent("UndefinedVar", "FROM alpine\nARG VERSION\nCOPY app-$VERSION /app\n");
    silent("UndefinedVar", "FROM alpine\nENV PATH=$PATH:/opt/bin\n");
    silent("UndefinedVar", "FROM alpine AS a\nENV APP=/app\nFROM a\nWORKDIR $APP\n");
    reports(
        "UndefinedVar",
        "ARG VERSION=1\nFROM alpine\nCOPY app-$VERSION /app\n",
        3,
        "Usage of undefined variable '$VERSION'");
  }

  @Test
  void multipleInstructionsDisallowed() {
    String text = "FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]\n";
    reports(
        "MultipleInstructionsDisallowed",
        text,
        2,
        "Multiple CMD instructions should not be used in the same stage because only the last one"
            + " will be used");
    assertEquals("FROM alpine\nCMD [\"b\"]\n", fixed("MultipleInstructionsDisallowed", text));
    silent(
        "MultipleInstructionsDisallowed", "FROM alpine\nCMD [\"a\"]\nFROM alpine\nCMD [\"b\"]\n");
  }

  @Test
  void legacyKeyValueFormat() {
    String text = "FROM alpine\nENV GREETING hello world\n";
    reports(
        "LegacyKeyValueFormat",
        text,
        2,
        "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format");
    assertEquals(
        "FROM alpine\nENV GREETING=\"hello world\"\n", fixed("LegacyKeyValueFormat", text));
    silent("LegacyKeyValueFormat", "FROM alpine\nENV GREETING=hello\n");
  }

  @Test
  void invalidBaseImagePlatformNeedsTheImageSoItIsSilent() {
    silent("InvalidBaseImagePlatform", "FROM --platform=linux/arm64 alpine AS arm64\n");
  }

  @Test
  void redundantTargetPlatform() {
    String text = "FROM --platform=$TARGETPLATFORM alpine\n";
    reports(
        "RedundantTargetPlatform",
        text,
        1,
        "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the"
            + " default behavior");
    assertEquals("FROM alpine\n", fixed("RedundantTargetPlatform", text));
    silent("RedundantTargetPlatform", "FROM --platform=$BUILDPLATFORM alpine\n");
  }

  @Test
  void secretsUsedInArgOrEnv() {
    reports(
        "SecretsUsedInArgOrEnv",
        "FROM alpine\nARG GITHUB_TOKEN\n",
        2,
        "Do not use ARG or ENV instructions for sensitive data (ARG \"GITHUB_TOKEN\")");
    silent("SecretsUsedInArgOrEnv", "FROM alpine\nARG PUBLIC_KEY\nENV TOKEN_FILE=/run/t\n");
  }

  @Test
  void invalidDefaultArgInFrom() {
    reports(
        "InvalidDefaultArgInFrom",
        "ARG TAG\nFROM alpine:${TAG}\n",
        2,
        "Default value for ARG alpine:${TAG} results in empty or invalid base image name");
    silent("InvalidDefaultArgInFrom", "ARG TAG=3.20\nFROM alpine:${TAG}\n");
  }

  @Test
  void fromPlatformFlagConstDisallowed() {
    reports(
        "FromPlatformFlagConstDisallowed",
        "FROM --platform=linux/amd64 golang AS build\n",
        1,
        "FROM --platform flag should not use constant value \"linux/amd64\"");
    silent(
        "FromPlatformFlagConstDisallowed", "FROM --platform=linux/amd64 golang AS build-amd64\n");
    silent("FromPlatformFlagConstDisallowed", "FROM --platform=$BUILDPLATFORM golang AS build\n");
  }

  @Test
  void copyIgnoredFile() throws Exception {
    String text = "FROM alpine\nCOPY README.md /docs/\nCOPY app.py /app/\n";
    List<Problem> found =
        LintFixture.of("CopyIgnoredFile", LintFixture.lintWithIgnore(text, "*.md\n"));
    assertEquals(1, found.size(), found::toString);
    assertEquals(2, found.get(0).line());
    assertEquals(
        "Attempting to Copy file \"README.md\" that is excluded by .dockerignore",
        found.get(0).message());
    assertTrue(
        LintFixture.of("CopyIgnoredFile", LintFixture.lintWithIgnore(text, "*.md\n!README.md\n"))
            .isEmpty());
  }

  @Test
  void invalidDefinitionDescriptionIsOffUnlessExperimental() {
    String text = "# compiles the app\nFROM golang AS build\n";
    silent("InvalidDefinitionDescription", text);
    reports(
        "InvalidDefinitionDescription",
        "# check=experimental=InvalidDefinitionDescription\n\n" + text,
        4,
        "Comment for FROM should follow the format: `# build <description>`");
    silent(
        "InvalidDefinitionDescription",
        "# check=experimental=all\n\n# build compiles the app\nFROM golang AS build\n");
  }

  @Test
  void exposeProtoCasing() {
    String text = "FROM alpine\nEXPOSE 80/TCP\n";
    reports(
        "ExposeProtoCasing",
        text,
        2,
        "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase");
    assertEquals("FROM alpine\nEXPOSE 80/tcp\n", fixed("ExposeProtoCasing", text));
    silent("ExposeProtoCasing", "FROM alpine\nEXPOSE 80/tcp 443\n");
  }

  @Test
  void exposeInvalidFormat() {
    String text = "FROM alpine\nEXPOSE 127.0.0.1:8080:80\n";
    reports(
        "ExposeInvalidFormat",
        text,
        2,
        "EXPOSE instruction should not define an IP address or host-port mapping, found"
            + " '127.0.0.1:8080:80'");
    assertEquals("FROM alpine\nEXPOSE 80\n", fixed("ExposeInvalidFormat", text));
    silent("ExposeInvalidFormat", "FROM alpine\nEXPOSE 80\n");
  }

  @Test
  void checkDirectiveSkipsAndTurnsWarningsIntoErrors() {
    String text =
        "# check=skip=MaintainerDeprecated;error=true\nFROM alpine\nMAINTAINER x\nWORKDIR a\n";
    assertTrue(problems("MaintainerDeprecated", text).isEmpty());
    assertEquals(LintSeverity.ERROR, problems("WorkdirRelativePath", text).get(0).severity());
    String all = "# check=skip=all\nFROM alpine\nMAINTAINER x\n";
    assertTrue(
        LintFixture.lint(all).problems().stream()
            .noneMatch(p -> p.rule().source() == RuleSource.BUILDKIT));
  }

  @Test
  void buildArgReplacesTheDirective() {
    String text = "# check=skip=all\nFROM alpine\nMAINTAINER x\n";
    LintReport report =
        LintFixture.lint(
            text,
            Map.of("BUILDKIT_DOCKERFILE_CHECK", "skip=JSONArgsRecommended"),
            io.stagecraft.core.lint.config.HadolintConfig.none());
    assertEquals(1, LintFixture.of("MaintainerDeprecated", report).size());
  }

  @Test
  void checkCommentAboveAnInstructionAppliesToIt() {
    String text = "FROM alpine\n# check=skip=MaintainerDeprecated\nMAINTAINER x\nMAINTAINER y\n";
    List<Problem> found = problems("MaintainerDeprecated", text);
    assertEquals(1, found.size());
    assertEquals(4, found.get(0).line());
  }
}
