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
 * Splits one stage before one of its instructions into a builder (the instructions before it) and a
 * runtime stage (a new FROM, what the runtime needs from the builder, then the instructions from
 * the split point on), as one {@link DocumentEdit} that leaves every other byte alone.
 */
final class StageSplitter {
  /** Settings that describe the image rather than the build: they move to the runtime. */
  private static final Set<Keyword> METADATA =
      EnumSet.of(
          Keyword.EXPOSE,
          Keyword.LABEL,
          Keyword.MAINTAINER,
          Keyword.HEALTHCHECK,
          Keyword.STOPSIGNAL,
          Keyword.VOLUME,
          Keyword.ENTRYPOINT,
          Keyword.CMD);

  /** Settings the build needs too: they stay in the builder and are copied to the runtime. */
  private static final Set<Keyword> ENVIRONMENT =
      EnumSet.of(Keyword.WORKDIR, Keyword.ENV, Keyword.SHELL);

  /** ENV names that only steer builds and package managers. */
  private static final Set<String> BUILD_ONLY_ENV =
      Set.of(
          "DEBIAN_FRONTEND",
          "CGO_ENABLED",
          "GOOS",
          "GOARCH",
          "GOARM",
          "GOFLAGS",
          "GOCACHE",
          "GOMODCACHE",
          "GOPROXY",
          "GOPRIVATE",
          "GONOSUMDB",
          "GOTOOLCHAIN",
          "PIP_NO_CACHE_DIR",
          "PIP_DISABLE_PIP_VERSION_CHECK",
          "PIP_DEFAULT_TIMEOUT",
          "PIP_ROOT_USER_ACTION",
          "PIP_BREAK_SYSTEM_PACKAGES",
          "PIP_INDEX_URL",
          "PIP_EXTRA_INDEX_URL",
          "NPM_CONFIG_LOGLEVEL",
          "MAVEN_OPTS",
          "MAVEN_CONFIG",
          "CC",
          "CXX",
          "CFLAGS",
          "CXXFLAGS",
          "CPPFLAGS",
          "LDFLAGS",
          "MAKEFLAGS");

  /** Users distroless images define. */
  private static final Set<String> DISTROLESS_USERS =
      Set.of("root", "nonroot", "nobody", "0", "65532", "65534");

  /** The user a split adds to a runtime that would run as root: distroless's nonroot, by number. */
  static final String NONROOT_USER =
      DistrolessCatalogue.NONROOT_UID + ":" + DistrolessCatalogue.NONROOT_UID;

  private final StageGraph graph;
  private final String text;
  private final char escape;
  private final Stage stage;
  private final int splitIndex;
  private final RuntimeImage runtime;
  private final SplitRequest request;
  private final List<Instruction> builder;
  private final List<Instruction> tail;

  // What this one pass produces: the edits of the text, and the proposals and notes that explain
  // them. A StageSplitter is made for one split and thrown away after it.
  private final List<TextEdit> edits = new ArrayList<>();
  private final List<Proposal> proposals = new ArrayList<>();
  private final List<Note> notes;
  private final List<Refusal> refusals = new ArrayList<>();

  /**
   * What a split is asked to do.
   *
   * @param splitIndex the index in the stage's instructions where the runtime starts: 1 right after
   *     the FROM, the instruction count to split after the last one
   * @param options the user's choices; {@code nonroot} gives a runtime that would run as root, in a
   *     stage that sets no USER of its own, {@link #NONROOT_USER}
   * @param notes notes that come before the split's own
   */
  record SplitRequest(
      StageGraph graph,
      Stage stage,
      int splitIndex,
      RuntimeImage runtime,
      String builderName,
      String runtimeName,
      Detection detection,
      SplitOptions options,
      List<Note> notes,
      boolean builderHasShell) {}

  /** A directory the builder gave to a user, copied with the same numeric owner. */
  private record OwnedCopy(String line, String reason, int sourceLine) {}

  /** The builder's own settings, sorted by where they belong once the stage is split. */
  private record Settings(List<Instruction> carried, List<Instruction> moved) {}

