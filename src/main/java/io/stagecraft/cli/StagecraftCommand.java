package io.stagecraft.cli;

import io.stagecraft.core.io.StagecraftVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stagecraft} command line: headless access to the same core the desktop app uses. */
@Command(
    name = "stagecraft",
    mixinStandardHelpOptions = true,
    versionProvider = StagecraftCommand.Version.class,
    description = "Design lean container images from the command line.",
    subcommands = {
      GraphCommand.class,
      RenameStageCommand.class,
      SplitCommand.class,
      CompareCommand.class,
      RenderCommand.class,
      LintCommand.class,
      LspCommand.class
    })
public final class StagecraftCommand implements Runnable {

  /** Runs the command line and returns the process exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line, for callers that add subcommands of their own (the desktop's {@code open}).
   */
  public static CommandLine commandLine() {
    return new CommandLine(new StagecraftCommand());
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** {@code --version}: the pom's version, never a copy of it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stagecraft " + StagecraftVersion.get()};
    }
  }
}
