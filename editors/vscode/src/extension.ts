// Starts `doclint lsp` for Markdown and plain-text documents; everything else (diagnostics, code actions, hover,
// the score lens) comes from the server, so VS Code shows exactly what `doclint` reports on the command line.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const configured = vscode.workspace.getConfiguration('doclint').get<string>('path');
  const command = configured && configured.trim().length > 0 ? configured : 'doclint';
  // The server is one long-lived process running the same lint on every keystroke. Without the runtime's
  // profile-guided tiering its code warms up on half the CPU per edit (docs/editor.md, "Latency and memory"). A value
  // set in the user's environment wins; the native executable has no JIT and ignores it.
  const env = { DOTNET_TieredPGO: process.env.DOTNET_TieredPGO ?? '0' };
  // No `transport`: with TransportKind.stdio the client appends `--stdio` to the arguments, which `doclint lsp`
  // rejects (exit code 2). Without it the client still talks over the process's standard input and output.
  const serverOptions: ServerOptions = { command, args: ['lsp'], options: { env } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The server also registers these watchers itself; declaring them here works with clients that cannot.
    synchronize: {
      configurationSection: 'doclint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.editorconfig,*baseline*.json}'),
    },
  };
  client = new LanguageClient('doclint', 'DocLint', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => { void client?.stop(); } });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
