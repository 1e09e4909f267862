package io.stagecraft.core.split;

import io.stagecraft.core.edit.CopyPaths;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits one stage before one of its instructions into a builder (the instructions before it) and
 * a runtime stage (a new FROM, what the runtime needs from the builder, then the instructions from
 * the split point on), as one {@link DocumentEdit} that leaves every other byte alone.
 */
final class StageSplitter {
  /** Settings that describe the image rather than the build: they move to the runtime. */
  private static final Set<Keyword> METADATA = EnumSet.of(Keyword.EXPOSE, Keyword.LABEL, Keyword.MAINTAINER,
      Keyword.HEALTHCHECK, Keyword.STOPSIGNAL, Keyword.VOLUME, Keyword.ENTRYPOINT, Keyword.CMD);
  /** Settings the build needs too: they stay in the builder and are copied to the runtime. */
  private static final Set<Keyword> ENVIRONMENT = EnumSet.of(Keyword.WORKDIR, Keyword.ENV, Keyword.SHELL);
  /** ENV names that only steer builds and package managers. */
  private static final Set<String> BUILD_ONLY_ENV = Set.of("DEBIAN_FRONTEND", "CGO_ENABLED", "GOOS", "GOARCH", "GOARM",
      "GOFLAGS", "GOCACHE", "GOMODCACHE", "GOPROXY", "GOPRIVATE", "GONOSUMDB", "GOTOOLCHAIN", "PIP_NO_CACHE_DIR",
      "PIP_DISABLE_PIP_VERSION_CHECK", "PIP_DEFAULT_TIMEOUT", "PIP_ROOT_USER_ACTION", "PIP_BREAK_SYSTEM_PACKAGES",
      "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "NPM_CONFIG_LOGLEVEL", "MAVEN_OPTS", "MAVEN_CONFIG", "CC", "CXX",
      "CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS", "MAKEFLAGS");
  /** Users distroless images define. */
  private static final Set<String> DISTROLESS_USERS = Set.of("root", "nonroot", "nobody", "0", "65532", "65534");

  private final StageGraph graph;
  private final String text;
  private final char escape;
  private final Stage stage;
  private final int splitIndex;
  private final RuntimeImage runtime;
  private final List<TextEdit> edits = new ArrayList<>();
  private final List<Proposal> proposals = new ArrayList<>();
  private final List<Note> notes;

  /**
   * @param splitIndex the index in the stage's instructions where the runtime starts: 1 right after
   *     the FROM, the instruction count to split after the last one
   * @param notes notes that come before the split's own
   */
  StageSplitter(StageGraph graph, Stage stage, int splitIndex, RuntimeImage runtime, List<Note> notes) {
    this.notes = new ArrayList<>(notes);
    this.graph = graph;
    this.text = graph.dockerfile().text();
    this.escape = graph.dockerfile().escape();
    this.stage = stage;
    this.splitIndex = splitIndex;
    this.runtime = runtime;
  }

