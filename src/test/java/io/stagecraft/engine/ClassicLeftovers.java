package io.stagecraft.engine;

import com.github.dockerjava.api.command.InspectImageResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the untagged step images a failed classic build committed before its failing step; the
 * classic builder keeps them as cache, and nothing labels them.
 */
public final class ClassicLeftovers {
  private static final Pattern STEP_IMAGE = Pattern.compile("^(?:\\S+\\| )? ---> ([0-9a-f]{12})$");

  private ClassicLeftovers() {}

  /** Removes, newest first, the untagged images named by {@code ---> ID} lines of a build log. */
  public static void remove(EngineConnection engine, List<String> logLines) {
    List<String> ids =
        logLines.stream()
            .map(STEP_IMAGE::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .toList();
    for (int i = ids.size() - 1; i >= 0; i--) {
      try {
        InspectImageResponse image = engine.client().inspectImageCmd(ids.get(i)).exec();
        // A tagged image is a base image, never a leftover.
        if (image.getRepoTags() == null || image.getRepoTags().isEmpty()) {
          engine.client().removeImageCmd(ids.get(i)).exec();
        }
      } catch (RuntimeException inUseOrGone) {
        // Still the parent of another image, or already removed.
      }
    }
  }
}
