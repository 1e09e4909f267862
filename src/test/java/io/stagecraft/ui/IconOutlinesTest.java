package io.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;

/**
 * The icons' outlines in {@code icons.properties} are the glyphs of the Material Design Icons font
 * as the ikonli pack ships it, each found by its ikonli name (which {@link Icon} repeats). Running
 * this class's {@code main} from the project folder writes the file again, after a name is added to
 * {@link Icon}:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.stagecraft.ui.IconOutlinesTest
 * </pre>
 */
class IconOutlinesTest {
  private static final String FONT =
      "/META-INF/resources/materialdesign2/7.4.47/fonts/materialdesignicons-webfont.ttf";
  private static final Path FILE = Path.of("src/main/resources/io/stagecraft/ui/icons.properties");

  @Test
  void everyIconHasTheOutlineOfItsGlyphInTheIconFont() {
    Map<String, String> fromFont = outlines();
    for (Icon icon : Icon.values()) {
      assertEquals(fromFont.get(icon.name()), icon.path(), icon.name());
    }
  }

  @Test
  void outlinesAreClosedPathsOnTheGrid() {
    for (Icon icon : Icon.values()) {
      String path = icon.path();
      assertNotNull(path, icon.name());
      assertTrue(path.startsWith("M") && path.endsWith("Z"), icon.name());
      for (String number : path.split("[MLQCZ ,]+")) {
        if (!number.isEmpty()) {
          double value = Double.parseDouble(number);
          assertTrue(value >= 0 && value <= Icon.GRID, icon.name() + ": " + value);
        }
      }
    }
  }

  @Test
  void anIconIsASquareOfItsSize() {
    var node = Icon.UNDO.node(14);
    assertEquals(14, node.getPrefWidth());
    assertEquals(14, node.getPrefHeight());
    assertFalse(node.getChildren().get(0).getStyleClass().isEmpty());
  }

  /** Writes icons.properties from the font. */
  public static void main(String[] args) throws IOException {
    String header =
        "# Outlines of Material Design Icons (Pictogrammers, Apache License 2.0) on their 24-unit grid,\n"
            + "# from the icon font in ikonli-materialdesign2-pack. Written by IconOutlinesTest's main.\n";
    String body =
        outlines().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(FILE, header + body, StandardCharsets.ISO_8859_1);
  }

  /** Each of {@link Icon}'s outlines, drawn from the font, by name. */
  static Map<String, String> outlines() {
    try (InputStream in =
        Ikon.class
            .getClassLoader()
            .loadClass("org.kordamp.ikonli.materialdesign2.MaterialDesignA")
            .getResourceAsStream(FONT)) {
      Font font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) Icon.GRID);
      FontRenderContext context = new FontRenderContext(null, true, true);
      LineMetrics metrics = font.getLineMetrics("M", context);
      Map<String, String> paths = new TreeMap<>();
      for (Icon icon : Icon.values()) {
        GlyphVector glyph =
            font.createGlyphVector(context, new String(Character.toChars(code(icon.name()))));
        // The baseline sits at the ascent, so the glyph's em square is the grid from (0, 0).
        paths.put(icon.name(), svg(glyph.getOutline(0, metrics.getAscent()).getPathIterator(null)));
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The code point ikonli gives the icon of this name, from the enum named by its first letter. */
  private static int code(String name) {
    try {
      Class<?> letter =
          Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + name.charAt(0));
      for (Object constant : letter.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return ((Ikon) constant).getCode();
        }
      }
      throw new IllegalArgumentException("no Material Design icon " + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no Material Design icon " + name, e);
    }
  }

  private static String svg(PathIterator it) {
    StringBuilder out = new StringBuilder();
    double[] c = new double[6];
    for (; !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> out.append('M').append(points(c, 1));
        case PathIterator.SEG_LINETO -> out.append('L').append(points(c, 1));
        case PathIterator.SEG_QUADTO -> out.append('Q').append(points(c, 2));
        case PathIterator.SEG_CUBICTO -> out.append('C').append(points(c, 3));
        case PathIterator.SEG_CLOSE -> out.append('Z');
        default -> throw new IllegalStateException();
      }
    }
    return out.toString();
  }

  private static String points(double[] c, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : " ")
          .append(number(c[2 * i]))
          .append(',')
          .append(number(c[2 * i + 1]));
    }
    return out.toString();
  }

  /** Two decimals, a hundredth of a pixel at 100 % zoom and more, without trailing zeros. */
  private static String number(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
  }
}