  /**
   * Everything the runtime stage is made of, in the order it is written.
   *
   * @param hints ENVs the copied outputs need that no carried ENV sets
   * @param userAtEnd whether the added USER ends the runtime block (else it follows the last RUN)
   */
  private record RuntimePlan(
      ArgCarrier args,
      Settings settings,
      Map<String, String> hints,
      List<Artifact> recognised,
      List<Artifact> copies,
      CommandPlanner.Plan commands,
      boolean addUser,
      Instruction userAfter,
      List<ContextFilesRule.ContextCopy> contextCopies,
      SharedLibrariesRule.Collection libraries,
      List<OwnedCopy> ownedCopies,
      BuilderUsers users) {

    boolean userAtEnd() {
      return addUser && userAfter == null;
    }
  }

  private StageSplitter(SplitRequest request) {
    this.request = request;
    this.graph = request.graph();
    this.text = graph.dockerfile().text();
    this.escape = graph.dockerfile().escape();
    this.stage = request.stage();
    this.splitIndex = request.splitIndex();
    this.runtime = request.runtime();
    this.notes = new ArrayList<>(request.notes());
    List<Instruction> all = stage.instructions();
    this.builder = all.subList(0, splitIndex);
    this.tail = all.subList(splitIndex, all.size());
  }

  /** Computes the split that {@code request} asks for. */
  static SplitPreview split(SplitRequest request) throws EditException {
    return new StageSplitter(request).split();
  }

  private SplitPreview split() throws EditException {
    refuseJoiningContinuation();
    nameBuilder();
    BuildScan scan = BuildScan.of(text, escape, builder, graph.globalArgs());
    RuntimePlan plan = plan(scan, fixBuilder(scan));
    insertRuntimeStage(plan);
    rewriteTail(plan);
    checkTail();
    if (plan.libraries() == null) {
      checkLinking(scan);
    }
    checkLaterStages();
    checkUser(plan.settings().carried(), plan.addUser(), plan.users());
    checkPermissions(scan, plan.copies(), plan.settings().carried(), plan.addUser());
    proposals.addAll(plan.commands().proposals());
    notes.addAll(plan.commands().notes());
    if (plan.copies().isEmpty()) {
      notes.add(
          new Note(
              Note.Level.PROBLEM,
              0,
              "No build output was recognised and the WORKDIR is /, so nothing is "
                  + "copied into the runtime: add COPY --from="
                  + request.builderName()
                  + " lines by hand."));
    }
    edits.addAll(StageEdits.shiftIndexReferences(graph, stage.index() + 1, +1));
    return preview();
  }

  /** A new stage after an instruction that ends with a line continuation would join it. */
  private void refuseJoiningContinuation() throws EditException {
    Instruction last = builder.get(builder.size() - 1);
    if (tail.isEmpty() && last.range().of(text).strip().endsWith(String.valueOf(escape))) {
      throw new EditException(
          "The "
              + last.name()
              + " on line "
              + last.line()
              + " ends with a line continuation, so a "
              + "new stage after it would join it: remove the trailing "
              + escape
              + " first.");
    }
  }

  /** Changes the builder where the runtime needs it; returns every recognised output. */
  private List<Artifact> fixBuilder(BuildScan scan) {
    BuilderFixes fixes = new BuilderFixes();
    fixes.staticGo(graph, scan, runtime);
    fixes.pipTarget(scan);
    if (request.options().stripSymbols()) {
      fixes.stripSymbols(scan);
    }
    edits.addAll(fixes.edits());
    proposals.addAll(fixes.proposals());
    List<Artifact> recognised = new ArrayList<>(fixes.artifacts());
    recognised.addAll(OutputRules.recognise(scan));
    return recognised;
  }

