package io.stagecraft.app;

import io.stagecraft.layout.ElkLayouter;

/**
 * Loads the layout library on a background thread while the window is being made, so that the first
 * diagram's layout does not start cold (docs/adr/0013-startup.md).
 */
final class LayoutWarmUp {
  private LayoutWarmUp() {}

  static void start() {
    Thread warmUp =
        new Thread(
            () -> {
              try {
                ElkLayouter.warmUp();
              } catch (RuntimeException | LinkageError e) {
                // Only a head start: the real layout reports its own failures.
              }
            },
            "stagecraft-layout-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
  }
}
