package io.stagecraft.lsp;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.lang.CodeActions;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import io.stagecraft.core.split.SplitPreview;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Stagecraft's language server: LSP 3.17 over a stream pair, answering from the same core services
 * as the desktop's code pane. Split stage here and Slim it are commands the server carries out with
 * a workspace edit.
 */
public final class StagecraftLanguageServer implements LanguageServer, LanguageClientAware {
  private final OpenDocuments documents = new OpenDocuments();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "stagecraft-lsp");
            t.setDaemon(true);
            return t;
          });
  private final DockerfileTextDocumentService text;
  private final String version;
  private volatile LanguageClient client;
  private volatile boolean shutdown;

  public StagecraftLanguageServer(String version) {
    this(version, List::of);
  }

  /**
   * @param localImages the engine's image references for completion after FROM; it must answer at
   *     once, with what it has
   */
  public StagecraftLanguageServer(String version, Supplier<List<String>> localImages) {
    this.version = version;
    this.text = new DockerfileTextDocumentService(documents, executor, localImages);
  }

  /**
   * Serves one client on {@code in} and {@code out} until it exits; returns the process exit code
   * LSP asks for: 0 after shutdown, 1 otherwise.
   */
  public static int serve(InputStream in, OutputStream out, String version) throws Exception {
    return serve(in, out, version, List::of);
  }

  /** Serves one client, completing FROM with {@code localImages}. */
  public static int serve(
      InputStream in, OutputStream out, String version, Supplier<List<String>> localImages)
      throws Exception {
    StagecraftLanguageServer server = new StagecraftLanguageServer(version, localImages);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    try {
      listening.get();
    } catch (java.util.concurrent.ExecutionException e) {
      // The stream closed: the client went away.
    }
    return server.shutdown ? 0 : 1;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    text.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities caps = new ServerCapabilities();
    caps.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    caps.setCompletionProvider(new CompletionOptions(false, List.of("-", "=", "$", "{", ",")));
    caps.setHoverProvider(true);
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setDocumentSymbolProvider(true);
    caps.setFoldingRangeProvider(true);
    caps.setRenameProvider(new RenameOptions(true));
    caps.setDocumentFormattingProvider(true);
    caps.setDocumentRangeFormattingProvider(true);
    caps.setCodeActionProvider(
        new CodeActionOptions(
            List.of(
                CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.RefactorRewrite)));
    caps.setExecuteCommandProvider(
        new ExecuteCommandOptions(List.of(CodeActions.SPLIT_STAGE_HERE, CodeActions.SLIM_IT)));
    return CompletableFuture.completedFuture(
        new InitializeResult(caps, new ServerInfo("stagecraft", version)));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    executor.shutdown();
    text.shutdown();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    System.exit(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return text;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return CompletableFuture.supplyAsync(() -> execute(params), executor);
      }

      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {}

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {}
    };
  }

  /** Splits with the assistant's defaults and asks the client to apply the edit. */
  private Object execute(ExecuteCommandParams params) {
    List<Object> args = params.getArguments();
    String uri = argument(args, 0);
    OpenDocuments.Snapshot s = uri == null ? null : documents.get(uri);
    if (s == null) {
      return null;
    }
    try {
      SplitAssistant assistant = new SplitAssistant();
      SplitPreview preview =
          CodeActions.SPLIT_STAGE_HERE.equals(params.getCommand())
              ? assistant.splitAt(
                  s.text, Integer.parseInt(argument(args, 1)), SplitOptions.defaults())
              : assistant.slim(s.text, SplitOptions.defaults());
      client.applyEdit(
          new ApplyWorkspaceEditParams(
              DockerfileTextDocumentService.workspaceEdit(s, preview.edit()),
              params.getCommand().equals(CodeActions.SLIM_IT) ? "Slim it" : "Split stage here"));
    } catch (EditException | NumberFormatException e) {
      client.showMessage(new MessageParams(MessageType.Warning, e.getMessage()));
    }
    return null;
  }

  /** A command argument as text: LSP4J hands JSON values over as Gson elements. */
  private static String argument(List<Object> args, int index) {
    if (args == null || args.size() <= index || args.get(index) == null) {
      return null;
    }
    Object a = args.get(index);
    if (a instanceof com.google.gson.JsonPrimitive p) {
      return p.getAsString();
    }
    return a.toString();
  }
}