  SplitPreview split(String builderName, String runtimeName, Detection detection, boolean stripSymbols)
      throws EditException {
    List<Instruction> all = stage.instructions();
    List<Instruction> builder = all.subList(0, splitIndex);
    List<Instruction> tail = all.subList(splitIndex, all.size());
    BuildScan scan = BuildScan.of(text, escape, builder, graph.globalArgs());

    nameBuilder(builderName);
    BuilderFixes fixes = new BuilderFixes();
    fixes.staticGo(graph, scan, runtime);
    fixes.pipTarget(scan);
    if (stripSymbols) {
      fixes.stripSymbols(scan);
    }
    edits.addAll(fixes.edits());
    proposals.addAll(fixes.proposals());

    List<Artifact> recognised = new ArrayList<>(fixes.artifacts());
    recognised.addAll(OutputRules.recognise(scan));
    List<Artifact> copies = OutputRules.toCopy(recognised);

    // Sort the builder's settings into what stays, what is copied and what moves.
    List<Instruction> carried = new ArrayList<>();
    List<Instruction> moved = new ArrayList<>();
    for (Instruction i : builder.subList(1, builder.size())) {
      classify(i, carried, moved);
    }
    Set<String> envNames = new LinkedHashSet<>();
    carried.stream().filter(i -> i.is(Keyword.ENV)).forEach(i -> i.pairs().forEach(p -> envNames.add(p.name())));
    Map<String, String> hints = envHints(recognised, carried);

    List<Instruction> used = new ArrayList<>(carried);
    used.addAll(moved);
    used.addAll(tail);
    ArgCarrier args = new ArgCarrier(text, graph, builder, used, tail, envNames);

    Map<String, String> runtimeEnv = new LinkedHashMap<>(scan.env());
    runtimeEnv.putAll(hints);
    List<String> copiedPaths = copies.stream().map(a -> a.destination()).toList();
    List<Instruction> commandScope = new ArrayList<>(moved);
    commandScope.addAll(tail);
    CommandPlanner.Plan commands = new CommandPlanner(text, escape, runtime, copiedPaths, scan.workdir(), runtimeEnv)
        .plan(commandScope);

    String block = runtimeBlock(runtimeName, builderName, args, carried, hints, copies, recognised, moved, commands);
    int at = splitIndex < all.size() ? StageEdits.leadingCommentsStart(graph, tail.get(0)) : stage.range().end();
    Instruction last = builder.get(builder.size() - 1);
    if (tail.isEmpty() && last.range().of(text).strip().endsWith(String.valueOf(escape))) {
      throw new EditException("The " + last.name() + " on line " + last.line() + " ends with a line continuation, so a "
          + "new stage after it would join it: remove the trailing " + escape + " first.");
    }
    edits.add(TextEdit.insert(at, separatorBefore(keptTextEnd(at)) + block));
    for (Instruction i : tail) {
      String replaced = commands.rewritten().get(i);
      if (replaced != null) {
        edits.add(new TextEdit(i.range().start(), i.range().length(), replaced));
      }
    }
    checkTail(tail);
    checkLinking(scan);
    checkLaterStages();
    checkUser(carried, tail);
    proposals.addAll(commands.proposals());
    notes.addAll(commands.notes());
    if (copies.isEmpty()) {
      notes.add(new Note(Note.Level.PROBLEM, 0, "No build output was recognised and the WORKDIR is /, so nothing is "
          + "copied into the runtime: add COPY --from=" + builderName + " lines by hand."));
    }
    edits.addAll(StageEdits.shiftIndexReferences(graph, stage.index() + 1, +1));

    DocumentEdit edit = new DocumentEdit("Split stage " + stage.label() + " into " + builderName + " and "
        + runtimeName, inLineBreaksOfText(edits));
    String after = edit.applyTo(text);
    StageGraph result = StageGraph.parse(after);
    if (result.dockerfile().hasErrors() || result.stages().size() != graph.stages().size() + 1) {
      // A safety net: the checks above should make this unreachable.
      throw new EditException("The split would not parse as " + (graph.stages().size() + 1) + " stages: "
          + result.dockerfile().diagnostics().stream().filter(d -> d.isError()).map(d -> "line " + d.line() + ": "
          + d.message()).findFirst().orElse("the stages run together") + ".");
    }
    return new SplitPreview(text, after, edit, UnifiedDiff.of(text, after, "Dockerfile", "Dockerfile (split)", 3),
        stage.index(), builderName, runtimeName, runtime, detection, proposals, notes);
  }

  /** The edits with the text's own line breaks: a CRLF file gets CRLF lines. */
  private List<TextEdit> inLineBreaksOfText(List<TextEdit> list) {
    int first = text.indexOf('\n');
    if (first <= 0 || text.charAt(first - 1) != '\r') {
      return list;
    }
    return list.stream().map(e -> new TextEdit(e.offset(), e.length(),
        e.replacement().replace("\r\n", "\n").replace("\n", "\r\n"))).toList();
  }

  /** Names the stage as the builder: adds {@code AS name}, or renames it and its references. */
  private void nameBuilder(String builderName) throws EditException {
    if (!builderName.equals(stage.name())) {
      edits.addAll(StageEdits.rename(graph, stage.index(), builderName).edits());
    }
  }

