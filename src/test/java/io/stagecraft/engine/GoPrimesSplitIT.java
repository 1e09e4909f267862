package io.stagecraft.engine;

/** The Go sample, split onto {@code scratch}, standing in for distroless {@code static}. */
class GoPrimesSplitIT extends SampleSplitProof {

  GoPrimesSplitIT() {
    super("go-primes", "scratch");
  }
}
