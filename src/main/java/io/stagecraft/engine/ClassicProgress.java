package io.stagecraft.engine;

import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.build.StepLocator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the classic builder's {@code stream} text: {@code Step n/m : INSTRUCTION} lines start
 * steps, everything else is log output.
 */
final class ClassicProgress implements BuildProgress {

  private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
  private static final Pattern BUILT = Pattern.compile("^Successfully built ([0-9a-f]{12,64})$");

  private final BuildListener listener;
  private final StepLocator locator;
  private final LineSplitter lines = new LineSplitter(this::line);
  private int currentLine;
  private String builtId;

  ClassicProgress(BuildListener listener, StepLocator locator) {
    this.listener = listener;
    this.locator = locator;
  }

  @Override
  public void onStream(String text) {
    lines.accept(text);
  }

  @Override
  public void onTrace(BuildkitStatus status) {
    // The classic builder sends no BuildKit traces.
  }

  private void line(String line) {
    Matcher step = STEP.matcher(line);
    if (step.matches()) {
      int number = Integer.parseInt(step.group(1));
      currentLine = locator.classicStepLine(number);
      listener.onStep(
          new BuildStep(number, Integer.parseInt(step.group(2)), currentLine, step.group(3)));
    }
    Matcher built = BUILT.matcher(line);
    if (built.matches()) {
      builtId = built.group(1);
    }
    if (!line.isBlank()) {
      listener.onLog(line);
    }
  }

  /** The short image ID of a "Successfully built" line, for engines that send no aux ID. */
  String builtId() {
    return builtId;
  }

  @Override
  public int failureLine() {
    return currentLine;
  }

  @Override
  public void flush() {
    lines.flush();
  }
}
