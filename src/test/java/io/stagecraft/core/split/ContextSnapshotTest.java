package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextSnapshotTest {

  @TempDir Path dir;

  @Test
  void readsTheFirstLineOfEachFileCopiedFromTheContextAndNothingElse() throws Exception {
    Files.writeString(dir.resolve("entrypoint"), "#!/usr/bin/env bash\nexec \"$@\"\n");
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(dir.resolve("bin/run.sh"), "#!/bin/sh\n");
    Files.writeString(dir.resolve("unnamed.sh"), "#!/bin/zsh\n");
    BuildContext context =
        ContextSnapshot.read(
            dir,
            lines(
                "FROM debian",
                "COPY entrypoint /usr/local/bin/",
                "ADD --chmod=755 ./bin/run.sh missing.sh /opt/",
                "COPY --from=build /entrypoint /x",
                "COPY *.sh /y/"));
    // The files are read now: changing them afterwards changes nothing.
    Files.writeString(dir.resolve("entrypoint"), "#!/bin/sh\n");

    assertEquals(Optional.of("#!/usr/bin/env bash"), context.firstLine("entrypoint"));
    assertEquals(Optional.of("#!/usr/bin/env bash"), context.firstLine("/entrypoint"));
    assertEquals(Optional.of("#!/bin/sh"), context.firstLine("bin/run.sh"));
    assertEquals(Optional.of("#!/bin/sh"), context.firstLine("./bin/run.sh"));
    assertEquals(Optional.empty(), context.firstLine("missing.sh"));
    assertEquals(Optional.empty(), context.firstLine("unnamed.sh"), "a wildcard is not read");
    assertEquals(Optional.empty(), context.firstLine("../entrypoint"));
  }
}
