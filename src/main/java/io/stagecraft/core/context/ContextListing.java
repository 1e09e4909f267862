package io.stagecraft.core.context;

import java.util.List;

/**
 * Everything that will be sent as the build context, in tar order, with its totals.
 *
 * @param entries files, directories and links, in the order the docker CLI writes them
 * @param totalBytes summed size of the regular files
 * @param fileCount number of regular files
 * @param skipped paths of special files (sockets, pipes, devices) that are left out
 */
public record ContextListing(
    List<ContextEntry> entries, long totalBytes, int fileCount, List<String> skipped) {

  public ContextListing {
    entries = List.copyOf(entries);
    skipped = List.copyOf(skipped);
  }

  /** Builds a listing from its entries, computing the totals. */
  public static ContextListing of(List<ContextEntry> entries, List<String> skipped) {
    long bytes = 0;
    int files = 0;
    for (ContextEntry entry : entries) {
      if (entry.type() == EntryType.FILE) {
        bytes += entry.size();
        files++;
      }
    }
    return new ContextListing(entries, bytes, files, skipped);
  }

  /** The names of all entries, in order. */
  public List<String> names() {
    return entries.stream().map(ContextEntry::name).toList();
  }

  /** The totals compared with a threshold chosen by the caller. */
  public ContextSize size(long warnThresholdBytes) {
    return new ContextSize(totalBytes, fileCount, warnThresholdBytes);
  }
}
