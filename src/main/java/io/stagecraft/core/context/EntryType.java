package io.stagecraft.core.context;

/** The kinds of file a build context carries. */
public enum EntryType {
  FILE,
  DIRECTORY,
  SYMLINK
}
