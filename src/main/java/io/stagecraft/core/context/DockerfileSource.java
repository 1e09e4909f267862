package io.stagecraft.core.context;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The Dockerfile to send with the context and the name it gets inside the context (the value of the
 * engine's {@code dockerfile} build parameter).
 *
 * @param file the Dockerfile on disk; it may live outside the context directory
 * @param entryName slash-separated path inside the context, for example {@code Dockerfile}
 */
public record DockerfileSource(Path file, String entryName) {

    public DockerfileSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entryName, "entryName");
    }

    /** A Dockerfile inside the context directory, sent under its own relative path like the docker CLI does. */
    public static DockerfileSource inContext(Path contextDir, Path file) throws BuildContextException {
        Path root = contextDir.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            throw new BuildContextException("The Dockerfile " + file + " is not inside the context directory "
                    + contextDir + "; give it an entry name instead");
        }
        return new DockerfileSource(file, slashPath(root.relativize(absolute)));
    }

    static String slashPath(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path element : relative) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(element);
        }
        return name.toString();
    }
}
