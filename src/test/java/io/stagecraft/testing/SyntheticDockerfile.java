package io.stagecraft.testing;

/**
 * Generates large, realistic multi-stage Dockerfiles for benchmarks: ARGs, named stages that copy
 * from and mount earlier ones, continuation lines, comments, heredocs and exec-form commands.
 */
public final class SyntheticDockerfile {
  private SyntheticDockerfile() {}

  /** About {@code lines} lines spread over {@code stages} stages. */
  public static String generate(int lines, int stages) {
    StringBuilder out = new StringBuilder(lines * 40);
    out.append("# syntax=docker/dockerfile:1\n");
    out.append("ARG GO_VERSION=1.22\nARG ALPINE_VERSION=3.20\n\n");
    // Each stage also has a comment line above it and a blank line after it.
    int perStage = Math.max(6, (lines - 4) / stages - 1);
    int written = 4;
    for (int s = 0; s < stages; s++) {
      out.append("# stage ").append(s).append(": builds component ").append(s).append('\n');
      if (s == 0) {
        out.append("FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine${ALPINE_VERSION} AS stage0\n");
      } else {
        out.append("FROM stage").append(s / 2).append(" AS stage").append(s).append('\n');
      }
      int body = 2;
      int i = 0;
      while (body < perStage) {
        switch (i++ % 7) {
          case 0 -> {
            out.append("ENV COMPONENT=").append(s).append(" PATH=/usr/local/bin:$PATH\n");
            body += 1;
          }
          case 1 -> {
            out.append("RUN apk add --no-cache \\\n    git \\\n    make \\\n    gcc && \\\n    echo \"component ").append(s).append("\"\n");
            body += 5;
          }
          case 2 -> {
            if (s > 0) {
              out.append("COPY --from=stage").append(s - 1).append(" --chown=1000:1000 /out/bin-").append(s - 1).append(" /usr/local/bin/\n");
            } else {
              out.append("COPY go.mod go.sum ./\n");
            }
            body += 1;
          }
          case 3 -> {
            out.append("RUN --mount=type=cache,target=/root/.cache/go-build \\\n    --mount=type=bind,from=stage0,source=/src,target=/src \\\n    go build -o /out/bin-").append(s).append(" ./cmd/").append(s).append('\n');
            body += 3;
          }
          case 4 -> {
            out.append("RUN <<EOF\nset -eux\nmkdir -p /out/etc/").append(s).append("\necho ready > /out/etc/").append(s).append("/status\nEOF\n");
            body += 5;
          }
          case 5 -> {
            out.append("LABEL org.opencontainers.image.title=\"component ").append(s).append("\" version=\"1.0.").append(i).append("\"\n");
            body += 1;
          }
          default -> {
            out.append("\n# tidy up\nCMD [\"/usr/local/bin/bin-").append(s).append("\", \"--serve\"]\n");
            body += 3;
          }
        }
      }
      written += body;
      out.append('\n');
    }
    return out.toString();
  }
}
