package io.stagecraft.engine;

import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.build.StepLocator;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows BuildKit's vertexes: those named like {@code [build 3/5] RUN make} are Dockerfile steps,
 * numbered in the order they start; their logs become log lines.
 */
final class BuildkitProgress implements BuildProgress {

  /** {@code [stage index/total] instruction}; the stage is missing when only one is built. */
  private static final Pattern STEP_NAME =
      Pattern.compile("^\\[(?:(\\S+) )?(\\d+)/(\\d+)\\] (.*)$", Pattern.DOTALL);

  private record StepVertex(String stage, int index, String instruction, int line) {}

  private final BuildListener listener;
  private final StepLocator locator;

  /** Step vertexes by digest, in the order BuildKit announced them. */
  private final Map<String, StepVertex> steps = new LinkedHashMap<>();

  private final Set<String> started = new HashSet<>();
  private final LineSplitter streamLines = new LineSplitter(this::log);
  private final Map<String, LineSplitter> logs = new LinkedHashMap<>();
  private int startedSteps;
  private int failureLine;
  private int lastStartedLine;

  BuildkitProgress(BuildListener listener, StepLocator locator) {
    this.listener = listener;
    this.locator = locator;
  }

  @Override
  public void onStream(String text) {
    streamLines.accept(text);
  }

  @Override
  public void onTrace(BuildkitStatus status) {
    for (BuildkitStatus.Vertex v : status.vertexes()) {
      // Not every vertex is a step: "[internal] load build definition" and the like only log.
      StepVertex step = steps.computeIfAbsent(v.digest(), d -> parse(v.name()));
      if (v.started() != null && started.add(v.digest())) {
        log(v.name() + (v.cached() ? " (cached)" : ""));
        if (step != null) {
          startedSteps++;
          lastStartedLine = step.line();
          listener.onStep(
              new BuildStep(startedSteps, steps.size(), step.line(), step.instruction()));
        }
      }
      if (v.error() != null && !v.error().isEmpty()) {
        if (step != null && failureLine == 0) {
          failureLine = step.line();
        }
        log("ERROR " + v.name() + ": " + v.error());
      }
    }
    for (BuildkitStatus.VertexLog entry : status.logs()) {
      logs.computeIfAbsent(entry.vertex(), d -> new LineSplitter(this::log))
          .accept(new String(entry.message(), StandardCharsets.UTF_8));
    }
  }

  private StepVertex parse(String name) {
    Matcher m = STEP_NAME.matcher(name);
    if (!m.matches()) {
      return null;
    }
    String stage = m.group(1);
    int index = Integer.parseInt(m.group(2));
    return new StepVertex(stage, index, m.group(4), locator.buildkitStepLine(stage, index));
  }

  private void log(String line) {
    if (!line.isBlank()) {
      listener.onLog(line);
    }
  }

  @Override
  public int failureLine() {
    return failureLine != 0 ? failureLine : lastStartedLine;
  }

  @Override
  public void flush() {
    logs.values().forEach(LineSplitter::flush);
    streamLines.flush();
  }
}