  private void classify(Instruction i, List<Instruction> carried, List<Instruction> moved) {
    if (i.kind() == null) {
      return;
    }
    if (METADATA.contains(i.kind())) {
      moved.add(i);
      edits.add(TextEdit.delete(StageEdits.leadingCommentsStart(graph, i),
          i.range().end() - StageEdits.leadingCommentsStart(graph, i)));
    } else if (i.is(Keyword.USER)) {
      carried.add(i);
    } else if (i.is(Keyword.SHELL) && !runtime.hasShell()) {
      proposals.add(new Proposal(Proposal.Kind.DROPPED, i.range().of(text).strip(), null,
          runtime.reference() + " has no shell, so SHELL stays in the builder.", i.line()));
    } else if (i.is(Keyword.ENV) && i.pairs().stream().allMatch(p -> BUILD_ONLY_ENV.contains(p.name()))) {
      proposals.add(new Proposal(Proposal.Kind.DROPPED, i.range().of(text).strip(), null,
          "Only the build uses " + String.join(", ", i.pairs().stream().map(KeyValue::name).toList())
              + ", so it stays in the builder.", i.line()));
    } else if (ENVIRONMENT.contains(i.kind())) {
      carried.add(i);
    } else if (i.is(Keyword.ONBUILD)) {
      notes.add(new Note(Note.Level.INFO, i.line(), "ONBUILD stays in the builder; add it to the runtime by hand if "
          + "images are built FROM this one."));
    }
  }

  /** The environment copied outputs need that the carried ENVs do not already set. */
  private Map<String, String> envHints(List<Artifact> recognised, List<Instruction> carried) {
    Map<String, String> hints = new LinkedHashMap<>(OutputRules.runtimeEnv(recognised));
    for (Instruction i : carried) {
      if (i.is(Keyword.ENV)) {
        i.pairs().forEach(p -> hints.remove(p.name()));
      }
    }
    return hints;
  }

  private String runtimeBlock(String runtimeName, String builderName, ArgCarrier args, List<Instruction> carried,
      Map<String, String> hints, List<Artifact> copies, List<Artifact> recognised, List<Instruction> moved,
      CommandPlanner.Plan commands) {
    StringBuilder out = new StringBuilder();
    String from = "FROM " + runtime.reference() + " AS " + runtimeName;
    out.append(from).append('\n');
    proposals.add(new Proposal(Proposal.Kind.RUNTIME_BASE, from, null, runtime.description(), 0));
    args.lines().forEach(out::append);
    proposals.addAll(args.proposals());
    for (Instruction i : carried) {
      if (!i.is(Keyword.USER)) {
        out.append(carry(i));
      }
    }
    hints.forEach((k, v) -> {
      String line = "ENV " + k + "=" + v;
      out.append(line).append('\n');
      proposals.add(new Proposal(Proposal.Kind.ENV, line, null, "The copied outputs need it: " + reasonFor(recognised, k),
          0));
    });
    for (Artifact a : copies) {
      String line = "COPY --from=" + builderName + " " + CopyPaths.format(a.source(), a.destination());
      out.append(line).append('\n');
      String also = covered(a, recognised);
      proposals.add(new Proposal(Proposal.Kind.COPY_FROM, line, a.rule(), a.reason() + also, a.line()));
    }
    for (Instruction i : carried) {
      if (i.is(Keyword.USER)) {
        out.append(carry(i));
      }
    }
    for (Instruction i : moved) {
      String comments = text.substring(StageEdits.leadingCommentsStart(graph, i), i.range().start());
      String body = commands.rewritten().getOrDefault(i, i.range().of(text));
      out.append(comments).append(body.endsWith("\n") ? body : body + "\n");
      if (!commands.rewritten().containsKey(i)) {
        proposals.add(new Proposal(Proposal.Kind.MOVED, body.strip(), null, i.name()
            + " describes the image, not the build, so it moves to the runtime.", i.line()));
      }
    }
    return out.toString();
  }

  private String carry(Instruction i) {
    String line = i.range().of(text);
    proposals.add(new Proposal(Proposal.Kind.CARRIED, line.strip(), null, i.name()
        + " applies to the build and to the running app, so the runtime gets it too.", i.line()));
    return line.endsWith("\n") ? line : line + "\n";
  }

  private static String reasonFor(List<Artifact> recognised, String env) {
    return recognised.stream().filter(a -> a.runtimeEnv().containsKey(env)).map(Artifact::reason).findFirst().orElse("");
  }

