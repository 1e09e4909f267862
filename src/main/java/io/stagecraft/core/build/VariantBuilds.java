package io.stagecraft.core.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Starts the builds of several variants, all at once or one after the other. */
public final class VariantBuilds {

  private final List<BuildHandle> handles = new ArrayList<>();
  private final List<CompletableFuture<BuildResult>> results = new ArrayList<>();
  private volatile boolean cancelled;

  private VariantBuilds() {}

  /**
   * Starts building {@code requests}, the i-th reporting to {@code listeners.get(i)}. In sequence,
   * a build starts when the one before has ended, whether it succeeded or not.
   */
  public static VariantBuilds start(
      BuildEngine engine,
      List<BuildRequest> requests,
      List<BuildListener> listeners,
      boolean parallel) {
    if (requests.size() != listeners.size()) {
      throw new IllegalArgumentException(
          requests.size() + " requests but " + listeners.size() + " listeners");
    }
    VariantBuilds builds = new VariantBuilds();
    CompletableFuture<?> previous = CompletableFuture.completedFuture(null);
    for (int i = 0; i < requests.size(); i++) {
      BuildRequest request = requests.get(i);
      BuildListener listener = listeners.get(i);
      CompletableFuture<BuildResult> result =
          parallel
              ? builds.launch(engine, request, listener)
              : previous
                  .handle((r, e) -> null)
                  .thenCompose(ignored -> builds.launch(engine, request, listener));
      builds.results.add(result);
      previous = result;
    }
    return builds;
  }

  private CompletableFuture<BuildResult> launch(
      BuildEngine engine, BuildRequest request, BuildListener listener) {
    if (cancelled) {
      return CompletableFuture.failedFuture(
          new BuildException(
              BuildException.Kind.CANCELLED, new BuildError("cancelled before it started", 0)));
    }
    try {
      BuildHandle handle = engine.start(request, listener);
      synchronized (handles) {
        handles.add(handle);
      }
      if (cancelled) {
        handle.cancel();
      }
      return handle.result();
    } catch (BuildException e) {
      listener.onError(e.error());
      return CompletableFuture.failedFuture(e);
    }
  }

  /** One result per request, in the order of the requests. */
  public List<CompletableFuture<BuildResult>> results() {
    return List.copyOf(results);
  }

  /** Cancels every build that runs, and those not yet started. */
  public void cancel() {
    cancelled = true;
    synchronized (handles) {
      handles.forEach(BuildHandle::cancel);
    }
  }
}
