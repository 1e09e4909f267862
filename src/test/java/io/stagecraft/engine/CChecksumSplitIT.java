package io.stagecraft.engine;

/**
 * The statically linked C sample, split onto {@code scratch}, standing in for distroless {@code
 * static}.
 */
class CChecksumSplitIT extends SampleSplitProof {

  CChecksumSplitIT() {
    super("c-checksum", "scratch");
  }
}
