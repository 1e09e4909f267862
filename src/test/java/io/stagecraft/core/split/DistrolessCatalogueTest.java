package io.stagecraft.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistrolessCatalogueTest {
  private final DistrolessCatalogue catalogue = new DistrolessCatalogue();

  private RuntimeImage known(String ref) {
    return catalogue
        .lookup(ref)
        .orElseThrow(() -> new AssertionError(ref + " is not in the catalogue"));
  }

  @Test
  void python3sEntrypointIsTheInterpreter() {
    for (String ref :
        List.of(
            "gcr.io/distroless/python3",
            "gcr.io/distroless/python3-debian12:nonroot",
            "stagecraft/distroless-python3:latest")) {
      RuntimeImage r = known(ref);
      assertEquals(List.of("/usr/bin/python3"), r.entrypoint(), ref);
      assertFalse(r.hasShell(), ref);
      assertTrue(r.minimal(), ref);
      assertEquals(ref, r.reference());
    }
  }

  @Test
  void javaRunsJarsAndNodeRunsScripts() {
    assertEquals(
        List.of("/usr/bin/java", "-jar"), known("gcr.io/distroless/java17-debian12").entrypoint());
    assertEquals(List.of("/usr/bin/java", "-jar"), known("gcr.io/distroless/java21").entrypoint());
    assertEquals(
        List.of("/nodejs/bin/node"),
        known("gcr.io/distroless/nodejs20-debian12:nonroot").entrypoint());
  }

  @Test
  void staticHasNoCLibraryButBaseAndCcDo() {
    RuntimeImage s = known("gcr.io/distroless/static-debian12");
    assertFalse(s.hasLibc());
    assertEquals(List.of(), s.entrypoint());
    assertTrue(known("gcr.io/distroless/base-debian12").hasLibc());
    assertTrue(known("gcr.io/distroless/cc").hasLibc());
  }

  @Test
  void tagsDecideUserAndShell() {
    RuntimeImage plain = known("gcr.io/distroless/static");
    assertTrue(plain.runsAsRoot());
    assertFalse(plain.hasShell());
    RuntimeImage nonroot = known("gcr.io/distroless/static:nonroot");
    assertEquals("65532", nonroot.user());
    assertFalse(nonroot.runsAsRoot());
    RuntimeImage debug = known("gcr.io/distroless/static:debug");
    assertTrue(debug.hasShell());
    assertEquals(List.of("/busybox/sh"), debug.entrypoint());
    RuntimeImage both = known("gcr.io/distroless/python3-debian12:debug-nonroot");
    assertTrue(both.hasShell());
    assertEquals("65532", both.user());
    assertEquals(List.of("/usr/bin/python3"), both.entrypoint());
  }

  @Test
  void scratchAndFullDistributions() {
    RuntimeImage scratch = known("scratch");
    assertFalse(scratch.hasShell());
    assertFalse(scratch.hasLibc());
    RuntimeImage debian = known("debian:bookworm-slim");
    assertTrue(debian.hasShell());
    assertFalse(debian.minimal());
    assertTrue(known("stagecraft/debian:bookworm").hasShell());
  }

  @Test
  void unknownImagesAreAssumedToHaveAShell() {
    assertTrue(catalogue.lookup("example.com/team/app:1").isEmpty());
    RuntimeImage r = catalogue.resolve("example.com/team/app:1", null);
    assertEquals(RuntimeImage.Source.ASSUMED, r.source());
    assertTrue(r.hasShell());
    assertEquals(List.of(), r.entrypoint());
  }

  @Test
  void inspectionWinsOverTheCatalogueFieldByField() {
    RuntimeImage r =
        catalogue.resolve(
            "stagecraft/distroless-python3:latest", new ImageConfig(null, "65532", false));
    assertEquals(RuntimeImage.Source.INSPECTED, r.source());
    assertEquals("65532", r.user());
    assertEquals(List.of("/usr/bin/python3"), r.entrypoint());
    RuntimeImage local =
        catalogue.resolve("my/runtime:1", new ImageConfig(List.of("/usr/bin/python3"), "", false));
    assertEquals(List.of("/usr/bin/python3"), local.entrypoint());
    assertFalse(local.hasShell());
  }

  @Test
  void repositoryAndTag() {
    assertEquals(
        "python3-debian12",
        DistrolessCatalogue.repository("gcr.io/distroless/python3-debian12:nonroot"));
    assertEquals("debian", DistrolessCatalogue.repository("localhost:5000/debian"));
    assertEquals("latest", DistrolessCatalogue.tag("localhost:5000/debian"));
    assertEquals("3.12", DistrolessCatalogue.tag("python:3.12@sha256:abc"));
  }
}