  /** Decides what the runtime stage holds: ARGs, settings, environment, copies and commands. */
  private RuntimePlan plan(BuildScan scan, List<Artifact> recognised) {
    List<Artifact> copies = OutputRules.toCopy(recognised);
    Settings settings = sortSettings();
    Set<String> envNames = new LinkedHashSet<>();
    settings.carried().stream()
        .filter(i -> i.is(Keyword.ENV))
        .forEach(i -> i.pairs().forEach(p -> envNames.add(p.name())));
    Map<String, String> hints = envHints(recognised, settings.carried());

    List<Instruction> used = new ArrayList<>(settings.carried());
    used.addAll(settings.moved());
    used.addAll(tail);
    ArgCarrier args = new ArgCarrier(text, graph, builder, used, tail, envNames);

    Map<String, String> runtimeEnv = new LinkedHashMap<>(scan.env());
    runtimeEnv.putAll(hints);
    List<String> copiedPaths = copies.stream().map(a -> a.destination()).toList();
    List<Instruction> commandScope = new ArrayList<>(settings.moved());
    commandScope.addAll(tail);
    CommandPlanner.Plan commands =
        new CommandPlanner(text, escape, runtime, copiedPaths, scan.workdir(), runtimeEnv)
            .plan(commandScope);

    // A runtime that would run as root gets a numeric non-root USER, unless the stage chose its
    // own.
    boolean ownUser =
        settings.carried().stream().anyMatch(i -> i.is(Keyword.USER))
            || tail.stream().anyMatch(i -> i.is(Keyword.USER));
    boolean addUser = request.options().nonroot() && !ownUser && runtime.runsAsRoot();
    Instruction userAfter = addUser ? lastRunBeforeUser() : null;

    BuilderUsers users = BuilderUsers.of(scan);
    List<String> filled = new ArrayList<>(copiedPaths);
    SharedLibrariesRule.Collection libraries =
        SharedLibrariesRule.plan(
            scan, runtime, request.builderName(), escape, request.builderHasShell());
    List<OwnedCopy> owned = ownedCopies(users, filled);
    owned.forEach(o -> filled.add(o.line().substring(o.line().lastIndexOf(' ') + 1)));
    List<ContextFilesRule.ContextCopy> contextCopies =
        new ContextFilesRule(
                namedByCommands(commandScope, scan.workdir(), runtimeEnv.get("PATH")),
                scan.commands(),
                filled,
                users)
            .copies(builder.subList(1, builder.size()));
    Map<String, String> contextSources = new LinkedHashMap<>();
    contextCopies.forEach(c -> contextSources.putAll(c.sourcesByTarget()));
    filled.addAll(contextSources.keySet());
    InterpreterRule interpreters =
        new InterpreterRule(
            text,
            escape,
            runtime,
            request.options().context(),
            contextSources,
            filled,
            scan.workdir(),
            runtimeEnv.get("PATH"),
            request.detection());
    interpreters.check(commandScope, notes).ifPresent(refusals::add);
    boolean stageSetsPath =
        envNames.contains("PATH")
            || hints.containsKey("PATH")
            || tail.stream()
                .anyMatch(
                    i ->
                        i.is(Keyword.ENV)
                            && i.pairs().stream().anyMatch(p -> p.name().equals("PATH")));
    new ProgramPathRule(
            text,
            escape,
            runtime,
            filled,
            runtimeEnv.get("PATH"),
            stageSetsPath ? runtimeEnv.get("PATH") : null)
        .check(commandScope)
        .ifPresent(notes::add);
    if (interpreters.unknown() != null) {
      notes.add(
          new Note(
              Note.Level.WARNING,
              0,
              "Whether "
                  + runtime.reference()
                  + " has "
                  + interpreters.unknown()
                  + ", which the app's command needs, is not known: inspect it on the engine."));
    }
    return new RuntimePlan(
        args,
        settings,
        hints,
        recognised,
        copies,
        commands,
        addUser,
        userAfter,
        contextCopies,
        libraries,
        owned,
        users);
  }

  /**
   * The paths the app's ENTRYPOINT and CMD name: the program (in each PATH directory, for a bare
   * name) and every argument that could be a file.
   */
  private List<String> namedByCommands(List<Instruction> scope, String workdir, String path) {
    List<String> named = new ArrayList<>();
    for (Instruction i : scope) {
      if (!i.is(Keyword.ENTRYPOINT) && !i.is(Keyword.CMD)) {
        continue;
      }
      List<String> argv = ExecForm.argv(text, escape, i);
      if (argv == null || argv.isEmpty()) {
        continue;
      }
      String program = argv.get(0);
      if (program.contains("/")) {
        named.add(ImagePaths.resolve(workdir == null ? "/" : workdir, program));
      } else {
        for (String dir : (path == null ? BuildScan.DEFAULT_PATH : path).split(":")) {
          named.add(ImagePaths.resolve(dir, program));
        }
      }
      for (String a : argv.subList(1, argv.size())) {
        String p = a == null || a.startsWith("-") ? null : ImagePaths.resolve(workdir, a);
        if (p != null && !p.equals("/")) {
          named.add(p);
        }
      }
    }
    return named;
  }

