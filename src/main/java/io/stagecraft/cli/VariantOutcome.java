package io.stagecraft.cli;

import io.stagecraft.core.build.BuildResult;
import io.stagecraft.core.build.ImageReport;
import io.stagecraft.core.build.RunResult;

/** What one variant came to: its build, its image, and its run when one was asked for. */
record VariantOutcome(VariantSpec spec, BuildResult build, ImageReport image, RunResult run) {}
