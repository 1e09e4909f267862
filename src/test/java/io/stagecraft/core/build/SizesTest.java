package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SizesTest {
  @Test
  void ratiosAndHumanSizes() {
    assertEquals(5.53, Sizes.ratio(553, 100));
    assertEquals(0, Sizes.ratio(1, 0));
    assertEquals("1023 B", Sizes.human(1023));
    assertEquals("1.5 KiB", Sizes.human(1536));
    assertEquals("46.7 MiB", Sizes.human(48_968_499));
    assertEquals("48,968,499 B (46.7 MiB)", Sizes.exactAndHuman(48_968_499));
  }

  @Test
  void shortIdsAndManagers() {
    assertEquals("0123456789ab", Sizes.shortId("sha256:0123456789abcdef"));
    assertEquals("none", Sizes.managers(new AttackSurface(null, List.of(), Map.of())));
    assertEquals(
        "apt, dpkg",
        Sizes.managers(new AttackSurface("/bin/sh", List.of("apt", "dpkg"), Map.of())));
  }
}
