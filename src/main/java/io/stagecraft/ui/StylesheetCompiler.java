package io.stagecraft.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step: writes a binary stylesheet ({@code .bss}) beside each of the app's stylesheets in the
 * compiled classes. JavaFX loads {@code x.bss} instead of {@code x.css} when both are there, and
 * reading the binary form is much quicker than parsing the text: the AtlantaFX theme alone took
 * about a tenth of a second of every cold start to parse (docs/adr/0013-startup.md).
 *
 * <p>Run by Maven with the classes folder as the argument; a launch without the {@code .bss} files
 * (from an IDE, say) parses the stylesheets as before.
 */
public final class StylesheetCompiler {
  private static final List<String> FOLDERS = List.of("atlantafx/base/theme", "io/stagecraft/ui");

  private StylesheetCompiler() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    for (String folder : FOLDERS) {
      try (Stream<Path> files = Files.list(classes.resolve(folder))) {
        for (Path css : files.filter(f -> f.toString().endsWith(".css")).sorted().toList()) {
          String name = css.getFileName().toString();
          Path bss =
              css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
          Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
      }
    }
  }
}
