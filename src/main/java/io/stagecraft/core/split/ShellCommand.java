package io.stagecraft.core.split;

import java.util.List;

/**
 * A simple command of a shell script: leading {@code NAME=value} assignments, then its words.
 * Redirections are left out.
 */
public record ShellCommand(List<ShellToken> assignments, List<ShellToken> words) {

  public ShellCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
  }
}
