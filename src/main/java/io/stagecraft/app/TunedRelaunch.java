package io.stagecraft.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the desktop app started with {@code java -jar} in a second JVM with the options for a fast
 * first window (docs/adr/0014-java-jar-relaunch.md): the class-data archive the build makes beside
 * the jar, C1 only and the serial collector. A jar cannot give its JVM options, and OpenJDK 17 maps
 * an archive only when the command line names it; relaunching costs about a tenth of a second and
 * saves several.
 *
 * <p>It relaunches only when it can do so faithfully: launched with {@code -jar} on this jar, an
 * archive made by this very JVM build beside it, no archive or sharing option of the user's own,
 * and not already relaunched. Otherwise, or with {@code -Dstagecraft.relaunch=false}, the app
 * starts in this JVM as before.
 */
final class TunedRelaunch {
  /** Set in the second JVM's environment, so it never relaunches again. */
  static final String MARK = "STAGECRAFT_RELAUNCHED";

  /**
   * C1 only and the serial collector shorten the cold start (ADR 13). Soft references are cleared
   * at every full collection: JavaFX pools the images its effects draw into behind soft references
   * and touches them all whenever it looks for one, so under the default policy a box's shadow,
   * drawn again at each size the box grew to while typing, kept 50 MB alive. The heap starts at 64
   * MB, not at a 64th of the machine's memory: the serial collector never gives back memory below
   * the initial heap, so on a 24 GB machine 387 MB stayed committed behind 37-89 MB of live
   * objects. The same options are in the pom's javafx:run and in the app image's launcher.
   */
  static final List<String> OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:SoftRefLRUPolicyMSPerMB=0",
          "-Xms64m");

  private TunedRelaunch() {}

  /**
   * Relaunches if it can, waits for the second JVM and exits with its status; returns only when it
   * did not relaunch.
   */
  static void ifPossible() {
    if (!Boolean.parseBoolean(System.getProperty("stagecraft.relaunch", "true"))
        || System.getenv(MARK) != null) {
      return;
    }
    Optional<Path> jar = runningJar();
    Optional<List<String>> arguments = ownArguments();
    if (jar.isEmpty() || arguments.isEmpty()) {
      return;
    }
    Optional<List<String>> command =
        command(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            arguments.get(),
            jar.get(),
            archiveFor(jar.get(), System.getProperty("java.vm.version")));
    if (command.isEmpty()) {
      return;
    }
    ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
    builder.environment().put(MARK, "1");
    Process app;
    try {
      app = builder.start();
    } catch (IOException e) {
      return;
    }
    // A terminated launcher takes the app with it, as the one process it replaces would have gone.
    Runtime.getRuntime().addShutdownHook(new Thread(app::destroy, "stagecraft-relaunch-stop"));
    try {
      System.exit(app.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.exit(1);
    }
  }

  /**
   * The archive the build makes for the jar at {@code jar} with the JVM build {@code vmVersion}.
   */
  static Path archiveFor(Path jar, String vmVersion) {
    return jar.resolveSibling("stagecraft-" + vmVersion + ".jsa");
  }

  /**
   * The second JVM's command line, from this one's: the same executable, the tuned options, the
   * user's JVM options, and {@code -jar} with the jar's absolute path (OpenJDK 17 matches the class
   * path against the archive's) and the same arguments. Empty when it cannot be faithful.
   */
  static Optional<List<String>> command(
      String executable, List<String> args, Path jar, Path archive) {
    if (!Files.isRegularFile(archive)) {
      return Optional.empty();
    }
    int jarFlag = args.indexOf("-jar");
    if (jarFlag < 0
        || jarFlag + 1 >= args.size()
        || !sameFile(Path.of(args.get(jarFlag + 1)), jar)) {
      return Optional.empty();
    }
    List<String> userOptions = args.subList(0, jarFlag);
    if (userOptions.stream()
        .anyMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile"))) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(executable);
    command.addAll(OPTIONS);
    command.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
    command.addAll(userOptions);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(args.subList(jarFlag + 2, args.size()));
    return Optional.of(command);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * This JVM's arguments, after the executable, as Linux keeps them; read directly because {@code
   * ProcessHandle.info()} costs the start three times as long.
   */
  private static Optional<List<String>> ownArguments() {
    try {
      String all =
          new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8);
      List<String> arguments = List.of(all.split("\0"));
      return arguments.size() < 2
          ? Optional.empty()
          : Optional.of(arguments.subList(1, arguments.size()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The jar this class runs from, if it runs from a jar. */
  private static Optional<Path> runningJar() {
    try {
      var source = TunedRelaunch.class.getProtectionDomain().getCodeSource();
      Path path = source == null ? null : Path.of(source.getLocation().toURI());
      return path != null && Files.isRegularFile(path) && path.toString().endsWith(".jar")
          ? Optional.of(path)
          : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
