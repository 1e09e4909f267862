package io.stagecraft.core.context;

/**
 * The size of a build context compared with a warning threshold.
 *
 * @param totalBytes the summed size of all regular files that will be sent
 * @param fileCount how many regular files will be sent
 * @param warnThresholdBytes the size above which the user should be warned
 */
public record ContextSize(long totalBytes, int fileCount, long warnThresholdBytes) {

  /** True when the context is larger than the threshold. */
  public boolean exceedsThreshold() {
    return totalBytes > warnThresholdBytes;
  }
}
