package io.stagecraft.core.lint;

import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.model.StageGraph;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a front end asks for lint of a file on disk: its build context, arguments, target and
 * configuration, so the command line and the desktop read them the same way.
 *
 * @param dockerfile the file, or null for text that has never been saved
 * @param contextDir the build context; null means the Dockerfile's folder
 * @param target the stage built, or null for the last one
 * @param config the hadolint configuration in force; null to look for one next to the Dockerfile
 *     when linting (off the UI thread in the desktop)
 * @param chosen severities the user chose, by rule id
 */
public record LintRequest(
    Path dockerfile,
    Path contextDir,
    Map<String, String> buildArgs,
    String target,
    HadolintConfig config,
    Map<String, LintSeverity> chosen) {

  /** The context lint reads: the named one, else the Dockerfile's folder, else none. */
  public Path context() {
    if (contextDir != null) {
      return contextDir;
    }
    return dockerfile == null ? null : dockerfile.toAbsolutePath().getParent();
  }

  /** The context of linting {@code graph} under this request; reads the build context's facts. */
  public LintContext contextFor(StageGraph graph) {
    return contextFor(graph, facts());
  }

  /** The configuration given, else the {@code .hadolint.yaml} next to the Dockerfile, else none. */
  public HadolintConfig hadolintConfig() {
    if (config != null) {
      return config;
    }
    return dockerfile == null ? HadolintConfig.none() : HadolintConfig.find(null, dockerfile, null);
  }

  /** Linting a file in the desktop: its folder is the context, its own configuration applies. */
  public static LintRequest forFile(Path dockerfile) {
    return new LintRequest(dockerfile, null, Map.of(), null, null, Map.of());
  }

  /** Reads the build context's facts (its ignore file, size and secret-looking files). */
  public ContextFacts facts() {
    return ContextFacts.read(context(), dockerfile);
  }

  /** The context of linting {@code graph} with facts read earlier, as a desktop keeps them. */
  public LintContext contextFor(StageGraph graph, ContextFacts facts) {
    return new LintContext(
        graph,
        LintSettings.of(graph.dockerfile(), buildArgs, hadolintConfig(), chosen),
        facts,
        target,
        buildArgs);
  }
}
