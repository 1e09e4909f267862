package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help as a terminal shows it: names that are copied from it must come out whole. */
class HelpTextTest {
  /**
   * Image references, file names and paths: a word with a dot, slash or colon between two letters
   * or digits, such as {@code gcr.io/distroless/static-debian12:nonroot} or {@code
   * Dockerfile.multistage:runtime}.
   */
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/@-]*[.:/][A-Za-z0-9][A-Za-z0-9_.:/@-]*");

  @Test
  void imageAndFileNamesAreNeverBrokenAcrossLines() {
    List<CommandLine> commands = new ArrayList<>();
    collect(StagecraftCommand.commandLine(), commands);
    int checked = 0;
    for (CommandLine command : commands) {
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      for (String name : names(command.getCommandSpec())) {
        assertTrue(
            help.contains(name),
            () -> command.getCommandName() + "'s help breaks " + name + " across lines:\n" + help);
        checked++;
      }
    }
    assertTrue(checked >= 5, "only " + checked + " names found in the help");
  }

  @Test
  void splitsHelpNamesADistrolessImageWhole() {
    String help =
        StagecraftCommand.commandLine()
            .getSubcommands()
            .get("split")
            .getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertTrue(help.contains("gcr.io/distroless/static-debian12:nonroot"), help);
    assertFalse(help.contains("gcr.\n"), help);
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  /** The names the command's descriptions, options and exit codes mention. */
  private static List<String> names(CommandSpec spec) {
    List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
    for (ArgSpec arg : spec.args()) {
      texts.addAll(List.of(arg.description()));
    }
    texts.addAll(spec.usageMessage().exitCodeList().values());
    List<String> names = new ArrayList<>();
    for (String text : texts) {
      Matcher m = NAME.matcher(text.replaceAll("\\$\\{[^}]*}", " "));
      while (m.find()) {
        names.add(m.group().replaceAll("[.:]+$", ""));
      }
    }
    return names;
  }
}
