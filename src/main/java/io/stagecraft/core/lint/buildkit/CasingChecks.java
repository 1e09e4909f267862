package io.stagecraft.core.lint.buildkit;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.Locale;

/** BuildKit's checks of instruction casing and EXPOSE's port specifications. */
final class CasingChecks {
  private CasingChecks() {}

  static final Rule CONSISTENT_INSTRUCTION_CASING =
      Buildkit.rule(
          "ConsistentInstructionCasing",
          "All commands within the Dockerfile should use the same casing (either upper or lower)",
          "Instructions are case-insensitive, but a file that mixes cases is harder to read. The"
              + " case most instructions of the file use wins.\n\nBad: FROM alpine / run echo"
              + " hi\nGood: FROM alpine / RUN echo hi",
          "consistent-instruction-casing",
          CasingChecks::instructionCasing);

  static final Rule EXPOSE_PROTO_CASING =
      Buildkit.rule(
          "ExposeProtoCasing",
          "Protocol in EXPOSE instruction should be lowercase",
          "The protocol of an exposed port is tcp, udp or sctp in lower case.\n\nBad: EXPOSE"
              + " 80/TCP\nGood: EXPOSE 80/tcp",
          "expose-proto-casing",
          CasingChecks::exposeProtoCasing);

  static final Rule EXPOSE_INVALID_FORMAT =
      Buildkit.rule(
          "ExposeInvalidFormat",
          "IP address and host-port mapping should not be used in EXPOSE instruction. This will"
              + " become an error in a future release",
          "EXPOSE documents the container's ports; which host port or address it is published on"
              + " is decided by docker run -p, not by the image.\n\nBad: EXPOSE 127.0.0.1:80:80\n"
              + "Good: EXPOSE 80",
          "expose-invalid-format",
          CasingChecks::exposeInvalidFormat);

  private static boolean selfConsistent(String s) {
    return s.equals(s.toLowerCase(Locale.ROOT)) || s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static void instructionCasing(LintContext c, Findings out) {
    int lower = 0;
    int upper = 0;
    for (Stage s : c.graph().stages()) {
      for (Instruction i : s.instructions()) {
        String name = i.keyword().text();
        if (selfConsistent(name)) {
          if (name.equals(name.toLowerCase(Locale.ROOT))) {
            lower++;
          } else {
            upper++;
          }
        }
      }
    }
    boolean majorityLower = lower > upper;
    for (Stage s : c.graph().stages()) {
      for (Instruction i : s.instructions()) {
        String name = i.keyword().text();
        String wanted =
            majorityLower ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
        if (!name.equals(wanted)) {
          out.report(
              c.rangeOf(i),
              "Command '"
                  + name
                  + "' should match the case of the command majority ("
                  + (majorityLower ? "lowercase" : "uppercase")
                  + ")",
              QuickFix.safe(
                  "Write " + wanted,
                  Edits.replace("Write " + wanted, i.keyword().range(), wanted)));
        }
      }
    }
  }

  private static void exposeProtoCasing(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.EXPOSE)) {
        continue;
      }
      for (Word w : i.words()) {
        String port = w.value();
        int slash = port.lastIndexOf('/');
        if (slash < 0) {
          continue;
        }
        String proto = port.substring(slash + 1);
        if (!proto.equals(proto.toLowerCase(Locale.ROOT))) {
          String fixed = w.raw().toLowerCase(Locale.ROOT);
          out.report(
              c.rangeOf(i),
              "Defined protocol '" + port + "' in EXPOSE instruction should be lowercase",
              QuickFix.safe("Write " + fixed, Edits.replace("Write " + fixed, w.range(), fixed)));
        }
      }
    }
  }

  private static void exposeInvalidFormat(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.EXPOSE)) {
        continue;
      }
      for (Word w : i.words()) {
        String port = w.value();
        // [ip:]public:private/proto: anything before the last colon is an address or host port.
        String withoutProto = port.contains("/") ? port.substring(0, port.lastIndexOf('/')) : port;
        if (withoutProto.contains(":")) {
          String containerPort = port.substring(port.lastIndexOf(':') + 1);
          out.report(
              c.rangeOf(i),
              "EXPOSE instruction should not define an IP address or host-port mapping, found '"
                  + port
                  + "'",
              QuickFix.safe(
                  "Expose " + containerPort,
                  Edits.replace("Expose " + containerPort, w.range(), containerPort)));
        }
      }
    }
  }
}