  /** Names the other recognised outputs a copy already includes. */
  private static String covered(Artifact copy, List<Artifact> recognised) {
    List<String> inside = recognised.stream()
        .filter(a -> a != copy && OutputRules.covers(copy, a) && !a.source().equals(copy.source()))
        .map(a -> a.source() + " (" + a.rule() + ")").distinct().toList();
    return inside.isEmpty() ? "" : " It includes " + String.join(", ", inside) + ".";
  }

  /** Where the text that stays before {@code at} ends, once the moved instructions are gone. */
  private int keptTextEnd(int at) {
    int end = at;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (TextEdit e : edits) {
        if (e.length() > 0 && e.replacement().isEmpty() && e.end() == end) {
          end = e.offset();
          moved = true;
        }
      }
    }
    return end;
  }

  private String separatorBefore(int at) {
    if (at == 0) {
      return "";
    }
    if (text.charAt(at - 1) != '\n') {
      return "\n\n";
    }
    // No second line break when the line before is already blank.
    int lineStart = text.lastIndexOf('\n', at - 2) + 1;
    return text.substring(lineStart, at - 1).isBlank() && lineStart > 0 ? "" : "\n";
  }

  /** Instructions after the split point run in the runtime, which may lack what they need. */
  private void checkTail(List<Instruction> tail) {
    for (Instruction i : tail) {
      if (i.is(Keyword.RUN)) {
        if (i.form() != ArgumentForm.EXEC && !runtime.hasShell()) {
          notes.add(new Note(Note.Level.PROBLEM, i.line(), "RUN now runs in the runtime stage, and "
              + runtime.reference() + " has no shell for it: move it before the split point or write it in exec form."));
        } else if (runtime.minimal()) {
          notes.add(new Note(Note.Level.WARNING, i.line(), "RUN now runs in " + runtime.reference()
              + ", which holds almost no programs."));
        }
      }
    }
  }

  /** A stage built FROM the split stage now starts from the builder, without the moved settings. */
  private void checkLaterStages() {
    for (Edge e : graph.edgesFrom(stage.index())) {
      if (e.kind() == EdgeKind.BASE) {
        notes.add(new Note(Note.Level.WARNING, e.line(), "The stage on line " + e.line() + " builds FROM "
            + e.reference() + ", which is now the builder; point it at the runtime stage if it needs the app."));
      }
    }
  }

  /** A dynamically linked C program cannot start where there is no C library. */
  private void checkLinking(BuildScan scan) {
    if (runtime.hasLibc()) {
      return;
    }
    CCompilerRule compiler = new CCompilerRule();
    for (CommandContext c : scan.commands()) {
      if (!compiler.recognise(c).isEmpty() && !CCompilerRule.isStatic(c)) {
        notes.add(new Note(Note.Level.PROBLEM, c.line(), c.program() + " links " + compiler.recognise(c).get(0).source()
            + " dynamically, and " + runtime.reference() + " has no C library: link with -static, or use a runtime "
            + "with one, such as gcr.io/distroless/cc-debian12."));
      }
    }
  }

  /** A named USER from the builder exists only in the builder's /etc/passwd. */
  private void checkUser(List<Instruction> carried, List<Instruction> tail) {
    List<Instruction> users = new ArrayList<>(carried.stream().filter(i -> i.is(Keyword.USER)).toList());
    tail.stream().filter(i -> i.is(Keyword.USER)).forEach(users::add);
    if (users.isEmpty()) {
      if (!runtime.runsAsRoot()) {
        notes.add(new Note(Note.Level.INFO, 0, "The runtime runs as user " + runtime.user() + ", as "
            + runtime.reference() + " sets, where the original ran as root; the copied files are owned by root, so the "
            + "app can read them but not write to them."));
      }
      return;
    }
    for (Instruction u : users) {
      String user = u.words().isEmpty() ? "" : u.words().get(0).value();
      String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
      if (runtime.minimal() && !DISTROLESS_USERS.contains(name) && !name.chars().allMatch(Character::isDigit)) {
        notes.add(new Note(Note.Level.PROBLEM, u.line(), "USER " + user + " exists only in the builder's /etc/passwd, "
            + "not in " + runtime.reference() + ": use a numeric id (" + DistrolessCatalogue.NONROOT_UID
            + " is nonroot there)."));
      }
    }
  }
}
