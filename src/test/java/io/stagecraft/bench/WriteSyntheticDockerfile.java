package io.stagecraft.bench;

import io.stagecraft.testing.SyntheticDockerfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated multi-stage Dockerfile for the benchmarks that open one in the real window.
 *
 * <p>{@code java -cp target/test-classes:target/classes
 * io.stagecraft.bench.WriteSyntheticDockerfile FILE LINES STAGES}
 */
public final class WriteSyntheticDockerfile {
  private WriteSyntheticDockerfile() {}

  public static void main(String[] args) throws IOException {
    Files.writeString(
        Path.of(args[0]),
        SyntheticDockerfile.generate(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
  }
}
