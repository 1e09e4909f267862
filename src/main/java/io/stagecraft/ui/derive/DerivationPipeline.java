package io.stagecraft.ui.derive;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.model.ReferenceContext;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.layout.DiagramArranger;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.layout.DiagramContent;
import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.Point;
import io.stagecraft.layout.StablePlacement;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.highlight.ParagraphStyles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Derives what the panes show from each revision of the text, off the JavaFX thread: the stage
 * graph, the boxes, the highlighting and the layout. The JavaFX thread only asks and takes results.
 *
 * <p>Typing makes revisions faster than a large file is parsed or laid out, so work is never queued
 * per keystroke: at most one parse and one layout run at a time, each for the newest revision asked
 * for when it starts, and a result whose revision is no longer the document's is dropped. Parsing
 * and layout run in separate lanes, so the highlighting of what was typed never waits for the
 * layout library.
 *
 * <p>Lint runs with the parse, on the same graph: its problems underline the highlighting and count
 * on the boxes of the same revision, so a stale revision's problems are dropped with it.
 *
 * <p>Layout runs only when the diagram's shape changed ({@link DiagramShape}). When only box sizes
 * changed, the diagram is shown at once with the earlier positions and laid out again behind it.
 *
 * <p>Used on the JavaFX thread only; the work it hands to the background touches no state here.
 */
public final class DerivationPipeline {
  /**
   * One revision of a document to derive, with the folds and pinned positions it is shown with, and
   * the build args and platform its stage references resolve with (ADR 17).
   */
  public record Request(
      Document document,
      long revision,
      String text,
      Set<String> unfolded,
      Map<String, Point> pinned,
      boolean namesOnly,
      ReferenceContext references) {
    public Request {
      unfolded = Set.copyOf(unfolded);
      pinned = Map.copyOf(pinned);
    }
  }

  /**
   * A revision parsed and linted, with its highlighting, and placed when an earlier layout places
   * it.
   *
   * @param lint the lint problems of this revision, underlined in {@code styles}
   * @param stylesBase the highlighting {@code changedLines} is relative to
   * @param changedLines the lines whose text or styling differ from {@code stylesBase}
   * @param automatic the layout algorithm's positions, or null until a layout places the boxes
   * @param layout the boxes placed and the arrows routed, or null with {@code automatic}
   * @param settled whether {@code automatic} is the layout of exactly these box sizes
   */
  public record Parsed(
      Request request,
      StageGraph graph,
      LintReport lint,
      DiagramContent content,
      DiagramShape shape,
      ParagraphStyles styles,
      ParagraphStyles stylesBase,
      ParagraphStyles.Range changedLines,
      Map<String, Point> automatic,
      DiagramLayout layout,
      boolean settled) {

    Parsed placed(Map<String, Point> positions, DiagramLayout arranged) {
      return new Parsed(
          request,
          graph,
          lint,
          content,
          shape,
          styles,
          stylesBase,
          changedLines,
          positions,
          arranged,
          true);
    }
  }

  /** Where results go, on the JavaFX thread. */
  public interface Sink {
    /** Whether {@code request} is the document's current revision, shown as it asks. */
    boolean isCurrent(Request request);

    /** The newest revision is parsed; its graph and highlighting are ready. */
    void parsed(Parsed parsed);

    /** The newest revision is placed; the canvas can show it. */
    void placed(Parsed placed);

    void failed(Throwable failure);
  }

  private final BackgroundWork parseLane;
  private final BackgroundWork layoutLane;
  private final Sink sink;

  private Request wanted;

  /**
   * Counts the requests, read by the parse lane to stop deriving a revision a newer one replaced.
   */
  private final AtomicLong asked = new AtomicLong();

  private boolean parsing;
  private Parsed wantedLayout;
  private boolean layingOut;
  private LayoutMemo memo;

  /** Counts the layouts forgotten, so that one started before is not remembered after. */
  private long forgotten;

  private ParagraphStyles stylesShown;
  private Document stylesDocument;
  private long layoutsRun;
  private Linting linting = Linting.NONE;

  public DerivationPipeline(BackgroundWork background, Sink sink) {
    this.parseLane = background;
    this.layoutLane = background.anotherLane();
    this.sink = sink;
  }

  /** Asks for {@code request}, the newest revision; older requests not yet started are dropped. */
  public void request(Request request) {
    if (stylesDocument != request.document()) {
      stylesDocument = request.document();
      stylesShown = null;
    }
    wanted = request;
    asked.incrementAndGet();
    if (!parsing) {
      startParse();
    }
  }

  /**
   * Lints every revision parsed from now on with {@code lint}, which runs off the JavaFX thread and
   * must only read what it captured; the caller asks for the current revision again.
   */
  public void setLinting(Linting lint) {
    linting = lint;
  }

  /** How many times the layout library ran; for tests and benchmarks. */
  public long layoutsRun() {
    return layoutsRun;
  }

