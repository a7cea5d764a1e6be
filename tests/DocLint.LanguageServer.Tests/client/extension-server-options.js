// Loads the compiled VS Code extension with stand-ins for `vscode` and `vscode-languageclient/node`, activates it,
// and prints, one JSON line each, the server options it hands the language client: once with DOTNET_TieredPGO unset
// and once with the user's own value. The test compares them with the command line `doclint lsp` accepts.
//   node extension-server-options.js <editors/vscode/out/extension.js>
'use strict';
const Module = require('module');

const extensionPath = process.argv[2];
let captured;
const vscode = {
  workspace: {
    getConfiguration: section => ({ get: key => (section === 'doclint' && key === 'path' ? '/opt/doclint/doclint' : undefined) }),
    createFileSystemWatcher: () => ({ dispose() {} }),
  },
};
class LanguageClient {
  constructor(id, name, serverOptions) { captured = serverOptions; }
  start() { return Promise.resolve(); }
  stop() { return Promise.resolve(); }
}
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return { LanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } };
  return load.call(this, request, ...rest);
};

(async () => {
  const extension = require(extensionPath);
  for (const value of [undefined, '1']) {
    if (value === undefined) delete process.env.DOTNET_TieredPGO; else process.env.DOTNET_TieredPGO = value;
    await extension.activate({ subscriptions: [] });
    console.log(JSON.stringify(captured));
    await extension.deactivate();
  }
})().catch(error => { console.error(error); process.exit(1); });
