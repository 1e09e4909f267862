package io.stagecraft.core.lang;

import io.stagecraft.core.syntax.Keyword;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference text the language services show: what each instruction, flag, {@code --mount} key
 * and parser directive does, with a link to Docker's Dockerfile reference.
 */
public final class Reference {
  /** Docker's Dockerfile reference; each instruction has an anchor of its lower-case name. */
  public static final String BASE_URL = "https://docs.docker.com/reference/dockerfile/";

  /** One documented item: how it is written, what it does, and where to read more. */
  public record Entry(String label, String syntax, String summary, String url) {
    /** The entry as Markdown: the syntax as code, the summary, and the link. */
    public String markdown() {
      StringBuilder out = new StringBuilder();
      if (!syntax.isEmpty()) {
        out.append("```dockerfile\n").append(syntax).append("\n```\n\n");
      }
      out.append(summary);
      if (!url.isEmpty()) {
        out.append("\n\n[Dockerfile reference](").append(url).append(')');
      }
      return out.toString();
    }
  }

  private static final Map<Keyword, Entry> INSTRUCTIONS = new LinkedHashMap<>();
  private static final Map<String, Entry> FLAGS = new LinkedHashMap<>();
  private static final Map<String, Entry> MOUNT_KEYS = new LinkedHashMap<>();
  private static final Map<String, Entry> DIRECTIVES = new LinkedHashMap<>();

