package io.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.lint.Rules;
import io.stagecraft.core.lint.shellcheck.ScriptComment;
import io.stagecraft.core.lint.shellcheck.ShellCheck;
import io.stagecraft.core.lint.shellcheck.ShellCheckRunner;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The {@code shellcheck} program found on the PATH, run once per script: {@code shellcheck -f json1
 * -s DIALECT -} with the script on its standard input, stopped when it takes longer than its time
 * limit. Like dockerd it is a program outside the JVM, so it lives beside the engine's adapters and
 * core sees only {@link ShellCheckRunner} (ADR 27).
 */
public final class ShellCheckProcess implements ShellCheckRunner {
  /** Long enough for a large script on a loaded machine; a hung program never holds lint. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(10);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the program's output while it runs; its own threads, so a full pipe never waits. */
  private static final ExecutorService READERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "shellcheck-output");
            t.setDaemon(true);
            return t;
          });

  private final String searchPath;
  private final Duration timeLimit;
  private volatile Optional<Path> program;

  ShellCheckProcess(String searchPath, Duration timeLimit) {
    this.searchPath = searchPath;
    this.timeLimit = timeLimit;
  }

  /** The program on this process's PATH, or one that is unavailable when there is none. */
  public static ShellCheckProcess onPath() {
    return onPath(System.getenv("PATH"));
  }

  /** The program on {@code path} (a PATH value), or one that is unavailable. */
  public static ShellCheckProcess onPath(String path) {
    return new ShellCheckProcess(path, TIME_LIMIT);
  }

  /**
   * Every built-in rule, and ShellCheck from the PATH, which says once when it is not installed.
   * The PATH is searched on first use, in the lane that lints, not where the linter is made.
   */
  public static Linter linter() {
    return new Linter(Rules.all(), List.of(new ShellCheck(onPath())));
  }

  private static Path find(String path) {
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "shellcheck");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Override
  public boolean available() {
    return program().isPresent();
  }

  private Optional<Path> program() {
    Optional<Path> known = program;
    if (known == null) {
      known = Optional.ofNullable(find(searchPath));
      program = known;
    }
    return known;
  }

  @Override
  public List<ScriptComment> check(String script, String dialect) throws IOException {
    Path shellcheck = program().orElseThrow(() -> new IOException("shellcheck is not on the PATH"));
    Process p =
        new ProcessBuilder(shellcheck.toString(), "-f", "json1", "-s", dialect, "-")
            .redirectErrorStream(false)
            .start();
    CompletableFuture<byte[]> out = readAll(p.getInputStream());
    CompletableFuture<byte[]> err = readAll(p.getErrorStream());
    try (OutputStream in = p.getOutputStream()) {
      in.write(script.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // It stopped reading early; its exit status and error output say why.
    }
    try {
      if (!p.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException("no answer in " + timeLimit.toSeconds() + " s");
      }
      int status = p.exitValue();
      // 0: no comments, 1: comments; anything else is a failure of the program itself.
      if (status > 1) {
        String message = new String(err.get(), StandardCharsets.UTF_8).strip();
        throw new IOException("exit status " + status + (message.isEmpty() ? "" : ": " + message));
      }
      return comments(JSON.readTree(out.get()));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  private static CompletableFuture<byte[]> readAll(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        READERS);
  }

  /** The comments of a {@code -f json1} answer. */
  static List<ScriptComment> comments(JsonNode answer) {
    List<ScriptComment> comments = new ArrayList<>();
    for (JsonNode c : answer.path("comments")) {
      comments.add(
          new ScriptComment(
              c.path("line").asInt(1),
              c.path("column").asInt(1),
              c.path("endLine").asInt(c.path("line").asInt(1)),
              c.path("endColumn").asInt(c.path("column").asInt(1)),
              c.path("level").asText("warning"),
              c.path("code").asInt(),
              c.path("message").asText()));
    }
    return comments;
  }
}
