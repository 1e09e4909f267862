package io.stagecraft.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stagecraft open [FILE]}: opens a Dockerfile or a project file in the desktop app, or the
 * app on its sample without one. The desktop entry's {@code Exec=... open %f} runs it with the file
 * a file manager opens, and with none from the applications menu (docs/adr/0022-installers.md).
 */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = "Open a Dockerfile or a Stagecraft project (.stagecraft) in the desktop app.")
final class OpenCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The Dockerfile or project file to open; without one, the sample project.")
  Path file;

  @Override
  public Integer call() {
    if (file != null && !Files.isRegularFile(file)) {
      // Said here for a terminal, and by the window in a dialog for a desktop launcher, where
      // nobody reads stderr; the window then opens on the sample.
      System.err.println("stagecraft: " + file + ": no such file");
    }
    TunedRelaunch.ifPossible();
    if (file == null) {
      DesktopLauncher.open();
    } else {
      DesktopLauncher.open(file.toAbsolutePath().toString());
    }
    return 0;
  }
}
