package io.stagecraft.engine;

/**
 * A C program linked dynamically against zlib, split onto the distroless-cc stand-in, which has the
 * C library but no zlib: the builder must gather libz.so.1 for the runtime.
 */
class CZlibSplitIT extends SampleSplitProof {

  CZlibSplitIT() {
    super("c-zlib", "stagecraft/distroless-cc:latest");
  }
}
