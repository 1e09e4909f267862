package io.stagecraft.core.split;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions of the distroless images ({@code gcr.io/distroless/static, base, cc, python3,
 * nodejs*, java*}, with {@code -debianN} names and the {@code nonroot}, {@code debug} and {@code
 * debug-nonroot} tags), of {@code scratch}, and of common full distributions. Local images named
 * like them ({@code stagecraft/distroless-python3}) are taken to follow the same conventions.
 */
public final class DistrolessCatalogue implements RuntimeCatalogue {
  /** User id of {@code nonroot} in distroless images. */
  public static final String NONROOT_UID = "65532";

  private static final Pattern DISTROLESS =
      Pattern.compile(
          "(?:^|.*/)distroless[/-](static|base-nossl|base|cc|python3|nodejs\\d*|java\\d*|java-base)(-debian\\d+)?"
              + "(?::([\\w.-]+))?(?:@.*)?");
  private static final Set<String> FULL =
      Set.of(
          "debian",
          "ubuntu",
          "alpine",
          "busybox",
          "python",
          "golang",
          "fedora",
          "centos",
          "rockylinux",
          "almalinux",
          "amazonlinux",
          "gcc",
          "eclipse-temurin",
          "openjdk",
          "maven",
          "gradle");

  /** glibc's own libraries and loaders, which every glibc-based image holds. */
  static final Set<String> GLIBC =
      Set.of(
          "libc.so.6",
          "libm.so.6",
          "libpthread.so.0",
          "libdl.so.2",
          "librt.so.1",
          "libresolv.so.2",
          "libutil.so.1",
          "libanl.so.1",
          "libnss_files.so.2",
          "libnss_dns.so.2",
          "ld-linux-x86-64.so.2",
          "ld-linux-aarch64.so.1");

  /** What distroless base adds to glibc: OpenSSL. */
  private static final Set<String> BASE = union(GLIBC, "libssl.so.3", "libcrypto.so.3");

  /** What distroless cc adds to base: the GCC and C++ runtime libraries. */
  private static final Set<String> CC =
      union(BASE, "libgcc_s.so.1", "libstdc++.so.6", "libgomp.so.1");

  /** Libraries every Debian or Ubuntu image holds, since dpkg and apt need them. */
  private static final Set<String> DEBIAN =
      union(GLIBC, "libgcc_s.so.1", "libstdc++.so.6", "libz.so.1");

  /** {@code base} and {@code more}, as one set. */
  static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new java.util.HashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  @Override
  public Optional<RuntimeImage> lookup(String reference) {
    String ref = reference.strip();
    if (ref.equals("scratch")) {
      return Optional.of(
          new RuntimeImage(
              ref,
              List.of(),
              "",
              false,
              false,
              List.of(),
              true,
              RuntimeImage.Source.CATALOGUE,
              "scratch is empty: no shell, no C library, no users.",
              Set.of()));
    }
    Matcher m = DISTROLESS.matcher(ref);
    if (m.matches()) {
      return Optional.of(distroless(ref, m.group(1), m.group(3) == null ? "latest" : m.group(3)));
    }
    String repository = repository(ref);
    if (FULL.contains(repository)) {
      boolean tiny = repository.equals("busybox") || repository.equals("alpine");
      return Optional.of(
          new RuntimeImage(
              ref,
              List.of(),
              "",
              true,
              true,
              List.of(),
              false,
              RuntimeImage.Source.CATALOGUE,
              ref + " is a full distribution image: it has a shell and runs as root.",
              tiny ? Set.of() : DEBIAN));
    }
    return Optional.empty();
  }

  private static RuntimeImage distroless(String ref, String flavour, String tag) {
    boolean debug = tag.startsWith("debug");
    String user = tag.endsWith("nonroot") ? NONROOT_UID : "";
    List<String> entrypoint;
    List<String> programs;
    String what;
    if (flavour.equals("python3")) {
      entrypoint = List.of("/usr/bin/python3");
      programs = List.of("python3", "python");
      what = "its ENTRYPOINT is the Python interpreter, so CMD names only the script";
    } else if (flavour.startsWith("nodejs")) {
      entrypoint = List.of("/nodejs/bin/node");
      programs = List.of("node", "nodejs");
      what = "its ENTRYPOINT is node, so CMD names only the script";
    } else if (flavour.startsWith("java") && !flavour.equals("java-base")) {
      entrypoint = List.of("/usr/bin/java", "-jar");
      programs = List.of("java");
      what = "its ENTRYPOINT is java -jar, so CMD names only the jar";
    } else {
      // The debug variants of the plain images open a busybox shell by default.
      entrypoint = debug ? List.of("/busybox/sh") : List.of();
      programs = List.of();
      what = debug ? "its ENTRYPOINT is the busybox shell" : "it has no ENTRYPOINT";
    }
    boolean libc = !flavour.equals("static");
    Set<String> libraries =
        !libc
            ? Set.of()
            : switch (flavour) {
              case "base-nossl" -> GLIBC;
              case "base" -> BASE;
              case "python3" -> union(CC, "libz.so.1", "libexpat.so.1", "libffi.so.8");
              default -> flavour.startsWith("java") ? union(BASE, "libz.so.1") : CC;
            };
    String description =
        ref
            + " follows the distroless conventions: "
            + what
            + "; "
            + (debug ? "the debug tag adds a busybox shell; " : "there is no shell; ")
            + (user.isEmpty() ? "it runs as root" : "it runs as nonroot (uid " + NONROOT_UID + ")")
            + (libc ? "." : "; it has no C library, so programs must be statically linked.");
    return new RuntimeImage(
        ref,
        entrypoint,
        user,
        debug,
        libc,
        programs,
        true,
        RuntimeImage.Source.CATALOGUE,
        description,
        libraries);
  }

  /** The last path element of the repository, without registry, tag or digest, in lower case. */
  static String repository(String reference) {
    String ref = reference;
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    int colon = ref.lastIndexOf(':');
    if (colon > slash) {
      ref = ref.substring(0, colon);
    }
    return ref.substring(ref.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  /** The tag of a reference, or {@code latest}. */
  static String tag(String reference) {
    String ref = reference;
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    int colon = ref.lastIndexOf(':');
    return colon > slash ? ref.substring(colon + 1) : "latest";
  }
}