  static {
    instruction(
        Keyword.FROM,
        "FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]",
        "Starts a build stage on a base image, or on an earlier stage by its name or index. `AS`"
            + " names the stage so that `FROM`, `COPY --from` and `RUN --mount=from=` can use it.");
    instruction(
        Keyword.RUN,
        "RUN [--mount=...] [--network=...] [--security=...] <command>",
        "Runs a command in a new layer on top of the current image. Shell form runs it with the"
            + " stage's SHELL (`/bin/sh -c` by default); exec form (a JSON array) runs it"
            + " directly.");
    instruction(
        Keyword.CMD,
        "CMD [\"executable\", \"param\"]",
        "The default command of a container, or the default arguments of the ENTRYPOINT. Only the"
            + " last CMD of the final stage counts.");
    instruction(
        Keyword.LABEL,
        "LABEL <key>=<value> ...",
        "Adds metadata to the image as key-value pairs; `docker image inspect` shows them.");
    instruction(
        Keyword.MAINTAINER,
        "MAINTAINER <name>",
        "Deprecated: sets the image's author. Use `LABEL org.opencontainers.image.authors=...`.");
    instruction(
        Keyword.EXPOSE,
        "EXPOSE <port>[/<protocol>] ...",
        "Documents the ports the container listens on (tcp unless `/udp` is given). It publishes"
            + " nothing by itself.");
    instruction(
        Keyword.ENV,
        "ENV <key>=<value> ...",
        "Sets environment variables for the rest of the stage, for stages built on it, and for"
            + " containers run from the image.");
    instruction(
        Keyword.ADD,
        "ADD [--chown=<user>:<group>] [--chmod=<perms>] [--checksum=<sha256>] <src>... <dest>",
        "Copies files, folders, remote URLs or Git repositories into the image, and unpacks local"
            + " tar archives. Prefer COPY unless you need one of those.");
    instruction(
        Keyword.COPY,
        "COPY [--from=<stage|image>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] <src>..."
            + " <dest>",
        "Copies files and folders from the build context, or with `--from` from an earlier stage"
            + " or an image, into the image.");
    instruction(
        Keyword.ENTRYPOINT,
        "ENTRYPOINT [\"executable\", \"param\"]",
        "The executable a container runs. CMD supplies its default arguments; the exec form keeps"
            + " it PID 1 so that it receives signals.");
    instruction(
        Keyword.VOLUME,
        "VOLUME [\"/data\"]",
        "Marks a path as a mount point for externally mounted volumes.");
    instruction(
        Keyword.USER,
        "USER <user>[:<group>]",
        "Sets the user (and group) for the rest of the stage and for containers run from the"
            + " image. A numeric UID works on images without /etc/passwd.");
    instruction(
        Keyword.WORKDIR,
        "WORKDIR /path",
        "Sets the working directory for the instructions that follow and for the container,"
            + " creating it if needed. Use an absolute path.");
    instruction(
        Keyword.ARG,
        "ARG <name>[=<default>] ...",
        "Declares a build argument that `--build-arg` can set. Before the first FROM it can be used"
            + " in FROM lines; inside a stage it is visible from its declaration to the end of the"
            + " stage.");
    instruction(
        Keyword.ONBUILD,
        "ONBUILD <INSTRUCTION>",
        "Adds an instruction that runs when another build uses this image as its base.");
    instruction(
        Keyword.STOPSIGNAL,
        "STOPSIGNAL <signal>",
        "The signal sent to the container to stop it, such as `SIGTERM` or `9`.");
    instruction(
        Keyword.HEALTHCHECK,
        "HEALTHCHECK [--interval=30s] [--timeout=30s] [--start-period=0s] [--retries=3] CMD"
            + " <command>",
        "How the engine checks that the container still works; `HEALTHCHECK NONE` turns off a"
            + " check inherited from the base.");
    instruction(
        Keyword.SHELL,
        "SHELL [\"executable\", \"parameters\"]",
        "The shell that runs the shell form of RUN, CMD and ENTRYPOINT for the rest of the stage,"
            + " such as `[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`.");

    flag(
        "from",
        "--from=<stage|image>",
        "Copy from an earlier stage (by name or index) or an image"
            + " instead of the build context.",
        "copy---from");
    flag(
        "chown",
        "--chown=<user>:<group>",
        "Owner of the copied files in the image.",
        "copy---chown---chmod");
    flag(
        "chmod",
        "--chmod=<perms>",
        "Permissions of the copied files, such as `755`.",
        "copy---chown---chmod");
    flag(
        "link",
        "--link",
        "Copy into an independent layer, so that the layer is reused even when"
            + " earlier layers change.",
        "copy---link");
    flag(
        "parents",
        "--parents",
        "Keep the parent folders of the sources under the destination.",
        "copy---parents");
    flag(
        "exclude",
        "--exclude=<pattern>",
        "Leave out the files that match the pattern.",
        "copy---exclude");
    flag(
        "mount",
        "--mount=type=<cache|bind|secret|ssh|tmpfs>,...",
        "Mount a cache, a bind of a stage or the context, a secret, an SSH agent or a tmpfs while the"
            + " command runs; nothing of it stays in the layer.",
        "run---mount");
    flag(
        "network",
        "--network=<default|none|host>",
        "The network the command runs in.",
        "run---network");
    flag(
        "security",
        "--security=<sandbox|insecure>",
        "Run with extended privileges (insecure).",
        "run---security");
    flag(
        "platform",
        "--platform=<os>/<arch>[/<variant>]",
        "The platform of the base image, such as"
            + " `$BUILDPLATFORM` for a stage that cross-compiles.",
        "from");
    flag(
        "checksum",
        "--checksum=sha256:<hash>",
        "Verify a remote source of ADD against its digest.",
        "add---checksum");
    flag(
        "keep-git-dir",
        "--keep-git-dir",
        "Keep the .git folder when ADD clones a repository.",
        "add---keep-git-dir");
    flag("unpack", "--unpack", "Unpack a remote archive that ADD downloads.", "add");
    flag(
        "interval",
        "--interval=<duration>",
        "Time between two checks (default 30s).",
        "healthcheck");
    flag(
        "timeout",
        "--timeout=<duration>",
        "A check that takes longer fails (default 30s).",
        "healthcheck");
    flag(
        "start-period",
        "--start-period=<duration>",
        "Time for the container to start before" + " failures count (default 0s).",
        "healthcheck");
    flag(
        "start-interval",
        "--start-interval=<duration>",
        "Time between checks during the start" + " period (default 5s).",
        "healthcheck");
    flag(
        "retries",
        "--retries=<n>",
        "Consecutive failures that make the container unhealthy" + " (default 3).",
        "healthcheck");

    mount("type", "type=cache|bind|secret|ssh|tmpfs", "The kind of mount (bind by default).");
    mount("target", "target=<path>", "Where the mount appears (also `dst`, `destination`).");
    mount("from", "from=<stage|image>", "The stage or image a bind or cache mount reads from.");
    mount("source", "source=<path>", "The path in `from` (or the context) to mount (also `src`).");
    mount("id", "id=<id>", "The cache's or secret's id.");
    mount("sharing", "sharing=shared|private|locked", "How concurrent builds share a cache.");
    mount("mode", "mode=<octal>", "File mode of a cache's root, a secret or an SSH socket.");
    mount("uid", "uid=<uid>", "Owner of the mount.");
    mount("gid", "gid=<gid>", "Group of the mount.");
    mount("readonly", "readonly", "Mount read-only (also `ro`).");
    mount("rw", "rw", "Make a bind mount writable; writes are thrown away.");
    mount("required", "required", "Fail when the secret or SSH agent is not given.");
    mount("env", "env=<name>", "Expose a secret as an environment variable.");
    mount("size", "size=<bytes>", "Size limit of a tmpfs.");

    directive(
        "syntax",
        "# syntax=docker/dockerfile:1",
        "The frontend image that parses the"
            + " file, such as `docker/dockerfile:1` for the newest stable syntax.",
        "syntax");
    directive(
        "escape",
        "# escape=`",
        "The escape and line-continuation character: `\\` (the"
            + " default) or a backtick, common in Windows Dockerfiles.",
        "escape");
    directive(
        "check",
        "# check=skip=<rules>|all;error=true",
        "Which build checks to skip, and whether a failed check fails the build.",
        "check");
  }

