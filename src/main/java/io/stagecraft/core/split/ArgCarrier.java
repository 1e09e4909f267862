package io.stagecraft.core.split;

import io.stagecraft.core.model.ProxyArgs;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.VariableRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ARG declarations a new runtime stage needs: an ARG of the original stage that the runtime
 * uses is carried over as written, and an ARG declared before the first FROM is declared again,
 * since a stage only sees a global ARG it declares.
 */
final class ArgCarrier {
  private final List<String> lines = new ArrayList<>();
  private final List<Proposal> proposals = new ArrayList<>();

  /**
   * @param builder the builder's instructions, FROM first
   * @param used the instructions of the runtime stage whose variables count
   * @param tail the instructions that stay after the split point; their own ARGs need no help
   * @param envNames names the runtime sets with ENV, which are not build args
   */
  ArgCarrier(
      String text,
      StageGraph graph,
      List<Instruction> builder,
      List<Instruction> used,
      List<Instruction> tail,
      Set<String> envNames) {
    Set<String> names = new LinkedHashSet<>();
    for (Instruction i : used) {
      for (VariableRef v : i.variables()) {
        names.add(v.name());
      }
    }
    Set<String> declaredInTail = declared(tail);
    Set<Instruction> carried = new LinkedHashSet<>();
    for (String name : names) {
      if (declaredInTail.contains(name)
          || envNames.contains(name)
          || ProxyArgs.NAMES.contains(name)) {
        continue;
      }
      Instruction local = lastDeclaration(builder, name);
      if (local != null) {
        if (carried.add(local)) {
          String line = local.range().of(text);
          lines.add(line.endsWith("\n") ? line : line + "\n");
          proposals.add(
              new Proposal(
                  Proposal.Kind.ARG,
                  line.strip(),
                  null,
                  "The runtime uses $"
                      + name
                      + ", declared in the original stage on line "
                      + local.line()
                      + ".",
                  local.line()));
        }
      } else if (graph.globalArgs().containsKey(name)) {
        lines.add("ARG " + name + "\n");
        proposals.add(
            new Proposal(
                Proposal.Kind.ARG,
                "ARG " + name,
                null,
                "The runtime uses $"
                    + name
                    + ", declared before the first FROM; a stage sees such an ARG only when it declares it again.",
                0));
      }
    }
  }

  /** The ARG lines for the top of the runtime stage, each ending with a line break. */
  List<String> lines() {
    return lines;
  }

  List<Proposal> proposals() {
    return proposals;
  }

  private static Set<String> declared(List<Instruction> instructions) {
    Set<String> names = new LinkedHashSet<>();
    for (Instruction i : instructions) {
      if (i.is(Keyword.ARG)) {
        i.pairs().forEach(p -> names.add(p.name()));
      }
    }
    return names;
  }

  private static Instruction lastDeclaration(List<Instruction> builder, String name) {
    Instruction found = null;
    for (Instruction i : builder) {
      if (i.is(Keyword.ARG)) {
        for (KeyValue p : i.pairs()) {
          if (p.name().equals(name)) {
            found = i;
          }
        }
      }
    }
    return found;
  }
}