  /**
   * The directories the builder gave to a user (chown), copied with the same numeric owner so they
   * exist in the runtime as the app expects; a name with no fixed id refuses a runtime without the
   * builder's users.
   */
  private List<OwnedCopy> ownedCopies(BuilderUsers users, List<String> copied) {
    List<OwnedCopy> out = new ArrayList<>();
    for (BuilderUsers.OwnedDirectory d : users.owned()) {
      if (copied.stream().anyMatch(c -> ImagePaths.within(d.path(), c))) {
        continue;
      }
      String numeric = users.numeric(d.owner());
      if (numeric == null) {
        if (runtime.minimal()) {
          refusals.add(
              new Refusal(
                  Refusal.Missing.USER,
                  d.line(),
                  d.path()
                      + " belongs to "
                      + d.owner()
                      + ", whose numeric id the builder does not fix, and "
                      + runtime.reference()
                      + " has no such user: give it one with useradd --uid and groupadd --gid.",
                  null));
        } else {
          notes.add(
              new Note(
                  Note.Level.WARNING,
                  d.line(),
                  d.path()
                      + " belongs to "
                      + d.owner()
                      + " in the builder; the runtime does not get it, since the user's numeric id"
                      + " is not fixed there (useradd --uid)."));
        }
        continue;
      }
      String line =
          "COPY --from="
              + request.builderName()
              + " --chown="
              + numeric
              + " "
              + CopyPaths.format(d.path(), d.path());
      out.add(
          new OwnedCopy(
              line,
              "The builder gives "
                  + d.path()
                  + " to "
                  + d.owner()
                  + " (line "
                  + d.line()
                  + "), so the runtime gets it with the same owner, by number ("
                  + numeric
                  + "), which needs no entry in "
                  + runtime.reference()
                  + "'s /etc/passwd.",
              d.line()));
    }
    return out;
  }

  /**
   * RUNs after the split point ran as root in the original, so an added USER goes after the last of
   * them; null when it can end the runtime block. A RUN that ends the file with a line continuation
   * would join a line after it, so the USER comes before it, with a warning.
   */
  private Instruction lastRunBeforeUser() {
    Instruction lastRun =
        tail.stream().filter(i -> i.is(Keyword.RUN)).reduce((a, b) -> b).orElse(null);
    if (lastRun != null
        && lastRun.heredocs().isEmpty()
        && lastRun.range().of(text).strip().endsWith(String.valueOf(escape))) {
      notes.add(
          new Note(
              Note.Level.WARNING,
              lastRun.line(),
              "The RUN on line "
                  + lastRun.line()
                  + " ends with a line "
                  + "continuation, so the added USER "
                  + NONROOT_USER
                  + " comes before it and it runs as that user, not as "
                  + "root: remove the trailing "
                  + escape
                  + " and move the USER after it if it needs root."));
      return null;
    }
    return lastRun;
  }

  /** Sorts the builder's settings into what stays, what is copied and what moves. */
  private Settings sortSettings() {
    List<Instruction> carried = new ArrayList<>();
    List<Instruction> moved = new ArrayList<>();
    for (Instruction i : builder.subList(1, builder.size())) {
      classify(i, carried, moved);
    }
    return new Settings(carried, moved);
  }

  /**
   * Inserts the runtime stage at the split point (or after the stage), and the USER if it trails.
   */
  private void insertRuntimeStage(RuntimePlan plan) {
    String block = runtimeBlock(plan);
    int at =
        splitIndex < stage.instructions().size()
            ? StageEdits.leadingCommentsStart(graph, tail.get(0))
            : stage.range().end();
    String builderEnd = "";
    if (plan.libraries() != null) {
      // The builder's last step, so it follows the builder's own instructions directly.
      builderEnd =
          (at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "") + plan.libraries().builderRun();
      proposals.add(
          new Proposal(
              Proposal.Kind.BUILDER_CHANGE,
              plan.libraries().builderRun().strip(),
              "shared-libraries",
              plan.libraries().reason(),
              plan.libraries().line()));
    }
    edits.add(
        TextEdit.insert(
            at,
            builderEnd + (builderEnd.isEmpty() ? separatorBefore(keptTextEnd(at)) : "\n") + block));
    Instruction lastRun = plan.userAfter();
    if (lastRun != null) {
      String line = userLine(lastRun.line());
      int end = lastRun.range().end();
      edits.add(TextEdit.insert(end, (text.charAt(end - 1) == '\n' ? "" : "\n") + line));
    }
  }