  private Reference() {}

  private static void instruction(Keyword k, String syntax, String summary) {
    String name = k.name();
    INSTRUCTIONS.put(
        k, new Entry(name, syntax, summary, BASE_URL + "#" + name.toLowerCase(Locale.ROOT)));
  }

  private static void flag(String name, String syntax, String summary, String anchor) {
    FLAGS.put(name, new Entry("--" + name, syntax, summary, BASE_URL + "#" + anchor));
  }

  private static void mount(String key, String syntax, String summary) {
    MOUNT_KEYS.put(key, new Entry(key, syntax, summary, BASE_URL + "#run---mount"));
  }

  private static void directive(String name, String syntax, String summary, String anchor) {
    DIRECTIVES.put(name, new Entry(name, syntax, summary, BASE_URL + "#" + anchor));
  }

  public static Entry instruction(Keyword k) {
    return INSTRUCTIONS.get(k);
  }

  /** A flag's entry by its name without dashes, or null. */
  public static Entry flag(String name) {
    return FLAGS.get(name.toLowerCase(Locale.ROOT));
  }

  /** A {@code --mount} key's entry, or null. */
  public static Entry mountKey(String key) {
    return MOUNT_KEYS.get(key.toLowerCase(Locale.ROOT));
  }

  /** A parser directive's entry, or null. */
  public static Entry directive(String name) {
    return DIRECTIVES.get(name.toLowerCase(Locale.ROOT));
  }

  /** Every builder flag's name, without dashes. */
  public static List<String> flags() {
    return List.copyOf(FLAGS.keySet());
  }

  public static List<String> mountKeys() {
    return List.copyOf(MOUNT_KEYS.keySet());
  }

  public static List<String> directives() {
    return List.copyOf(DIRECTIVES.keySet());
  }
}
