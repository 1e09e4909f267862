package io.stagecraft.lsp;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.lang.Analysis;
import io.stagecraft.core.lang.CodeActions;
import io.stagecraft.core.lang.Completions;
import io.stagecraft.core.lang.DockerfileFormatter;
import io.stagecraft.core.lang.Folding;
import io.stagecraft.core.lang.Hovers;
import io.stagecraft.core.lang.Navigation;
import io.stagecraft.core.lang.Outline;
import io.stagecraft.core.lang.Renames;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.syntax.LineIndex;
import io.stagecraft.core.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text-document half of the server: every request is answered by the core's language services
 * on a snapshot of the document, off the JSON-RPC reader thread. A request whose document changed
 * before its answer was ready gets ContentModified, as LSP 3.17 asks of stale requests.
 */
final class DockerfileTextDocumentService implements TextDocumentService {
  /** How long the text must rest before its problems are published: typing is not held up. */
  private static final long DIAGNOSTICS_DELAY_MS = 150;

  private final OpenDocuments documents;
  private final ExecutorService executor;
  private final ScheduledExecutorService diagnostics =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "stagecraft-lsp-diagnostics");
            t.setDaemon(true);
            return t;
          });
  private volatile LanguageClient client;

  private final java.util.function.Supplier<List<String>> localImages;

  DockerfileTextDocumentService(
      OpenDocuments documents,
      ExecutorService executor,
      java.util.function.Supplier<List<String>> localImages) {
    this.documents = documents;
    this.executor = executor;
    this.localImages = localImages;
  }

  void shutdown() {
    diagnostics.shutdown();
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var doc = params.getTextDocument();
    documents.open(doc.getUri(), doc.getVersion(), doc.getText());
    publishLater(doc.getUri(), doc.getVersion());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    int version = params.getTextDocument().getVersion();
    documents.change(uri, version, params.getContentChanges());
    publishLater(uri, version);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.close(uri);
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {}

  /**
   * Publishes the version's problems once the text has rested, on a thread of its own so that
   * requests are not queued behind them; skipped when a newer version arrived meanwhile.
   */
  private void publishLater(String uri, int version) {
    diagnostics.schedule(
        () -> {
          OpenDocuments.Snapshot s = documents.get(uri);
          LanguageClient c = client;
          if (s == null || s.version != version || c == null) {
            return;
          }
          c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics(s), version));
        },
        DIAGNOSTICS_DELAY_MS,
        TimeUnit.MILLISECONDS);
  }

  static List<Diagnostic> diagnostics(OpenDocuments.Snapshot s) {
    LineIndex lines = s.lines();
    List<Diagnostic> out = new ArrayList<>();
    for (io.stagecraft.core.syntax.Diagnostic d : s.analysis().graph().diagnostics()) {
      Diagnostic diagnostic =
          new Diagnostic(
              Positions.range(lines, d.range()), d.message(), severity(d.severity()), "stagecraft");
      diagnostic.setCode(d.code());
      out.add(diagnostic);
    }
    for (Problem p : s.analysis().lint().problems()) {
      Diagnostic diagnostic =
          new Diagnostic(
              Positions.range(lines, p.range()),
              p.message(),
              severity(p.severity()),
              p.rule().source().name().toLowerCase(java.util.Locale.ROOT));
      diagnostic.setCode(p.ruleId());
      out.add(diagnostic);
    }
    return out;
  }

  private static DiagnosticSeverity severity(io.stagecraft.core.syntax.Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  private static DiagnosticSeverity severity(LintSeverity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case STYLE, OFF -> DiagnosticSeverity.Hint;
    };
  }

  /** A position-based request: the snapshot and the offset it asks about. */
  private record At(OpenDocuments.Snapshot snapshot, int offset) {
    Analysis analysis() {
      return snapshot.analysis();
    }

    LineIndex lines() {
      return snapshot.lines();
    }
  }

  private <T> CompletableFuture<T> at(TextDocumentPositionParams params, Function<At, T> work) {
    return on(
        params.getTextDocument().getUri(),
        s -> work.apply(new At(s, Positions.offset(s.text, s.lines(), params.getPosition()))));
  }

  /**
   * Runs {@code work} on the document's current snapshot off the reader thread; cancelled requests
   * stop, and answers for a document that changed meanwhile are refused as stale.
   */
  private <T> CompletableFuture<T> on(String uri, Function<OpenDocuments.Snapshot, T> work) {
    OpenDocuments.Snapshot snapshot = documents.get(uri);
    if (snapshot == null) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFutures.computeAsync(
        executor,
        cancel -> {
          cancel.checkCanceled();
          T result = work.apply(snapshot);
          cancel.checkCanceled();
          OpenDocuments.Snapshot now = documents.get(uri);
          if (now != null && now.version != snapshot.version) {
            throw new ResponseErrorException(
                new ResponseError(
                    ResponseErrorCode.ContentModified, "The document changed meanwhile.", null));
          }
          return result;
        });
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return at(
        params,
        at -> {
          List<CompletionItem> items = new ArrayList<>();
          for (var c : Completions.at(at.analysis(), at.offset(), localImages.get())) {
            CompletionItem item = new CompletionItem(c.label());
            item.setKind(kind(c.kind()));
            item.setDetail(c.detail());
            if (!c.documentation().isEmpty()) {
              item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, c.documentation()));
            }
            Range range = Positions.range(at.lines(), c.replaceStart(), c.replaceEnd());
            item.setTextEdit(Either.forLeft(new TextEdit(range, c.insertText())));
            item.setFilterText(
                at.snapshot().text.substring(c.replaceStart(), c.replaceEnd()).isEmpty()
                    ? c.label()
                    : c.insertText());
            items.add(item);
          }
          return Either.forRight(new CompletionList(false, items));
        });
  }

  private static CompletionItemKind kind(io.stagecraft.core.lang.CompletionItem.Kind kind) {
    return switch (kind) {
      case KEYWORD -> CompletionItemKind.Keyword;
      case FLAG, MOUNT_KEY -> CompletionItemKind.Property;
      case VALUE -> CompletionItemKind.EnumMember;
      case STAGE -> CompletionItemKind.Module;
      case IMAGE -> CompletionItemKind.Reference;
      case VARIABLE -> CompletionItemKind.Variable;
      case DIRECTIVE -> CompletionItemKind.Constant;
    };
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return at(
        params,
        at -> {
          Hovers.Hover h = Hovers.at(at.analysis(), at.offset());
          if (h == null) {
            return null;
          }
          return new Hover(
              new MarkupContent(MarkupKind.MARKDOWN, h.markdown()),
              Positions.range(at.lines(), h.range()));
        });
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return at(
        params,
        at -> {
          SourceRange r = Navigation.definition(at.analysis(), at.offset());
          List<Location> locations =
              r == null
                  ? List.of()
                  : List.of(new Location(at.snapshot().uri, Positions.range(at.lines(), r)));
          return Either.forLeft(locations);
        });
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    return at(
        params,
        at -> {
          boolean withDeclaration =
              params.getContext() == null || params.getContext().isIncludeDeclaration();
          SourceRange declaration = Navigation.definition(at.analysis(), at.offset());
          List<Location> locations = new ArrayList<>();
          for (SourceRange r : Navigation.references(at.analysis(), at.offset())) {
            if (withDeclaration || !r.equals(declaration)) {
              locations.add(new Location(at.snapshot().uri, Positions.range(at.lines(), r)));
            }
          }
          return locations;
        });
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return on(
        params.getTextDocument().getUri(),
        s -> {
          List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
          for (Outline.Symbol symbol : Outline.of(s.analysis())) {
            out.add(Either.forRight(symbol(s.lines(), symbol)));
          }
          return out;
        });
  }

  private static DocumentSymbol symbol(LineIndex lines, Outline.Symbol s) {
    SymbolKind kind =
        switch (s.kind()) {
          case STAGE -> SymbolKind.Module;
          case INSTRUCTION -> SymbolKind.Function;
          case VARIABLE -> SymbolKind.Variable;
        };
    DocumentSymbol symbol =
        new DocumentSymbol(
            s.name(),
            kind,
            Positions.range(lines, s.range()),
            Positions.range(lines, s.selection()),
            s.detail());
    List<DocumentSymbol> children = new ArrayList<>();
    for (Outline.Symbol child : s.children()) {
      children.add(symbol(lines, child));
    }
    symbol.setChildren(children);
    return symbol;
  }

  @Override
  public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
    return on(
        params.getTextDocument().getUri(),
        s -> {
          List<FoldingRange> out = new ArrayList<>();
          for (Folding.Range r : Folding.of(s.analysis())) {
            FoldingRange range = new FoldingRange(r.startLine() - 1, r.endLine() - 1);
            range.setKind(
                r.kind() == Folding.Kind.COMMENT
                    ? FoldingRangeKind.Comment
                    : FoldingRangeKind.Region);
            out.add(range);
          }
          return out;
        });
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
      prepareRename(PrepareRenameParams params) {
    return at(
        params,
        at -> {
          Renames.Prepared p = Renames.prepare(at.analysis(), at.offset());
          if (p == null) {
            return null;
          }
          return Either3.forSecond(
              new PrepareRenameResult(Positions.range(at.lines(), p.range()), p.placeholder()));
        });
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return at(
        params,
        at -> {
          try {
            Renames.Result result = Renames.rename(at.analysis(), at.offset(), params.getNewName());
            return workspaceEdit(at.snapshot(), result.edit());
          } catch (EditException e) {
            throw new ResponseErrorException(
                new ResponseError(ResponseErrorCode.InvalidParams, e.getMessage(), null));
          }
        });
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return on(
        params.getTextDocument().getUri(),
        s ->
            edits(
                s.lines(),
                DockerfileFormatter.document(
                    s.analysis(), DockerfileFormatter.Options.defaults())));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> rangeFormatting(
      DocumentRangeFormattingParams params) {
    return on(
        params.getTextDocument().getUri(),
        s -> {
          int start = Positions.offset(s.text, s.lines(), params.getRange().getStart());
          int end = Positions.offset(s.text, s.lines(), params.getRange().getEnd());
          return edits(
              s.lines(),
              DockerfileFormatter.range(
                  s.analysis(), start, end, DockerfileFormatter.Options.defaults()));
        });
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return on(
        params.getTextDocument().getUri(),
        s -> {
          int offset = Positions.offset(s.text, s.lines(), params.getRange().getStart());
          List<Either<Command, CodeAction>> out = new ArrayList<>();
          for (CodeActions.Action a : CodeActions.at(s.analysis(), offset)) {
            CodeAction action = new CodeAction(a.title());
            action.setKind(a.kind());
            if (a.edit() != null) {
              action.setEdit(workspaceEdit(s, a.edit()));
            } else {
              action.setCommand(new Command(a.title(), a.command(), List.of(s.uri, a.line())));
            }
            out.add(Either.forRight(action));
          }
          return out;
        });
  }

  static WorkspaceEdit workspaceEdit(OpenDocuments.Snapshot s, DocumentEdit edit) {
    return new WorkspaceEdit(Map.of(s.uri, edits(s.lines(), edit)));
  }

  private static List<TextEdit> edits(LineIndex lines, DocumentEdit edit) {
    List<TextEdit> out = new ArrayList<>();
    for (io.stagecraft.core.edit.TextEdit e : edit.edits()) {
      out.add(new TextEdit(Positions.range(lines, e.offset(), e.end()), e.replacement()));
    }
    return out;
  }
}
