package io.stagecraft.engine;

/**
 * A service whose user and data directory the builder makes, split onto {@code scratch}, which has
 * no users: the directory must arrive with the same numeric owner, and USER must be numeric.
 */
class CDataServiceSplitIT extends SampleSplitProof {

  CDataServiceSplitIT() {
    super("c-data-service", "scratch");
  }
}