  private void startParse() {
    Request request = wanted;
    wanted = null;
    parsing = true;
    LayoutMemo known = memo;
    ParagraphStyles base = stylesShown;
    Linting lint = linting;
    long askedBefore = asked.get();
    BooleanSupplier replaced = () -> asked.get() != askedBefore;
    parseLane.run(
        () -> parse(request, known, base, lint, replaced),
        parsed -> {
          parsing = false;
          if (parsed != null) {
            parsedArrived(parsed);
          }
          nextParse();
        },
        failure -> {
          parsing = false;
          sink.failed(failure);
          nextParse();
        });
  }

  private void nextParse() {
    if (wanted != null && !parsing) {
      startParse();
    }
  }

  /**
   * Derives {@code request}, or gives up with null between steps once {@code replaced} says a newer
   * revision was asked for: its result would be dropped as stale, and on a long file each step the
   * newest revision waits for is tens of milliseconds.
   */
  private static Parsed parse(
      Request request,
      LayoutMemo known,
      ParagraphStyles base,
      Linting lint,
      BooleanSupplier replaced) {
    StageGraph graph = StageGraph.parse(request.text(), request.references());
    if (replaced.getAsBoolean()) {
      return null;
    }
    Optional<LintReport> linted = lint.lint(graph, replaced);
    if (linted.isEmpty() || replaced.getAsBoolean()) {
      return null;
    }
    LintReport report = linted.get();
    List<Diagnostic> problems = report.problems().stream().map(Problem::toDiagnostic).toList();
    DiagramContent content =
        DiagramBuilder.build(graph, request.unfolded(), request.namesOnly(), problems);
    DiagramShape shape = DiagramShape.of(content);
    ParagraphStyles fresh = ParagraphStyles.of(graph, problems);
    if (replaced.getAsBoolean()) {
      return null;
    }
    ParagraphStyles.Range changed = ParagraphStyles.changed(base, fresh);
    ParagraphStyles styles = fresh.sharingUnchanged(base, changed);
    Map<String, Point> automatic = null;
    DiagramLayout layout = null;
    boolean settled = false;
    if (known != null && known.places(shape)) {
      automatic = known.positions();
      layout = DiagramArranger.arrange(content, automatic, request.pinned());
      settled = known.fits(shape);
    }
    return new Parsed(
        request, graph, report, content, shape, styles, base, changed, automatic, layout, settled);
  }

  private void parsedArrived(Parsed parsed) {
    if (!sink.isCurrent(parsed.request())) {
      return;
    }
    stylesShown = parsed.styles();
    sink.parsed(parsed);
    if (parsed.layout() != null) {
      sink.placed(parsed);
    }
    if (!parsed.settled()) {
      wantedLayout = parsed;
      if (!layingOut) {
        startLayout();
      }
    }
  }

  private void startLayout() {
    Parsed parsed = wantedLayout;
    wantedLayout = null;
    layingOut = true;
    LayoutMemo known = memo;
    if (known == null || !known.fits(parsed.shape())) {
      layoutsRun++;
    }
    long forgottenBefore = forgotten;
    layoutLane.run(
        () -> layOut(parsed, known),
        laidOut -> {
          layingOut = false;
          if (forgottenBefore == forgotten) {
            // Else it is the layout of a file that was closed (or reset) while it ran: the next
            // file's boxes would be placed around its boxes instead of afresh.
            memo = laidOut.memo();
          }
          if (sink.isCurrent(parsed.request())) {
            sink.placed(laidOut.placed());
          }
          nextLayout();
        },
        failure -> {
          layingOut = false;
          sink.failed(failure);
          nextLayout();
        });
  }

  private record LaidOut(LayoutMemo memo, Parsed placed) {}

  /**
   * Lays out afresh, or keeps the boxes of the last layout in place (see StablePlacement), or takes
   * the last layout as it is when it fits: an earlier layout, finished since this one was asked
   * for. Even then the arrows are arranged here, not on the JavaFX thread: placing a large
   * diagram's labels can take long.
   */
  private static LaidOut layOut(Parsed parsed, LayoutMemo known) {
    Map<String, Point> positions;
    if (known == null) {
      positions = StablePlacement.place(parsed.content(), null, Map.of());
    } else if (known.fits(parsed.shape())) {
      positions = known.positions();
    } else {
      positions = StablePlacement.place(parsed.content(), known.content(), known.positions());
    }
    return new LaidOut(
        new LayoutMemo(parsed.shape(), parsed.content(), positions), arranged(parsed, positions));
  }

  /** Forgets the last layout, so that the next one starts afresh (Reset Layout, names only). */
  public void forgetLayout() {
    memo = null;
    forgotten++;
  }

  private static Parsed arranged(Parsed parsed, Map<String, Point> positions) {
    return parsed.placed(
        positions, DiagramArranger.arrange(parsed.content(), positions, parsed.request().pinned()));
  }

  private void nextLayout() {
    if (wantedLayout != null && !layingOut) {
      if (sink.isCurrent(wantedLayout.request())) {
        startLayout();
      } else {
        wantedLayout = null;
      }
    }
  }
}
