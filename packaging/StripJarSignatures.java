import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the signed jars among the app's libraries as unsigned copies, so that a class-data
 * archive (OpenJDK 17's CDS, or a later JDK's AOT cache) can hold their classes: both skip every
 * class of a signed jar, and the layout library (ELK and EMF, about 600 classes) is all signed. The
 * signatures protect nothing here: the jars come from Maven Central, checked by the build, and the
 * JVM does not check them again for classes on the class path. A copy drops the signature files
 * (META-INF/*.SF, *.RSA, *.DSA, *.EC) and the manifest's per-entry digests, and keeps its main
 * section. Jars without signature files are left as they are, so a second run changes nothing.
 *
 * <p>Run by the build at {@code prepare-package} (pom.xml), after the libraries are copied:
 *
 * <pre>java packaging/StripJarSignatures.java DIR GLOB</pre>
 *
 * for the jars in DIR whose names match GLOB (e.g. {@code org.eclipse.*.jar}). Bouncy Castle is not
 * matched: a JCE provider may be asked to prove its signature.
 */
public final class StripJarSignatures {
  private static final Pattern SIGNATURE =
      Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);
  private static final String MANIFEST = "META-INF/MANIFEST.MF";

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java StripJarSignatures.java DIR GLOB");
      System.exit(2);
    }
    int stripped = 0;
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), args[1])) {
      for (Path jar : jars) {
        if (strip(jar)) {
          stripped++;
        }
      }
    }
    System.out.println("unsigned copies made: " + stripped);
  }

  /** Rewrites {@code jar} without its signature, if it has one; says whether it did. */
  static boolean strip(Path jar) throws IOException {
    Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
    try (ZipFile in = new ZipFile(jar.toFile())) {
      if (in.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) {
        return false;
      }
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
        for (ZipEntry entry : in.stream().toList()) {
          if (SIGNATURE.matcher(entry.getName()).matches()) {
            continue;
          }
          ZipEntry kept = new ZipEntry(entry.getName());
          kept.setTime(entry.getTime());
          out.putNextEntry(kept);
          try (InputStream data = in.getInputStream(entry)) {
            if (entry.getName().equalsIgnoreCase(MANIFEST)) {
              out.write(mainSection(new String(data.readAllBytes(), StandardCharsets.UTF_8)));
            } else {
              data.transferTo(out);
            }
          }
          out.closeEntry();
        }
      }
    }
    Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  /**
   * The manifest's main section: the per-entry sections after the first empty line hold only the
   * digests a signature checks, thousands of lines the class loader would read for nothing.
   */
  static byte[] mainSection(String manifest) {
    String text = manifest.replace("\r\n", "\n");
    int end = text.indexOf("\n\n");
    String main = end < 0 ? text : text.substring(0, end + 1);
    return (main + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
