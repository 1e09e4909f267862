package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A jar built with the JDK from Debian's packages, split onto the distroless-java17 stand-in, whose
 * ENTRYPOINT is java -jar: only the jar is copied, and CMD names only the jar.
 */
class JavaWordfreqSplitIT extends SampleSplitProof {

  JavaWordfreqSplitIT() {
    super("java-wordfreq", "stagecraft/distroless-java17:latest");
  }

  @Test
  void onlyTheJarIsCopiedAndTheCommandNamesIt() {
    assertTrue(
        split().after().contains("COPY --from=build /app/wordfreq.jar /app/wordfreq.jar\n"),
        split().after());
    assertTrue(split().after().endsWith("CMD [\"/app/wordfreq.jar\"]\n"), split().after());
  }
}
