package io.stagecraft.engine;

import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;

/**
 * Turns exceptions from docker-java and the transport into {@link BuildException}s with one-line
 * messages.
 */
final class Failures {
  private Failures() {}

  /** A failure to talk to the engine, or an error the engine answered with. */
  static BuildException engine(EngineConnection engine, RuntimeException e) {
    String message;
    if (e instanceof com.github.dockerjava.api.exception.DockerException d) {
      message =
          "the engine at "
              + engine.endpoint().describe()
              + " answered HTTP "
              + d.getHttpStatus()
              + ": "
              + firstLine(d.getMessage());
    } else {
      message = EngineErrors.classify(engine.endpoint(), e).getMessage();
    }
    return new BuildException(BuildException.Kind.ENGINE, new BuildError(message, 0), e);
  }

  static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String t = text.strip();
    // docker-java puts "Status 404: " before the engine's JSON body.
    int brace = t.indexOf("{\"message\":\"");
    if (brace >= 0) {
      int end = t.indexOf("\"}", brace);
      t = end > brace ? t.substring(brace + 12, end) : t;
    }
    return t.lines().findFirst().orElse("");
  }
}
