package io.stagecraft.core.split;

import java.util.Map;
import java.util.Optional;

/** When nothing runs on its own, the app is the files in the builder's WORKDIR. */
final class WorkdirRule implements OutputRule {
  @Override
  public String name() {
    return "workdir";
  }

  @Override
  public String description() {
    return "When no standalone program is recognised, the builder's WORKDIR holds the app and is copied whole.";
  }

  Optional<Artifact> propose(BuildScan scan) {
    String dir = scan.workdir();
    if (dir == null || dir.equals("/")) {
      return Optional.empty();
    }
    return Optional.of(
        new Artifact(
            dir,
            dir,
            Artifact.Kind.APP_FILES,
            name(),
            "The app's files are in the WORKDIR " + dir + " (line " + scan.workdirLine() + ").",
            scan.workdirLine(),
            Map.of()));
  }
}