  /** The instructions after the split point, fitted to the runtime. */
  private void rewriteTail(RuntimePlan plan) {
    for (Instruction i : tail) {
      String replaced = plan.commands().rewritten().get(i);
      if (replaced != null) {
        edits.add(new TextEdit(i.range().start(), i.range().length(), replaced));
      }
    }
  }

  /** The preview of the edits made so far, after the last safety check. */
  private SplitPreview preview() throws EditException {
    String builderName = request.builderName();
    String runtimeName = request.runtimeName();
    DocumentEdit edit =
        new DocumentEdit(
            "Split stage " + stage.label() + " into " + builderName + " and " + runtimeName,
            inLineBreaksOfText(edits));
    String after = edit.applyTo(text);
    StageGraph result = StageGraph.parse(after);
    if (result.dockerfile().hasErrors() || result.stages().size() != graph.stages().size() + 1) {
      // A safety net: the checks above should make this unreachable.
      throw new EditException(
          "The split would not parse as "
              + (graph.stages().size() + 1)
              + " stages: "
              + result.dockerfile().diagnostics().stream()
                  .filter(d -> d.isError())
                  .map(d -> "line " + d.line() + ": " + d.message())
                  .findFirst()
                  .orElse("the stages run together")
              + ".");
    }
    return new SplitPreview(
        text,
        after,
        edit,
        UnifiedDiff.of(text, after, "Dockerfile", "Dockerfile (split)", 3),
        stage.index(),
        builderName,
        runtimeName,
        runtime,
        request.detection(),
        proposals,
        notes,
        refusals);
  }

  private List<TextEdit> inLineBreaksOfText(List<TextEdit> list) {
    int first = text.indexOf('\n');
    if (first <= 0 || text.charAt(first - 1) != '\r') {
      return list;
    }
    return list.stream()
        .map(
            e ->
                new TextEdit(
                    e.offset(),
                    e.length(),
                    e.replacement().replace("\r\n", "\n").replace("\n", "\r\n")))
        .toList();
  }

  /** Names the stage as the builder: adds {@code AS name}, or renames it and its references. */
  private void nameBuilder() throws EditException {
    if (!request.builderName().equals(stage.name())) {
      edits.addAll(StageEdits.rename(graph, stage.index(), request.builderName()).edits());
    }
  }

