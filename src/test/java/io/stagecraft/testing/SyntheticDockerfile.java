package io.stagecraft.testing;

/**
 * Generates large, realistic multi-stage Dockerfiles for benchmarks: ARGs, named stages that copy
 * from and mount earlier ones, continuation lines, comments, heredocs and exec-form commands.
 */
public final class SyntheticDockerfile {
  private SyntheticDockerfile() {}

  /** Exactly {@code lines} lines (given at least 8 per stage) spread over {@code stages} stages. */
  public static String generate(int lines, int stages) {
    StringBuilder out = new StringBuilder(lines * 40);
    out.append("# syntax=docker/dockerfile:1\n");
    out.append("ARG GO_VERSION=1.22\nARG ALPINE_VERSION=3.20\n\n");
    int written = 4;
    for (int s = 0; s < stages; s++) {
      int stageEnd = 4 + (int) ((long) (lines - 4) * (s + 1) / stages);
      out.append("# stage ").append(s).append(": builds component ").append(s).append('\n');
      if (s == 0) {
        out.append(
            "FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine${ALPINE_VERSION} AS stage0\n");
      } else {
        out.append("FROM stage").append(s / 2).append(" AS stage").append(s).append('\n');
      }
      written += 2;
      for (int i = 0; ; i++) {
        String chunk = chunk(s, i);
        int chunkLines = (int) chunk.chars().filter(c -> c == '\n').count();
        if (written + chunkLines > stageEnd - 1) {
          break;
        }
        out.append(chunk);
        written += chunkLines;
      }
      while (written < stageEnd - 1) {
        out.append("ENV FILLER_").append(written).append("=1\n");
        written++;
      }
      out.append('\n');
      written++;
    }
    return out.toString();
  }

  private static String chunk(int s, int i) {
    return switch (i % 7) {
      case 0 -> "ENV COMPONENT=" + s + " PATH=/usr/local/bin:$PATH\n";
      case 1 ->
          "RUN apk add --no-cache \\\n    git \\\n    make \\\n    gcc && \\\n    echo \"component "
              + s
              + "\"\n";
      case 2 ->
          s > 0
              ? "COPY --from=stage"
                  + (s - 1)
                  + " --chown=1000:1000 /out/bin-"
                  + (s - 1)
                  + " /usr/local/bin/\n"
              : "COPY go.mod go.sum ./\n";
      case 3 ->
          "RUN --mount=type=cache,target=/root/.cache/go-build \\\n    --mount=type=bind,"
              + (s > 0 ? "from=stage0," : "")
              + "source=/src,target=/src \\\n    go build -o /out/bin-"
              + s
              + " ./cmd/"
              + s
              + "\n";
      case 4 ->
          "RUN <<EOF\nset -eux\nmkdir -p /out/etc/"
              + s
              + "\necho ready > /out/etc/"
              + s
              + "/status\nEOF\n";
      case 5 ->
          "LABEL org.opencontainers.image.title=\"component "
              + s
              + "\" version=\"1.0."
              + i
              + "\"\n";
      default -> "\n# tidy up\nCMD [\"/usr/local/bin/bin-" + s + "\", \"--serve\"]\n";
    };
  }
}
