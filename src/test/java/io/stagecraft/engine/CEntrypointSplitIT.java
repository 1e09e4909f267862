package io.stagecraft.engine;

/**
 * A static C program started by a {@code #!/bin/sh} entrypoint script from the build context, split
 * onto the busybox stand-in: the script must come along, and the runtime must have {@code /bin/sh}.
 */
class CEntrypointSplitIT extends SampleSplitProof {

  CEntrypointSplitIT() {
    super("c-entrypoint", "stagecraft/busybox:latest", true);
  }
}
