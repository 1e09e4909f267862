package io.stagecraft.engine;

import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.context.ContextSize;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Keeps every event of a build, and lets a test wait for a log line. */
final class RecordingListener implements BuildListener {
  final List<BuildStep> steps = new CopyOnWriteArrayList<>();
  final List<String> logs = new CopyOnWriteArrayList<>();
  final List<BuildError> errors = new CopyOnWriteArrayList<>();
  final List<ContextSize> contexts = new CopyOnWriteArrayList<>();
  private final Predicate<String> awaited;
  private final CountDownLatch seen = new CountDownLatch(1);

  RecordingListener() {
    this(line -> false);
  }

  /** A listener that notes when a log line matching {@code awaited} arrives. */
  RecordingListener(Predicate<String> awaited) {
    this.awaited = awaited;
  }

  @Override
  public void onContext(ContextSize size) {
    contexts.add(size);
  }

  @Override
  public void onStep(BuildStep step) {
    steps.add(step);
  }

  @Override
  public void onLog(String line) {
    logs.add(line);
    if (awaited.test(line)) {
      seen.countDown();
    }
  }

  @Override
  public void onError(BuildError error) {
    errors.add(error);
  }

  boolean awaitLog(long seconds) throws InterruptedException {
    return seen.await(seconds, TimeUnit.SECONDS);
  }

  String log() {
    return String.join("\n", logs);
  }
}
