package io.stagecraft.ui;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.ui.highlight.*;
import org.junit.jupiter.api.Test;

class ScratchHlTest {
  @Test
  void t() {
    for (String text :
        new String[] {
          "FROM a\r\n  # c\r\nRUN x\r\n",
          "\uFEFF  # bom\nFROM a\n",
          "FROM a\nRUN <<EOF\nx\nEOF\n  # after heredoc\n",
          "FROM a\nONBUILD RUN a \\\n  # c\n  b\n",
          "FROM a\nRUN a \\  \n  # c\n  b\n",
          "FROM a\nRUN a \\\n\n  # c after empty\n  b\n",
          "# escape=`\nFROM a\nRUN a `\n  # c\n  b\n",
          "FROM a\nRUN a # trailing\n",
          "FROM a\nLABEL a=b \\\n  # c\n  c=d\n"
        }) {
      System.out.println("=== " + text.replace("\n", "|"));
      int at = 0;
      for (StyledSegment s :
          DockerfileHighlighter.segments(
              DockerfileHighlighter.ranges(StageGraph.parse(text)), text.length())) {
        System.out.println(
            "  "
                + s.styles()
                + " '"
                + text.substring(at, at + s.length()).replace("\n", "|")
                + "'");
        at += s.length();
      }
    }
  }
}