  private void classify(Instruction i, List<Instruction> carried, List<Instruction> moved) {
    if (i.kind() == null) {
      return;
    }
    if (METADATA.contains(i.kind())) {
      moved.add(i);
      edits.add(
          TextEdit.delete(
              StageEdits.leadingCommentsStart(graph, i),
              i.range().end() - StageEdits.leadingCommentsStart(graph, i)));
    } else if (i.is(Keyword.USER)) {
      carried.add(i);
    } else if (i.is(Keyword.SHELL) && !runtime.hasShell()) {
      proposals.add(
          new Proposal(
              Proposal.Kind.DROPPED,
              i.range().of(text).strip(),
              null,
              runtime.reference() + " has no shell, so SHELL stays in the builder.",
              i.line()));
    } else if (i.is(Keyword.ENV)
        && i.pairs().stream().allMatch(p -> BUILD_ONLY_ENV.contains(p.name()))) {
      proposals.add(
          new Proposal(
              Proposal.Kind.DROPPED,
              i.range().of(text).strip(),
              null,
              "Only the build uses "
                  + String.join(", ", i.pairs().stream().map(KeyValue::name).toList())
                  + ", so it stays in the builder.",
              i.line()));
    } else if (ENVIRONMENT.contains(i.kind())) {
      carried.add(i);
    } else if (i.is(Keyword.ONBUILD)) {
      notes.add(
          new Note(
              Note.Level.INFO,
              i.line(),
              "ONBUILD stays in the builder; add it to the runtime by hand if "
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

  /**
   * The runtime stage's text, from its FROM to its moved settings, with a proposal for each line.
   */
  private String runtimeBlock(RuntimePlan plan) {
    List<Instruction> carried = plan.settings().carried();
    List<Artifact> recognised = plan.recognised();
    CommandPlanner.Plan commands = plan.commands();
    StringBuilder out = new StringBuilder();
    String from = "FROM " + runtime.reference() + " AS " + request.runtimeName();
    out.append(from).append('\n');
    proposals.add(new Proposal(Proposal.Kind.RUNTIME_BASE, from, null, runtime.description(), 0));
    plan.args().lines().forEach(out::append);
    proposals.addAll(plan.args().proposals());
    for (Instruction i : carried) {
      if (!i.is(Keyword.USER)) {
        out.append(carry(i));
      }
    }
    plan.hints()
        .forEach(
            (k, v) -> {
              String line = "ENV " + k + "=" + v;
              out.append(line).append('\n');
              proposals.add(
                  new Proposal(
                      Proposal.Kind.ENV,
                      line,
                      null,
                      "The copied outputs need it: " + reasonFor(recognised, k),
                      0));
            });
    for (Artifact a : plan.copies()) {
      String line =
          "COPY --from="
              + request.builderName()
              + " "
              + CopyPaths.format(a.source(), a.destination());
      out.append(line).append('\n');
      String also = covered(a, recognised);
      proposals.add(
          new Proposal(Proposal.Kind.COPY_FROM, line, a.rule(), a.reason() + also, a.line()));
    }
    if (plan.libraries() != null) {
      out.append(plan.libraries().runtimeCopy()).append('\n');
      proposals.add(
          new Proposal(
              Proposal.Kind.COPY_FROM,
              plan.libraries().runtimeCopy(),
              "shared-libraries",
              plan.libraries().reason(),
              plan.libraries().line()));
    }
    for (OwnedCopy o : plan.ownedCopies()) {
      out.append(o.line()).append('\n');
      proposals.add(
          new Proposal(
              Proposal.Kind.COPY_FROM, o.line(), "owned-directory", o.reason(), o.sourceLine()));
    }
    for (ContextFilesRule.ContextCopy c : plan.contextCopies()) {
      out.append(c.line()).append('\n');
      proposals.add(
          new Proposal(
              Proposal.Kind.CARRIED, c.line(), "context-file", c.reason(), c.sourceLine()));
    }
    for (Instruction i : carried) {
      if (i.is(Keyword.USER)) {
        out.append(carryUser(i, plan.users()));
      }
    }
    if (plan.userAtEnd()) {
      out.append(userLine(0));
    }
    for (Instruction i : plan.settings().moved()) {
      String comments =
          text.substring(StageEdits.leadingCommentsStart(graph, i), i.range().start());
      String body = commands.rewritten().getOrDefault(i, i.range().of(text));
      out.append(comments).append(body.endsWith("\n") ? body : body + "\n");
      if (!commands.rewritten().containsKey(i)) {
        proposals.add(
            new Proposal(
                Proposal.Kind.MOVED,
                body.strip(),
                null,
                i.name() + " describes the image, not the build, so it moves to the runtime.",
                i.line()));
      }
    }
    return out.toString();
  }

  /** A USER by name becomes numeric where the builder fixed its ids, since the runtime lacks it. */
  private String carryUser(Instruction i, BuilderUsers users) {
    String user = userOf(i);
    String numeric = user.isEmpty() ? null : users.numeric(user);
    if (numeric == null || numeric.equals(user)) {
      return carry(i);
    }
    String line = "USER " + numeric;
    proposals.add(
        new Proposal(
            Proposal.Kind.REWRITTEN,
            line,
            null,
            "USER "
                + user
                + " exists only in the builder's /etc/passwd, so the runtime runs as its numeric ids, "
                + numeric
                + ", which the builder gave it.",
            i.line()));
    return line + "\n";
  }

  private String carry(Instruction i) {
    String line = i.range().of(text);
    proposals.add(
        new Proposal(
            Proposal.Kind.CARRIED,
            line.strip(),
            null,
            i.name() + " applies to the build and to the running app, so the runtime gets it too.",
            i.line()));
    return line.endsWith("\n") ? line : line + "\n";
  }

  /**
   * The added USER line, with its proposal; {@code after} is the line of the RUN it follows, or 0.
   */
  private String userLine(int after) {
    String line = "USER " + NONROOT_USER;
    String why =
        runtime.user().isEmpty()
            ? runtime.reference() + " sets no user, so the app would run as root"
            : runtime.reference() + " runs as " + runtime.user();
    proposals.add(
        new Proposal(
            Proposal.Kind.USER,
            line,
            null,
            why
                + ", and a non-root runtime was asked for. "
                + NONROOT_USER
                + " is distroless's nonroot user, given as a number because "
                + (runtime.minimal()
                    ? runtime.reference() + " has no /etc/passwd to look a name up in"
                    : "a numeric uid:gid needs no entry in "
                        + runtime.reference()
                        + "'s /etc/passwd")
                + (after > 0
                    ? "; it comes after the RUN on line "
                        + after
                        + ", which ran as root in the original"
                    : "")
                + ".",
            after));
    return line + "\n";
  }

  private static String reasonFor(List<Artifact> recognised, String env) {
    return recognised.stream()
        .filter(a -> a.runtimeEnv().containsKey(env))
        .map(Artifact::reason)
        .findFirst()
        .orElse("");
  }

  /** Names the other recognised outputs a copy already includes. */
  private static String covered(Artifact copy, List<Artifact> recognised) {
    List<String> inside =
        recognised.stream()
            .filter(
                a -> a != copy && OutputRules.covers(copy, a) && !a.source().equals(copy.source()))
            .map(a -> a.source() + " (" + a.rule() + ")")
            .distinct()
            .toList();
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
  private void checkTail() {
    for (Instruction i : tail) {
      if (i.is(Keyword.RUN)) {
        if (i.form() != ArgumentForm.EXEC && !runtime.hasShell()) {
          notes.add(
              new Note(
                  Note.Level.PROBLEM,
                  i.line(),
                  "RUN now runs in the runtime stage, and "
                      + runtime.reference()
                      + " has no shell for it: move it before the split point or write it in exec form."));
        } else if (runtime.minimal()) {
          notes.add(
              new Note(
                  Note.Level.WARNING,
                  i.line(),
                  "RUN now runs in " + runtime.reference() + ", which holds almost no programs."));
        }
      }
    }
  }

  /** A stage built FROM the split stage now starts from the builder, without the moved settings. */
  private void checkLaterStages() {
    for (Edge e : graph.edgesFrom(stage.index())) {
      if (e.kind() == EdgeKind.BASE) {
        notes.add(
            new Note(
                Note.Level.WARNING,
                e.line(),
                "The stage on line "
                    + e.line()
                    + " builds FROM "
                    + e.reference()
                    + ", which is now the builder; point it at the runtime stage if it needs the app."));
      }
    }
  }

  /** A dynamically linked C program cannot start where there is no C library. */
  /**
   * A dynamically linked program whose libraries the builder cannot gather (its base has no shell
   * to run ldd in): a runtime without a C library cannot run it, and one with a C library may lack
   * the rest.
   */
  private void checkLinking(BuildScan scan) {
    CCompilerRule compiler = new CCompilerRule();
    for (CommandContext c : scan.commands()) {
      if (compiler.recognise(c).isEmpty() || CCompilerRule.isStatic(c)) {
        continue;
      }
      String program = compiler.recognise(c).get(0).source();
      String why =
          c.program()
              + " links "
              + program
              + " dynamically, and its shared libraries cannot be gathered: the builder's base, "
              + stage.resolvedBase()
              + ", has no /bin/sh to run ldd in";
      if (!runtime.hasLibc()) {
        refusals.add(
            new Refusal(
                Refusal.Missing.LIBRARY,
                c.line(),
                why
                    + ", and "
                    + runtime.reference()
                    + " has no C library, so the program cannot start there: link it with -static.",
                "gcr.io/distroless/cc-debian12"));
      } else {
        notes.add(
            new Note(
                Note.Level.WARNING,
                c.line(),
                why
                    + "; "
                    + runtime.reference()
                    + " has a C library, but any other library the program needs must be copied"
                    + " by hand."));
      }
      return;
    }
  }

  /** A named USER from the builder exists only in the builder's /etc/passwd. */
  private void checkUser(List<Instruction> carried, boolean addUser, BuilderUsers known) {
    List<Instruction> users =
        new ArrayList<>(carried.stream().filter(i -> i.is(Keyword.USER)).toList());
    tail.stream().filter(i -> i.is(Keyword.USER)).forEach(users::add);
    if (addUser) {
      notes.add(
          new Note(
              Note.Level.INFO,
              0,
              "The runtime runs as USER "
                  + NONROOT_USER
                  + ", which the split adds: "
                  + runtime.reference()
                  + (runtime.user().isEmpty() ? " sets no user" : " runs as " + runtime.user())
                  + ", and the original stage sets none. The user is numeric because "
                  + (runtime.minimal()
                      ? runtime.reference() + " has no /etc/passwd"
                      : "uid "
                          + DistrolessCatalogue.NONROOT_UID
                          + " need not be in "
                          + runtime.reference()
                          + "'s /etc/passwd")
                  + "; the copied files are owned by root, so the app can read them but not write to them. Turn non-root "
                  + "off (--root on the command line) to leave it out."));
      return;
    }
    if (users.isEmpty()) {
      if (!runtime.runsAsRoot()) {
        notes.add(
            new Note(
                Note.Level.INFO,
                0,
                "The runtime runs as user "
                    + runtime.user()
                    + ", as "
                    + runtime.reference()
                    + " sets, where the original ran as root; the copied files are owned by root, so the "
                    + "app can read them but not write to them."));
      }
      return;
    }
    for (Instruction u : users) {
      String user = userOf(u);
      String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
      if (runtime.minimal()
          && !DISTROLESS_USERS.contains(name)
          && !name.chars().allMatch(Character::isDigit)
          && known.numeric(user) == null) {
        refusals.add(
            new Refusal(
                Refusal.Missing.USER,
                u.line(),
                "USER "
                    + user
                    + " exists only in the builder's /etc/passwd, "
                    + "not in "
                    + runtime.reference()
                    + ", and the builder fixes no numeric id for it: give it one (useradd --uid,"
                    + " groupadd --gid), or use a numeric USER ("
                    + DistrolessCatalogue.NONROOT_UID
                    + " is nonroot there).",
                null));
      }
    }
  }

  private static String userOf(Instruction u) {
    return u.words().isEmpty() ? "" : u.words().get(0).value();
  }

  /**
   * A copied output that a builder's {@code chmod} left unreadable to others cannot be read by a
   * non-root runtime user, since the copies keep their owner (root) and mode.
   */
  private void checkPermissions(
      BuildScan scan, List<Artifact> copies, List<Instruction> carried, boolean addUser) {
    List<Instruction> users =
        new ArrayList<>(carried.stream().filter(i -> i.is(Keyword.USER)).toList());
    tail.stream().filter(i -> i.is(Keyword.USER)).forEach(users::add);
    String user =
        !users.isEmpty()
            ? userOf(users.get(users.size() - 1))
            : addUser ? NONROOT_USER : runtime.user();
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    if (name.isEmpty() || name.equals("root") || name.equals("0")) {
      return;
    }
    for (CommandContext c : scan.commands()) {
      if (!c.program().equals("chmod")) {
        continue;
      }
      boolean recursive = false;
      String mode = null;
      for (int i = 1; i < c.argv().size(); i++) {
        String a = c.arg(i);
        if (a == null) {
          continue;
        }
        if (mode == null && (a.equals("-R") || a.equals("--recursive"))) {
          recursive = true;
        } else if (mode == null && a.startsWith("-") && !a.matches("-[rwxXst]+")) {
          continue; // another option, such as -v or --reference
        } else if (mode == null) {
          mode = a;
          if (!hidesFromOthers(mode)) {
            break;
          }
        } else {
          String path = c.resolve(a);
          for (Artifact copy : copies) {
            String source =
                copy.source().contains("*") ? ImagePaths.parent(copy.source()) : copy.source();
            if (path != null
                && (ImagePaths.within(path, source)
                    || recursive && ImagePaths.within(source, path))) {
              notes.add(
                  new Note(
                      Note.Level.WARNING,
                      c.line(),
                      "chmod "
                          + mode
                          + " leaves "
                          + path
                          + " readable by its "
                          + "owner (root) only, and the runtime runs as "
                          + user
                          + ": copy it with --chown="
                          + user
                          + ", or give others read access."));
              break;
            }
          }
        }
      }
    }
  }

  /**
   * True when a chmod mode takes read access away from others: {@code 700}, {@code 0640}, {@code
   * o-r}, {@code go=}.
   */
  static boolean hidesFromOthers(String mode) {
    if (mode.matches("[0-7]{3,4}")) {
      return (mode.charAt(mode.length() - 1) - '0' & 4) == 0;
    }
    for (String clause : mode.split(",")) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("([ugoa]*)([-=])([rwxXst]*)").matcher(clause);
      if (m.matches()
          && (m.group(1).contains("o") || m.group(1).contains("a"))
          && (m.group(2).equals("-") == m.group(3).contains("r"))) {
        return true;
      }
    }
    return false;
  }
}
