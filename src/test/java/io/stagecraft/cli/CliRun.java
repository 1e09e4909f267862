package io.stagecraft.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One in-process run of the command line with everything it printed. Commands that print a
 * Dockerfile write its exact bytes to {@code System.out}, so that stream is captured too.
 */
record CliRun(int exit, String out, String err) {

  static synchronized CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream oldOut = System.out;
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    System.setOut(new PrintStream(raw, true, StandardCharsets.UTF_8));
    try {
      CommandLine cli = new CommandLine(new StagecraftCommand());
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      int exit = cli.execute(args);
      return new CliRun(exit, out + raw.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(oldOut);
    }
  }
}
