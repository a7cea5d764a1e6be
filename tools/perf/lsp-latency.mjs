// Latency benchmark for `doclint lsp` (not a test): the time from a one-word didChange to the publishDiagnostics for
// that version, in a 2,000-word article, over 200 edits; then the server's resident memory (VmRSS, VmHWM).
// Usage: node tools/perf/lsp-latency.mjs <doclint executable> [edits=200]
// The server inherits this process's environment, so DOTNET_TieredCompilation=0 (what the VS Code extension sets)
// can be measured against the runtime's default by setting it here.
// The article is the repository's examples/*.md joined until it has 2,000 words, so every run measures the same text.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [doclint, editsArg] = process.argv.slice(2);
if (!doclint) {
  console.error('usage: node tools/perf/lsp-latency.mjs <doclint executable> [edits]');
  process.exit(2);
}
const edits = Number(editsArg ?? 200);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = join(repo, 'examples');

// Whole paragraphs from the examples, in name order, until 2,000 words.
const paragraphs = [];
let words = 0;
for (let round = 0; words < 2000; round++) {
  for (const name of readdirSync(examples).filter(n => n.endsWith('.md')).sort()) {
    for (const paragraph of readFileSync(join(examples, name), 'utf8').split(/\n\s*\n/)) {
      if (words >= 2000) break;
      paragraphs.push(paragraph.trim());
      words += paragraph.split(/\s+/).filter(Boolean).length;
    }
  }
}
const text = paragraphs.join('\n\n') + '\n';
const lines = text.split('\n');
// The edit: a word in the middle of the article, toggled between two forms ("said"/"says") as a writer would.
const line = lines.findIndex((l, i) => i > lines.length / 2 && /\bsaid\b/.test(l));
const character = lines[line].search(/\bsaid\b/);

const spawned = process.hrtime.bigint();
const elapsedMs = since => Number(process.hrtime.bigint() - since) / 1e6;
const server = spawn(doclint, ['lsp'], { cwd: repo, stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
const waiting = new Map();
let nextId = 1;
server.stdout.on('data', chunk => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    const key = message.method === 'textDocument/publishDiagnostics' ? `v${message.params.version}` : `id${message.id}`;
    waiting.get(key)?.(message);
  }
});
const send = message => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
};
const expect = key => new Promise(resolve => waiting.set(key, resolve));
const request = async (method, params) => { const id = nextId++; const answer = expect(`id${id}`); send({ id, method, params }); return answer; };

const uri = pathToFileURL(join(repo, 'lsp-latency-article.md')).href;
await request('initialize', { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: {} });
const startup = elapsedMs(spawned);
send({ method: 'initialized', params: {} });
let published = expect('v1');
const opened = process.hrtime.bigint();
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
const first = await published;
const firstLint = elapsedMs(opened);

// CPU time the server spent (user + system, from /proc), which a busy machine inflates far less than wall time.
const cpuMs = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ = 100)
};
const cpuBefore = cpuMs();
const times = [];
for (let i = 0; i < edits; i++) {
  const version = i + 2;
  const [from, to] = i % 2 === 0 ? ['said', 'says'] : ['says', 'said'];
  published = expect(`v${version}`);
  const start = process.hrtime.bigint();
  send({ method: 'textDocument/didChange', params: {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character: character + from.length } }, text: to }],
  } });
  await published;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}

const cpuPerEdit = (cpuMs() - cpuBefore) / edits;
const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
const kb = name => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)[1]);
await request('shutdown');
send({ method: 'exit' });

const sorted = [...times].sort((a, b) => a - b);
const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
console.log(`article: ${words} words, ${lines.length} lines, ${first.params.diagnostics.length} findings; edit at line ${line + 1}`);
console.log(`start-up (spawn -> initialize answer): ${startup.toFixed(0)} ms; first lint (didOpen -> publishDiagnostics): ${firstLint.toFixed(0)} ms`);
console.log(`didChange -> publishDiagnostics over ${edits} one-word edits: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`);
console.log(`server CPU time per edit: ${cpuPerEdit.toFixed(1)} ms (user + system)`);
console.log(`server memory after the edits: RSS ${(kb('VmRSS') / 1024).toFixed(0)} MB, peak ${(kb('VmHWM') / 1024).toFixed(0)} MB`);
