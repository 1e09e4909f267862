package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A Node app installed with npm ci on the node stand-in, split onto the distroless-nodejs stand-in,
 * whose ENTRYPOINT is node: the split's CMD must name only the script.
 */
class NodeRomanSplitIT extends SampleSplitProof {

  NodeRomanSplitIT() {
    super("node-roman", "stagecraft/node:bookworm", "stagecraft/distroless-nodejs:latest", false);
  }

  @Test
  void theCommandIsWrittenForTheRuntimesNodeEntrypoint() {
    assertTrue(split().after().endsWith("CMD [\"server.js\"]\n"), split().after());
  }
}
