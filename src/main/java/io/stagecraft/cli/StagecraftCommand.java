package io.stagecraft.cli;

import io.stagecraft.core.io.StagecraftVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
  private boolean verbose;

  /**
   * {@code --verbose}, anywhere on the line: library logs at info and debug on standard error
   * ({@link LogSetup}), and the build output of {@code compare} and {@code split --verify}.
   */
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "Log more on standard error: the libraries' info and debug messages, and the build output"
              + " of compare and split --verify. Without it only warnings and errors are logged.")
  void verbose(boolean on) {
    verbose = on;
    if (on) {
      LogSetup.verbose();
    }
  }

  /** Whether {@code --verbose} was given to {@code top}, the command a subcommand runs under. */
  static boolean verbose(StagecraftCommand top) {
    return top != null && top.verbose;
  }

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
