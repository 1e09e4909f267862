package io.stagecraft.cli;

import io.stagecraft.core.io.TextFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files, turning I/O failures into one clear line instead of a stack trace. */
final class InputFiles {
  private InputFiles() {}

  /** The file, or null after printing why it could not be read. */
  static TextFile read(Path path, PrintWriter err) {
    try {
      if (Files.isDirectory(path)) {
        err.println("stagecraft: " + path + " is a directory, not a Dockerfile");
        return null;
      }
      return TextFile.read(path);
    } catch (NoSuchFileException e) {
      err.println("stagecraft: " + path + ": no such file");
    } catch (AccessDeniedException e) {
      err.println("stagecraft: " + path + ": permission denied");
    } catch (IOException e) {
      err.println("stagecraft: cannot read " + path + ": " + e.getMessage());
    }
    return null;
  }
}
