package io.stagecraft.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.build.Builder;
import io.stagecraft.core.lint.LintSeverity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
  @TempDir Path dir;

  @Test
  void anUnsavedDockerfileRoundTripsInline() throws Exception {
    Project project =
        new Project(
            DockerfileSource.unsaved("FROM a AS build\nFROM b\n"),
            DockerfileSource.unsaved("FROM a\n"),
            Map.of("build", new BoxPosition(10.5, 20)),
            Set.of("build"),
            new BuildSettings("app", "runtime", Map.of("VERSION", "1")));
    Path file = dir.resolve("p.stagecraft");
    ProjectFiles.write(file, project);
    assertEquals(project, ProjectFiles.read(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary files are left behind");
    }
  }

  @Test
  void lintRuleSeveritiesRoundTripAndAnUnknownSeverityIsRefused() throws Exception {
    Project project =
        new Project(
            DockerfileSource.unsaved("FROM a\n"),
            null,
            Map.of(),
            Set.of(),
            BuildSettings.DEFAULT,
            Map.of("DL3007", LintSeverity.OFF, "StageNameCasing", LintSeverity.ERROR));
    Path file = dir.resolve("p.stagecraft");
    ProjectFiles.write(file, project);
    String json = Files.readString(file);
    assertTrue(json.contains("\"DL3007\" : \"off\""), json);
    assertEquals(project, ProjectFiles.read(file));

    Files.writeString(file, json.replace("\"off\"", "\"loud\""));
    ProjectFileException e =
        assertThrows(ProjectFileException.class, () -> ProjectFiles.read(file));
    assertTrue(e.getMessage().contains("DL3007"), e.getMessage());
  }

  @Test
  void aProjectWithoutLintSettingsKeepsEveryRuleAtItsDefault() throws Exception {
    Path file = dir.resolve("p.stagecraft");
    ProjectFiles.write(file, Project.of(DockerfileSource.unsaved("FROM a\n")));
    assertFalse(Files.readString(file).contains("lint"));
    assertEquals(Map.of(), ProjectFiles.read(file).lintRules());
  }

  @Test
  void aSavedDockerfileIsWrittenBesideAndReferencedByRelativePath() throws Exception {
    Path dockerfile = dir.resolve("src/Dockerfile");
    Files.createDirectories(dockerfile.getParent());
    Project project = Project.of(new DockerfileSource(dockerfile, "FROM scratch\n"));
    Path file = dir.resolve("p.stagecraft");
    ProjectFiles.write(file, project);
    assertEquals("FROM scratch\n", Files.readString(dockerfile));
    String json = Files.readString(file);
    assertTrue(json.contains("\"path\" : \"src/Dockerfile\""), json);
    assertFalse(json.contains("FROM scratch"), json);
    Project read = ProjectFiles.read(file);
    assertEquals(dockerfile, read.dockerfile().path());
    assertEquals("FROM scratch\n", read.dockerfile().text());
    assertNull(read.original());
  }

  @Test
  void aLatin1DockerfileKeepsItsBytesAndTakesUtf8OnlyForWhatLatin1CannotHold() throws Exception {
    Path dockerfile = dir.resolve("Dockerfile");
    byte[] latin1 =
        "# Caf\u00e9\nFROM scratch\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(dockerfile, latin1);
    Path file = dir.resolve("p.stagecraft");
    ProjectFiles.write(
        file, Project.of(new DockerfileSource(dockerfile, "# Caf\u00e9\nFROM scratch\n")));
    Project read = ProjectFiles.read(file);
    assertEquals("# Caf\u00e9\nFROM scratch\n", read.dockerfile().text());
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        latin1, Files.readAllBytes(dockerfile), "the bytes are kept");
    // A euro sign has no ISO-8859-1 byte: rather than a question mark, the file becomes UTF-8.
    ProjectFiles.write(
        file, Project.of(new DockerfileSource(dockerfile, "# Caf\u00e9 \u20ac\nFROM scratch\n")));
    assertEquals("# Caf\u00e9 \u20ac\nFROM scratch\n", Files.readString(dockerfile));
  }

  @Test
  void corruptFilesGiveAClearMessage() throws Exception {
    Path file = dir.resolve("bad.stagecraft");
    Files.writeString(file, "{\"format\": \"stagecraft-project\",\n \"version\": 1, oops}");
    ProjectFileException e =
        assertThrows(ProjectFileException.class, () -> ProjectFiles.read(file));
    assertTrue(
        e.getMessage()
            .startsWith(
                "bad.stagecraft is not a valid Stagecraft project file: it is not "
                    + "well-formed JSON (line 2, column"),
        e.getMessage());
  }

  @Test
  void otherJsonIsNotTakenForAProject() throws Exception {
    Path file = dir.resolve("other.stagecraft");
    Files.writeString(file, "{\"name\": \"package.json perhaps\"}");
    ProjectFileException e =
        assertThrows(ProjectFileException.class, () -> ProjectFiles.read(file));
    assertEquals(
        "other.stagecraft is not a Stagecraft project file: it has no \"format\": \"stagecraft-project\" "
            + "and \"version\".",
        e.getMessage());
  }

  @Test
  void newerVersionsAreRefusedWithAClearMessage() throws Exception {
    Path file = dir.resolve("new.stagecraft");
    Files.writeString(
        file,
        "{\"format\": \"stagecraft-project\", \"version\": 2, \"dockerfile\": {\"text\": \"\"}}");
    ProjectFileException e =
        assertThrows(ProjectFileException.class, () -> ProjectFiles.read(file));
    assertEquals(
        "new.stagecraft was written by a newer Stagecraft (project format version 2); this version reads up "
            + "to version 1. Open it with a newer Stagecraft.",
        e.getMessage());
  }

  @Test
  void aMissingDockerfileIsNamed() throws Exception {
    Path file = dir.resolve("p.stagecraft");
    Files.writeString(
        file,
        "{\"format\": \"stagecraft-project\", \"version\": 1, \"dockerfile\": {\"path\": \"gone/Dockerfile\"}}");
    ProjectFileException e =
        assertThrows(ProjectFileException.class, () -> ProjectFiles.read(file));
    assertEquals(
        "The Dockerfile of p.stagecraft, " + dir.resolve("gone/Dockerfile") + ", does not exist.",
        e.getMessage());
  }

  @Test
  void aFailedWriteLeavesTheOldFileAsItWas() throws Exception {
    Path file = dir.resolve("p.stagecraft");
    ProjectFiles.write(file, Project.of(DockerfileSource.unsaved("FROM a\n")));
    String before = Files.readString(file);
    Path unwritable = dir.resolve("a-folder");
    Files.createDirectories(unwritable.resolve("inside"));
    Project broken = Project.of(new DockerfileSource(unwritable, "FROM b\n"));
    assertThrows(java.io.IOException.class, () -> ProjectFiles.write(file, broken));
    assertEquals(before, Files.readString(file));
  }

  @Test
  void bothBuildVariantsRoundTrip() throws Exception {
    VariantSettings a =
        new VariantSettings(
            VariantSettings.Source.FILE,
            "single/Dockerfile",
            null,
            Map.of("BASE_IMAGE", "debian:bookworm"),
            "app",
            Builder.CLASSIC,
            "calc:fat");
    VariantSettings b =
        new VariantSettings(
            VariantSettings.Source.DOCUMENT,
            null,
            "runtime",
            Map.of(),
            ".",
            Builder.BUILDKIT,
            null);
    Project project =
        new Project(
            DockerfileSource.unsaved("FROM a AS runtime\n"),
            null,
            Map.of(),
            Set.of(),
            new BuildSettings(".", null, Map.of(), a, b, true));
    Path file = dir.resolve("p.stagecraft");
    ProjectFiles.write(file, project);
    assertEquals(project, ProjectFiles.read(file));
    String json = Files.readString(file);
    assertTrue(json.contains("\"source\" : \"file\""), json);
    assertTrue(json.contains("\"builder\" : \"classic\""), json);
  }

  @Test
  void aProjectFromBeforeVariantsBuildsTheOriginalAgainstTheDesign() throws Exception {
    Path file = dir.resolve("old.stagecraft");
    Files.writeString(
        file,
        "{\"format\":\"stagecraft-project\",\"version\":1,\"dockerfile\":{\"text\":\"FROM a\\n\"},"
            + "\"build\":{\"context\":\"app\",\"target\":\"runtime\",\"buildArgs\":{\"V\":\"1\"}}}");
    BuildSettings build = ProjectFiles.read(file).build();
    assertEquals(VariantSettings.Source.ORIGINAL, build.a().source());
    assertEquals(VariantSettings.Source.DOCUMENT, build.b().source());
    assertEquals("runtime", build.b().target());
    assertEquals("app", build.a().context());
    assertEquals(Map.of("V", "1"), build.b().buildArgs());
    assertFalse(build.sequential());
  }
}
