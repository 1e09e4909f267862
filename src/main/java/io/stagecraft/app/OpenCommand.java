package io.stagecraft.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stagecraft open FILE}: opens a Dockerfile or a project file in the desktop app. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = "Open a Dockerfile or a Stagecraft project (.stagecraft) in the desktop app.")
final class OpenCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The Dockerfile or project file to open.")
  Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      System.err.println("stagecraft: " + file + ": no such file");
      return 2;
    }
    TunedRelaunch.ifPossible();
    DesktopLauncher.open(file.toAbsolutePath().toString());
    return 0;
  }
}
