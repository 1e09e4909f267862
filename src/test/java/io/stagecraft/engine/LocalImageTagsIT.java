package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's images as completion after FROM offers them, on the real engine. */
class LocalImageTagsIT {

  @Test
  void listsTheLocalImagesByRepositoryAndTagSortedWithoutUntaggedOnes() {
    EngineTests.requireEngine().close();
    try (LocalImageTags tags = new LocalImageTags()) {
      List<String> listed = tags.listNow();
      assertTrue(listed.contains("stagecraft/busybox:latest"), listed.toString());
      assertTrue(listed.contains("stagecraft/debian:bookworm"), listed.toString());
      assertTrue(listed.stream().noneMatch(t -> t.startsWith("<none>")), listed.toString());
      assertEquals(listed.stream().sorted().toList(), listed);
      assertEquals(listed, tags.get(), "a fresh listing is what get() answers");
    }
  }

  @Test
  void withoutAnEngineTheListIsEmptyAndGetNeverWaits() throws Exception {
    LocalImageTags tags =
        new LocalImageTags(
            EngineEndpoint.of(URI.create("unix:///nonexistent/docker.sock"), "test"));
    assertEquals(List.of(), tags.get(), "nothing listed yet: answered at once");
    assertEquals(List.of(), tags.listNow());
  }
}
