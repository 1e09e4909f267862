package io.stagecraft.ui.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildArgsTextTest {
  @Test
  void oneArgumentALine() {
    Map<String, String> args =
        BuildArgsText.parse(" B=2 \n\n# a comment\nA = x=y\nEMPTY\n=orphan\n");
    assertEquals(List.of("B", "A", "EMPTY"), List.copyOf(args.keySet()));
    assertEquals("2", args.get("B"));
    assertEquals("x=y", args.get("A"), "only the first = separates");
    assertEquals("", args.get("EMPTY"));
  }

  @Test
  void formattingSortsAndReadsBack() {
    Map<String, String> args = Map.of("RUNTIME_IMAGE", "r", "BUILD_IMAGE", "b");
    assertEquals("BUILD_IMAGE=b\nRUNTIME_IMAGE=r", BuildArgsText.format(args));
    assertEquals(args, BuildArgsText.parse(BuildArgsText.format(args)));
  }
}
