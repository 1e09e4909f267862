package io.stagecraft.ui.build;

import io.stagecraft.core.build.BuildRequest;

/**
 * A variant ready to build.
 *
 * @param request what goes to the engine
 * @param text the Dockerfile's text, to map layers back to lines
 * @param description where the Dockerfile came from, for the user
 */
public record ResolvedVariant(BuildRequest request, String text, String description) {}
