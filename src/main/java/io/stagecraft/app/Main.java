package io.stagecraft.app;

import io.stagecraft.cli.LogSetup;
import io.stagecraft.cli.StagecraftCommand;

/**
 * Entry point for both faces of Stagecraft: no arguments opens the desktop app, anything else runs
 * the command line, where {@code open FILE} opens the desktop app on a file.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}, so the plain
 * class-path launch ({@code java -jar}) works without JavaFX on the module path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      TunedRelaunch.ifPossible();
      DesktopLauncher.open(args);
      return;
    }
    LogSetup.toStandardError();
    System.exit(StagecraftCommand.commandLine().addSubcommand(new OpenCommand()).execute(args));
  }
}
