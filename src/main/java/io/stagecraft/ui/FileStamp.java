package io.stagecraft.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file's size and modification time as last read or written, to notice when another program
 * changes or removes it while it is open: the open Dockerfile, and the lint configuration beside
 * it.
 */
public record FileStamp(Path file, long size, FileTime modified) {

  /** The file as it is now, or null when it is gone (or cannot be looked at). */
  public static FileStamp of(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStamp(file, a.size(), a.lastModifiedTime());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
