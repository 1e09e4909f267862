package io.stagecraft.core.syntax;

import static io.stagecraft.core.syntax.Parsed.codes;
import static io.stagecraft.core.syntax.Parsed.lines;
import static io.stagecraft.core.syntax.Parsed.only;
import static io.stagecraft.core.syntax.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstructionsTest {

  @Test
  void allEighteenInstructionsAreKnownCaseInsensitively() {
    String text =
        lines(
            "ARG BASE=debian",
            "from --platform=$BUILDPLATFORM ${BASE}:bookworm As build",
            "Run --mount=type=cache,target=/root/.cache --network=none --security=sandbox make",
            "COPY --from=build --chown=1000:1000 --chmod=755 --link --parents --exclude=*.md src/ /dst/",
            "ADD --chown=1 --chmod=644 --link --keep-git-dir=true --checksum=sha256:abc --unpack=false --exclude=x https://e/x.tgz /x/",
            "CMD [\"app\"]",
            "ENTRYPOINT [\"/bin/app\", \"--serve\"]",
            "ENV A=1 B=\"two words\"",
            "ENV LEGACY value with spaces",
            "EXPOSE 8080/tcp 53/udp",
            "HEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD curl -f localhost",
            "LABEL a=b \"c d\"=e",
            "MAINTAINER someone",
            "ONBUILD RUN echo child",
            "SHELL [\"/bin/bash\", \"-c\"]",
            "STOPSIGNAL SIGTERM",
            "USER 1000:1000",
            "VOLUME /data /cache",
            "WORKDIR /app");
    Dockerfile d = parse(text);
    assertEquals(List.of(), d.diagnostics());
    assertEquals(19, d.instructions().size());
    assertTrue(d.instructions().stream().allMatch(i -> i.kind() != null));
    assertEquals(18, d.instructions().stream().map(Instruction::kind).distinct().count());
  }

  @Test
  void fromWithPlatformAndName() {
    Instruction from =
        only(parse(lines("FROM --platform=linux/arm64 golang:1.22 AS build")), "FROM");
    assertEquals("linux/arm64", from.flag("platform").value());
    assertEquals(
        List.of("golang:1.22", "AS", "build"), from.words().stream().map(Word::raw).toList());
  }

  @Test
  void execFormAndShellForm() {
    Dockerfile d =
        parse(
            lines(
                "FROM x",
                "CMD [\"echo\", \"a b\", \"\\u0041\"]",
                "ENTRYPOINT echo [not json]",
                "RUN [ \"sh\" , \"-c\" ]"));
    Instruction cmd = d.instructions().get(1);
    assertEquals(ArgumentForm.EXEC, cmd.form());
    assertEquals(List.of("echo", "a b", "A"), cmd.words().stream().map(Word::value).toList());
    assertEquals("\"a b\"", cmd.words().get(1).raw());
    assertEquals(ArgumentForm.SHELL, d.instructions().get(2).form());
    assertEquals(ArgumentForm.EXEC, d.instructions().get(3).form());
  }

  @Test
  void invalidJsonFallsBackToShellForm() {
    Dockerfile d = parse(lines("FROM x", "CMD [\"unterminated]", "CMD ['single']", "CMD [\"a\",]"));
    assertEquals(
        List.of(ArgumentForm.SHELL, ArgumentForm.SHELL, ArgumentForm.SHELL),
        d.instructions().subList(1, 4).stream().map(Instruction::form).toList());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void jsonArrayOfNonStringsIsAnError() {
    Dockerfile d = parse(lines("FROM x", "CMD [\"a\", 1]"));
    assertEquals(List.of("json-not-strings"), codes(d));
  }

  @Test
  void flagsWithValuesBareBooleansAndDoubleDash() {
    Dockerfile d = parse(lines("FROM x", "COPY --link --chmod=\"7 5\" -- --weird-name /dst"));
    Instruction copy = d.instructions().get(1);
    assertEquals(2, copy.flags().size());
    assertFalse(copy.flag("link").hasValue());
    assertEquals("7 5", copy.flag("chmod").value());
    assertEquals(List.of("--weird-name", "/dst"), copy.words().stream().map(Word::raw).toList());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void flagValueMapsBackToItsSourceRange() {
    String text = lines("FROM x", "COPY --from=\"build\" /a /b");
    Instruction copy = parse(text).instructions().get(1);
    assertEquals("build", copy.flag("from").valueRange().of(text));
  }

  @Test
  void runMountOptionsOfEveryType() {
    String text =
        lines(
            "FROM x",
            "RUN --mount=type=bind,from=build,source=/out,target=/in \\",
            "    --mount=type=cache,target=/var/cache/apt,sharing=locked,id=apt \\",
            "    --mount=type=tmpfs,target=/tmp,size=64m \\",
            "    --mount=type=secret,id=token,dst=/run/secrets/token,required=true \\",
            "    --mount=type=ssh,id=default,mode=0600 \\",
            "    make");
    Instruction run = parse(text).instructions().get(1);
    List<Flag> mounts = run.flags("mount");
    assertEquals(5, mounts.size());
    Flag.Option from = mounts.get(0).options().get(1);
    assertEquals("from", from.key());
    assertEquals("build", from.value());
    assertEquals("build", from.valueRange().of(text));
    assertEquals(
        List.of("type", "target", "sharing", "id"),
        mounts.get(1).options().stream().map(Flag.Option::key).toList());
  }

  @Test
  void envBothFormsAndLabelPairs() {
    String text =
        lines(
            "FROM x",
            "ENV A=1 B=\"two words\" C=a\\ b",
            "ENV OLD the rest of it",
            "LABEL \"com.example.key\"=\"v\" k=v");
    Dockerfile d = parse(text);
    List<KeyValue> env = d.instructions().get(1).pairs();
    assertEquals(List.of("A", "B", "C"), env.stream().map(KeyValue::name).toList());
    assertEquals(List.of("1", "two words", "a b"), env.stream().map(KeyValue::value).toList());
    assertEquals("\"two words\"", env.get(1).valueRange().of(text));
    KeyValue legacy = d.instructions().get(2).pairs().get(0);
    assertEquals("OLD", legacy.name());
    assertEquals("the rest of it", legacy.value());
    assertEquals(2, d.instructions().get(3).pairs().size());
  }

  @Test
  void argWithSeveralNames() {
    KeyValue[] pairs =
        only(parse(lines("ARG A B=2 C=\"x y\"")), "ARG").pairs().toArray(new KeyValue[0]);
    assertEquals(3, pairs.length);
    assertNull(pairs[0].value());
    assertEquals("2", pairs[1].value());
    assertEquals("x y", pairs[2].value());
  }

  @Test
  void healthcheckNoneAndCmd() {
    Dockerfile d =
        parse(
            lines(
                "FROM x",
                "HEALTHCHECK NONE",
                "HEALTHCHECK --retries=3 CMD [\"curl\", \"-f\", \"http://localhost\"]"));
    assertNull(d.instructions().get(1).trigger());
    Instruction check = d.instructions().get(2);
    assertEquals("CMD", check.trigger().name());
    assertEquals(ArgumentForm.EXEC, check.trigger().form());
    assertEquals("3", check.flag("retries").value());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void onbuildWrapsAnInstruction() {
    Instruction onbuild =
        only(parse(lines("FROM x", "ONBUILD COPY --from=build /a /b")), "ONBUILD");
    assertEquals("COPY", onbuild.trigger().name());
    assertEquals("build", onbuild.trigger().flag("from").value());
  }

  @Test
  void shellMustBeJson() {
    assertEquals(List.of("shell-not-json"), codes(parse(lines("FROM x", "SHELL /bin/bash -c"))));
  }

  @Test
  void variableReferencesAreTokens() {
    String text =
        lines(
            "ARG V=1",
            "FROM img:$V",
            "RUN echo ${A} ${B:-def} ${C:+alt} \\$notavar '$single' \"$double\" ${D:-${E}}");
    Dockerfile d = parse(text);
    assertEquals(
        List.of("V"), d.instructions().get(1).variables().stream().map(VariableRef::name).toList());
    List<VariableRef> refs = d.instructions().get(2).variables();
    assertEquals(
        List.of("A", "B", "C", "double", "D", "E"), refs.stream().map(VariableRef::name).toList());
    assertEquals("${B:-def}", refs.get(1).range().of(text));
  }
}
