// Drives the real `doclint lsp` process with the VS Code LSP client libraries, as an editor would:
// open, edit, code action, hover, code lens, shutdown. Ranges are compared exactly with the CLI's findings,
// which the calling xunit test computed for the same text and passed in expected.json.
// Usage: node lsp-client-test.js <doclint executable> <workspace folder> <expected.json>
'use strict';
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-languageserver-protocol/node');

const [doclint, workspace, expectedPath] = process.argv.slice(2);
const expected = require(path.resolve(expectedPath));

function findings(diagnostics) {
  const severity = { 1: 'error', 2: 'warning', 3: 'info' };
  return diagnostics
    .map(d => `${d.code} ${severity[d.severity]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
    .sort();
}

async function main() {
  const server = spawn(doclint, ['lsp'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise(resolve => server.on('exit', code => resolve(code)));
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, params => {
    published.push(params);
    waiters.splice(0).forEach(w => w());
  });
  connection.listen();
  async function diagnosticsFor(uri, version) {
    const deadline = Date.now() + 30000;
    for (;;) {
      const hit = published.find(p => p.uri === uri && p.version === version);
      if (hit) return hit.diagnostics;
      assert.ok(Date.now() < deadline, `no diagnostics for version ${version}`);
      await new Promise(resolve => { waiters.push(resolve); setTimeout(resolve, 500); });
    }
  }

  const init = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, workspaceFolders: null,
  });
  assert.equal(init.capabilities.textDocumentSync.change, rpc.TextDocumentSyncKind.Incremental);
  assert.equal(init.serverInfo.name, 'doclint');
  await connection.sendNotification(rpc.InitializedNotification.type, {});

  const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version: 1, text: expected.text },
  });
  assert.deepEqual(findings(await diagnosticsFor(uri, 1)), expected.opened);
  console.log('ok - open: diagnostics equal the CLI findings');

  await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 2, character: 17 }, end: { line: 2, character: 25 } }, text: 'surely' }],
  });
  assert.deepEqual(findings(await diagnosticsFor(uri, 2)), expected.edited);
  console.log('ok - edit: incremental change republished with the CLI findings for the new text');

  const actions = await connection.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri }, range: { start: { line: 2, character: 19 }, end: { line: 2, character: 19 } }, context: { diagnostics: [] },
  });
  const titles = actions.map(a => a.title);
  assert.deepEqual(titles, [
    "Drop 'surely'", 'Suppress DL5001 on this line (with a reason)', 'Suppress DL5001 in this file',
    'Suppress DL4001 on this line (with a reason)', 'Suppress DL4001 in this file']);
  assert.deepEqual(actions[0].edit.changes[uri], [{
    range: { start: { line: 2, character: 17 }, end: { line: 2, character: 24 } }, newText: '',
  }]);
  assert.deepEqual(actions[3].edit.changes[uri], [{
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- doclint-disable-next-line DL4001 -- reason -->\n',
  }]);
  console.log('ok - code action: drop the booster, suppress on the line with a reason, suppress in the file');

  const hover = await connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 19 } });
  assert.equal(hover.contents.kind, 'markdown');
  assert.ok(hover.contents.value.includes('**DL4001: Unsupported certainty**'), hover.contents.value);
  console.log('ok - hover: the rule page');

  const lenses = await connection.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri } });
  assert.equal(lenses.length, 1);
  assert.deepEqual(lenses[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.equal(lenses[0].command.title, expected.scoreLens);
  console.log('ok - code lens: the score line');

  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  assert.equal(await exited, 0);
  connection.dispose();
  console.log('ok - shutdown and exit with code 0');
}

main().then(() => process.exit(0), error => { console.error(error); process.exit(1); });
