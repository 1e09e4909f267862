package io.stagecraft.core.split;

import java.util.List;

/** An output rule that looks at one command of a RUN at a time. */
public interface CommandRule extends OutputRule {
  /** The outputs {@code command} makes; empty when the rule does not apply. */
  List<Artifact> recognise(CommandContext command);
}
