package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.EditDistance;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Severity;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Derives a {@link StageGraph} from a syntax tree, following BuildKit's resolution rules. */
final class StageGraphBuilder {
  /** BuildKit's rule for stage names, checked after lower-casing. */
  private static final Pattern VALID_STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");

  private final Dockerfile dockerfile;
  private final List<Instruction> preamble = new ArrayList<>();
  private final Map<String, String> globalArgs = new LinkedHashMap<>();
  private final Map<String, String> knownArgs = new HashMap<>();
  private final List<Stage> stages = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Stage> stagesByName = new HashMap<>();

  StageGraphBuilder(Dockerfile dockerfile) {
    this.dockerfile = dockerfile;
  }

  StageGraph build() {
    List<List<Instruction>> groups = new ArrayList<>();
    for (Instruction i : dockerfile.instructions()) {
      if (i.is(Keyword.FROM)) {
        groups.add(new ArrayList<>());
      }
      if (groups.isEmpty()) {
        preamble(i);
      } else {
        groups.get(groups.size() - 1).add(i);
      }
    }
    for (List<Instruction> group : groups) {
      Stage stage = stage(stages.size(), group);
      stages.add(stage);
      edges(stage);
      if (stage.name() != null) {
        stagesByName.putIfAbsent(stage.name().toLowerCase(Locale.ROOT), stage);
      }
    }
    return new StageGraph(dockerfile, preamble, globalArgs, stages, edges, diagnostics);
  }

  private void preamble(Instruction i) {
    preamble.add(i);
    if (i.is(Keyword.ARG)) {
      ArgExpander expander = new ArgExpander(knownArgs);
      for (KeyValue pair : i.pairs()) {
        globalArgs.put(pair.name(), pair.value());
        String value = pair.value() == null ? null : expander.expand(pair.value());
        if (value != null) {
          knownArgs.put(pair.name(), value);
        } else {
          knownArgs.remove(pair.name());
        }
      }
    } else if (i.kind() != null) {
      error(
          i.keyword().range(),
          "instruction-before-from",
          i.name() + " before the first FROM: only ARG may come before it");
    }
  }

  private Stage stage(int index, List<Instruction> instructions) {
    Instruction from = instructions.get(0);
    List<Word> words = from.words();
    Word baseWord = words.isEmpty() ? null : words.get(0);
    Word nameWord =
        words.size() == 3 && words.get(1).raw().equalsIgnoreCase("as") ? words.get(2) : null;
    String name = nameWord == null ? null : nameWord.raw();
    if (nameWord != null) {
      checkName(nameWord);
    }
    String base = baseWord == null ? "" : baseWord.raw();
    String expanded = new ArgExpander(knownArgs).expand(base);
    Flag platformFlag = from.flag("platform");
    String platform = platformFlag == null ? null : platformFlag.value();
    Instruction last = instructions.get(instructions.size() - 1);
    SourceRange range = dockerfile.lines().range(from.range().start(), last.range().end());
    return new Stage(
        index,
        name,
        nameWord,
        base,
        expanded == null ? base : expanded,
        baseWord,
        platform,
        List.copyOf(instructions),
        range);
  }

  private void checkName(Word nameWord) {
    String lower = nameWord.raw().toLowerCase(Locale.ROOT);
    if (!VALID_STAGE_NAME.matcher(lower).matches()) {
      error(
          nameWord.range(),
          "invalid-stage-name",
          "invalid name for build stage: \""
              + nameWord.raw()
              + "\", name can't start with a number or contain symbols");
      return;
    }
    Stage earlier = stagesByName.get(lower);
    if (earlier != null) {
      error(
          nameWord.range(),
          "duplicate-stage-name",
          "duplicate stage name \""
              + nameWord.raw()
              + "\": already used by the stage on line "
              + earlier.line());
    }
  }

  private void edges(Stage stage) {
    if (stage.baseWord() != null) {
      Stage parent = stagesByName.get(stage.resolvedBase().toLowerCase(Locale.ROOT));
      NodeRef from =
          parent != null
              ? new NodeRef.StageRef(parent.index())
              : new NodeRef.ImageRef(stage.resolvedBase());
      edges.add(
          new Edge(
              EdgeKind.BASE,
              from,
              stage.index(),
              stage.base(),
              stage.baseWord().range(),
              stage.from(),
              List.of(),
              null));
    }
    for (Instruction i : stage.instructions()) {
      if (i.is(Keyword.COPY)) {
        copyEdge(stage, i);
      } else if (i.is(Keyword.RUN)) {
        mountEdges(stage, i);
      }
    }
  }

  private void copyEdge(Stage stage, Instruction copy) {
    Flag flag = copy.flag("from");
    if (flag == null || flag.value() == null || flag.value().isEmpty()) {
      return;
    }
    NodeRef from = resolve(flag.value(), stage.index());
    List<String> paths = copy.words().stream().map(Word::value).toList();
    List<String> sources = paths.isEmpty() ? List.of() : paths.subList(0, paths.size() - 1);
    String destination = paths.isEmpty() ? null : paths.get(paths.size() - 1);
    edges.add(
        new Edge(
            EdgeKind.COPY,
            from,
            stage.index(),
            flag.value(),
            flag.valueRange(),
            copy,
            List.copyOf(sources),
            destination));
    if (from instanceof NodeRef.ImageRef && flag.value().indexOf('$') < 0) {
      String suggestion = EditDistance.closest(flag.value(), stageNamesBefore(stage.index()));
      if (suggestion != null) {
        diagnostics.add(
            new Diagnostic(
                flag.valueRange(),
                Severity.WARNING,
                "copy-from-typo",
                "COPY --from="
                    + flag.value()
                    + " names no stage and will be used as an image; did you mean \""
                    + suggestion
                    + "\"?"));
      }
    }
  }

  private void mountEdges(Stage stage, Instruction run) {
    for (Flag mount : run.flags("mount")) {
      for (Flag.Option option : mount.options()) {
        if (option.key().equals("from") && option.value() != null && !option.value().isEmpty()) {
          edges.add(
              new Edge(
                  EdgeKind.MOUNT,
                  resolve(option.value(), stage.index()),
                  stage.index(),
                  option.value(),
                  option.valueRange(),
                  run,
                  List.of(),
                  null));
        }
      }
    }
  }

  /** An earlier stage by name, else an earlier stage by index, else an external image. */
  private NodeRef resolve(String reference, int current) {
    String expanded = new ArgExpander(knownArgs).expand(reference);
    String name = expanded == null ? reference : expanded;
    Stage byName = stagesByName.get(name.toLowerCase(Locale.ROOT));
    if (byName != null && byName.index() < current) {
      return new NodeRef.StageRef(byName.index());
    }
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 9) {
      int index = Integer.parseInt(name);
      if (index < current) {
        return new NodeRef.StageRef(index);
      }
    }
    return new NodeRef.ImageRef(name);
  }

  private List<String> stageNamesBefore(int index) {
    return stages.stream()
        .filter(s -> s.index() < index && s.name() != null)
        .map(Stage::name)
        .toList();
  }

  private void error(SourceRange range, String code, String message) {
    diagnostics.add(new Diagnostic(range, Severity.ERROR, code, message));
  }
}
