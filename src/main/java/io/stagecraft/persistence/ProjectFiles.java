package io.stagecraft.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stagecraft.core.build.Builder;
import io.stagecraft.core.io.AtomicFile;
import io.stagecraft.core.io.LineEndings;
import io.stagecraft.core.io.TextFile;
import io.stagecraft.core.io.TextFormat;
import io.stagecraft.core.lint.LintSeverity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes project files: JSON with a format name and version, paths relative to the
 * project file, written atomically. Reading either returns a whole project or fails with a clear
 * message.
 */
public final class ProjectFiles {
  /** The format version this build writes, and the newest it reads. */
  public static final int VERSION = 1;

  public static final String FORMAT = "stagecraft-project";
  public static final String EXTENSION = ".stagecraft";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ProjectFiles() {}

  /** Whether {@code file} is named like a project file. */
  public static boolean isProjectFile(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
  }

  public static Project read(Path file) throws ProjectFileException {
    String name = file.getFileName().toString();
    ProjectJson json;
    try {
      json = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), ProjectJson.class);
    } catch (NoSuchFileException e) {
      throw new ProjectFileException("The project file " + file + " does not exist.", e);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      throw new ProjectFileException(
          name
              + " is not a valid Stagecraft project file: it is not well-formed JSON"
              + where
              + ".",
          e);
    } catch (IOException e) {
      throw new ProjectFileException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (json == null || !FORMAT.equals(json.format()) || json.version() == null) {
      throw new ProjectFileException(
          name
              + " is not a Stagecraft project file: it has no \"format\": \""
              + FORMAT
              + "\" and \"version\".");
    }
    if (json.version() > VERSION) {
      throw new ProjectFileException(
          name
              + " was written by a newer Stagecraft (project format version "
              + json.version()
              + "); this version reads up to version "
              + VERSION
              + ". Open it with a newer Stagecraft.");
    }
    if (json.version() < 1) {
      throw new ProjectFileException(
          name + " has an unknown project format version " + json.version() + ".");
    }
    Path folder = file.toAbsolutePath().getParent();
    if (json.dockerfile() == null) {
      throw new ProjectFileException(
          name + " is not a complete Stagecraft project file: it names no Dockerfile.");
    }
    DockerfileSource dockerfile = source(folder, json.dockerfile(), name, "Dockerfile");
    DockerfileSource original =
        json.original() == null
            ? null
            : source(folder, json.original(), name, "original Dockerfile");
    ProjectJson.LayoutJson layout = json.layout();
    ProjectJson.BuildJson build = json.build();
    return new Project(
        dockerfile,
        original,
        layout == null ? null : layout.positions(),
        layout == null || layout.unfolded() == null ? null : new HashSet<>(layout.unfolded()),
        build == null ? null : buildSettings(build, name),
        lintRules(json.lint(), name));
  }

  private static Map<String, LintSeverity> lintRules(ProjectJson.LintJson json, String projectName)
      throws ProjectFileException {
    Map<String, LintSeverity> rules = new TreeMap<>();
    if (json == null || json.rules() == null) {
      return rules;
    }
    for (Map.Entry<String, String> e : json.rules().entrySet()) {
      LintSeverity severity = LintSeverity.parse(e.getValue());
      if (severity == null) {
        throw new ProjectFileException(
            projectName
                + " sets the lint rule "
                + e.getKey()
                + " to \""
                + e.getValue()
                + "\"; a rule is error, warning, info, style or off.");
      }
      rules.put(e.getKey(), severity);
    }
    return rules;
  }

  private static DockerfileSource source(
      Path folder, ProjectJson.FileJson json, String projectName, String what)
      throws ProjectFileException {
    if (json.path() == null) {
      if (json.text() == null) {
        throw new ProjectFileException(
            projectName
                + " is not a complete Stagecraft project file: its "
                + what
                + " has neither a path nor a text.");
      }
      return DockerfileSource.unsaved(json.text());
    }
    Path path = folder.resolve(json.path()).normalize();
    try {
      return new DockerfileSource(path, TextFile.read(path).text());
    } catch (NoSuchFileException e) {
      throw new ProjectFileException(
          "The " + what + " of " + projectName + ", " + path + ", does not exist.", e);
    } catch (IOException e) {
      throw new ProjectFileException(
          "Cannot read the " + what + " of " + projectName + ", " + path + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Writes the project to {@code file}, atomically. A Dockerfile with a path is written to that
   * path (also atomically) and only its path goes into the project; one without a path is kept
   * inline.
   */
  public static void write(Path file, Project project) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (project.dockerfile().path() != null) {
      // The Dockerfile keeps its encoding and line endings: a Latin-1 file stays Latin-1 while the
      // text fits it, and a CRLF file keeps CRLF.
      Path dockerfile = project.dockerfile().path();
      AtomicFile.write(
          dockerfile,
          TextFormat.of(dockerfile).encode(LineEndings.normalise(project.dockerfile().text())));
    }
    ProjectJson json =
        new ProjectJson(
            FORMAT,
            VERSION,
            fileJson(folder, project.dockerfile()),
            project.original() == null ? null : fileJson(folder, project.original()),
            new ProjectJson.LayoutJson(
                new TreeMap<>(project.positions()),
                new ArrayList<>(new java.util.TreeSet<>(project.unfolded()))),
            buildJson(project.build()),
            lintJson(project.lintRules()));
    AtomicFile.write(file, MAPPER.writeValueAsBytes(json));
  }

  private static ProjectJson.LintJson lintJson(Map<String, LintSeverity> rules) {
    if (rules.isEmpty()) {
      return null;
    }
    Map<String, String> labels = new TreeMap<>();
    rules.forEach((rule, severity) -> labels.put(rule, severity.label()));
    return new ProjectJson.LintJson(labels);
  }

  private static BuildSettings buildSettings(ProjectJson.BuildJson json, String projectName)
      throws ProjectFileException {
    return new BuildSettings(
        json.context(),
        json.target(),
        json.buildArgs(),
        variant(json.a(), projectName),
        variant(json.b(), projectName),
        Boolean.TRUE.equals(json.sequential()));
  }

  private static VariantSettings variant(ProjectJson.VariantJson json, String projectName)
      throws ProjectFileException {
    if (json == null) {
      return null;
    }
    try {
      return new VariantSettings(
          json.source() == null
              ? null
              : VariantSettings.Source.valueOf(json.source().toUpperCase(Locale.ROOT)),
          json.file(),
          json.target(),
          json.buildArgs(),
          json.context(),
          json.builder() == null ? null : Builder.valueOf(json.builder().toUpperCase(Locale.ROOT)),
          json.tag());
    } catch (IllegalArgumentException e) {
      throw new ProjectFileException(
          projectName
              + " has a build variant with an unknown source or builder: "
              + json.source()
              + ", "
              + json.builder()
              + ".",
          e);
    }
  }

  private static ProjectJson.BuildJson buildJson(BuildSettings build) {
    return new ProjectJson.BuildJson(
        build.context(),
        build.target(),
        new TreeMap<>(build.buildArgs()),
        variantJson(build.a()),
        variantJson(build.b()),
        build.sequential());
  }

  private static ProjectJson.VariantJson variantJson(VariantSettings v) {
    Locale root = Locale.ROOT;
    return new ProjectJson.VariantJson(
        v.source().name().toLowerCase(root),
        v.file(),
        v.target(),
        new TreeMap<>(v.buildArgs()),
        v.context(),
        v.builder().name().toLowerCase(root),
        v.tag());
  }

  private static ProjectJson.FileJson fileJson(Path folder, DockerfileSource source) {
    if (source.path() == null) {
      return new ProjectJson.FileJson(null, source.text());
    }
    Path absolute = source.path().toAbsolutePath();
    String path =
        absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString();
    return new ProjectJson.FileJson(path.replace('\\', '/'), null);
  }
}
