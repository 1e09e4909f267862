package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
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

/**
 * Derives a {@link StageGraph} from a syntax tree, following BuildKit's resolution rules: stages
 * are named first, then every reference is resolved with {@link StageReferences}.
 */
final class StageGraphBuilder {
  /** BuildKit's rule for stage names, checked after lower-casing. */
  private static final Pattern VALID_STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");

  private final Dockerfile dockerfile;
  private final ArgScope scope;
  private final List<Instruction> preamble = new ArrayList<>();
  private final Map<String, String> globalArgs = new LinkedHashMap<>();
  private final List<Stage> stages = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<ReferenceSuggestion> suggestions = new ArrayList<>();
  private final Map<String, Stage> stagesByName = new HashMap<>();

  StageGraphBuilder(Dockerfile dockerfile, ReferenceContext context) {
    this.dockerfile = dockerfile;
    this.scope = new ArgScope(context);
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
    Map<String, String> fromScope = scope.global();
    List<Word> nameWords = new ArrayList<>();
    for (List<Instruction> group : groups) {
      Stage stage = stage(stages.size(), group, fromScope, nameWords);
      stages.add(stage);
      if (stage.name() != null) {
        stagesByName.putIfAbsent(stage.name().toLowerCase(Locale.ROOT), stage);
      }
    }
    StageReferences references =
        new StageReferences(stages, fromScope, diagnostics::add, suggestions::add);
    for (Stage stage : stages) {
      edges(stage, references);
    }
    references.checkCycles(edges);
    return new StageGraph(
        dockerfile, preamble, globalArgs, stages, edges, diagnostics, suggestions);
  }

  private void preamble(Instruction i) {
    preamble.add(i);
    if (i.is(Keyword.ARG)) {
      i.pairs().forEach(pair -> globalArgs.put(pair.name(), pair.value()));
      scope.declareGlobal(i);
    } else if (i.kind() != null) {
      error(
          i.keyword().range(),
          "instruction-before-from",
          i.name() + " before the first FROM: only ARG may come before it");
    }
  }

  private Stage stage(
      int index, List<Instruction> instructions, Map<String, String> fromScope, List<Word> names) {
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
    Flag platformFlag = from.flag("platform");
    String platform = platformFlag == null ? null : platformFlag.value();
    Instruction last = instructions.get(instructions.size() - 1);
    SourceRange range = dockerfile.lines().range(from.range().start(), last.range().end());
    return new Stage(
        index,
        name,
        nameWord,
        base,
        StageReferences.resolvedName(base, fromScope),
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

  private void edges(Stage stage, StageReferences references) {
    if (stage.baseWord() != null) {
      edges.add(
          references.edge(
              EdgeKind.BASE,
              stage,
              stage.from(),
              stage.base(),
              stage.baseWord().range(),
              references.fromScope(),
              List.of(),
              null));
    }
    for (Instruction i : stage.instructions()) {
      if (i.is(Keyword.COPY)) {
        copyEdge(stage, i, references);
      } else if (i.is(Keyword.RUN)) {
        mountEdges(stage, i, references);
      }
    }
  }

  private void copyEdge(Stage stage, Instruction copy, StageReferences references) {
    Flag flag = copy.flag("from");
    if (flag == null || flag.value() == null || flag.value().isEmpty()) {
      return;
    }
    List<String> paths = copy.words().stream().map(Word::value).toList();
    List<String> sources = paths.isEmpty() ? List.of() : paths.subList(0, paths.size() - 1);
    String destination = paths.isEmpty() ? null : paths.get(paths.size() - 1);
    edges.add(
        references.edge(
            EdgeKind.COPY,
            stage,
            copy,
            flag.value(),
            flag.valueRange(),
            scope.before(stage.instructions(), copy),
            List.copyOf(sources),
            destination));
  }

  private void mountEdges(Stage stage, Instruction run, StageReferences references) {
    for (Flag mount : run.flags("mount")) {
      for (Flag.Option option : mount.options()) {
        if (option.key().equals("from") && option.value() != null && !option.value().isEmpty()) {
          edges.add(
              references.edge(
                  EdgeKind.MOUNT,
                  stage,
                  run,
                  option.value(),
                  option.valueRange(),
                  scope.before(stage.instructions(), run),
                  List.of(),
                  null));
        }
      }
    }
  }

  private void error(SourceRange range, String code, String message) {
    diagnostics.add(new Diagnostic(range, Severity.ERROR, code, message));
  }
}
