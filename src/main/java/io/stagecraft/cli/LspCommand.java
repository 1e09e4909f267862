package io.stagecraft.cli;

import io.stagecraft.engine.LocalImageTags;
import io.stagecraft.lsp.StagecraftLanguageServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code stagecraft lsp}: the language server, speaking LSP 3.17 on standard input and output. */
@Command(
    name = "lsp",
    description = {
      "Run the Dockerfile language server on standard input and output (LSP 3.17).",
      "Editors start it as a process; see the README for VS Code, Neovim and IntelliJ."
    })
final class LspCommand implements Callable<Integer> {
  @Override
  public Integer call() throws Exception {
    String version = StagecraftCommand.class.getPackage().getImplementationVersion();
    // Completion after FROM offers the engine's images when one answers; asked in the background.
    try (LocalImageTags images = new LocalImageTags()) {
      return StagecraftLanguageServer.serve(
          System.in, System.out, version == null ? "dev" : version, images);
    }
  }
}
