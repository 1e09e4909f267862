package io.stagecraft.ui.build;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Dockerfiles a build may use, read on the JavaFX thread when a build starts so the build works
 * on a fixed copy while the user goes on editing.
 *
 * @param documentText the text in the editor
 * @param documentPath the editor's Dockerfile on disk, or null when it has none
 * @param originalText the single-stage original, or null when the project has none
 * @param originalPath the original on disk, or null
 * @param baseDir what relative context folders and files are resolved against; called off the
 *     JavaFX thread, as it may have to write the sample's files out first; it returns null when
 *     nothing is saved yet
 */
public record Sources(
    String documentText,
    Path documentPath,
    String originalText,
    Path originalPath,
    Supplier<Path> baseDir) {}
