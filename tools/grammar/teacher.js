// Tags exported sentences (one a line, from `DocLint.GrammarTool export`) with en-pos, the teacher whose
// Penn tags become the silver training data. Reads stdin, writes each line with a sixth column: one label per
// DocLint token. DocLint keeps clitics on their word ("didn't", "company's"); the teacher sees them split, as Penn
// does, and the two tags are joined as "VBD|RB". Run once at training time only; nothing here runs at lint time.
'use strict';
const readline = require('readline');
const { Tag } = require('en-pos');

const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];
const NEGATED_HOSTS = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

function capitalLike(model, word) {
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

// The pieces the teacher sees for one DocLint token: the word, or its host and clitic.
function pieces(kind, text) {
  if (kind !== 'W') return [text];
  const plain = text.replace(/\u2019/g, "'");
  const lower = plain.toLowerCase();
  for (const clitic of CLITICS) {
    if (lower.length > clitic.length && lower.endsWith(clitic)) {
      let host = plain.slice(0, plain.length - clitic.length);
      if (clitic === "n't" && NEGATED_HOSTS[host.toLowerCase()]) host = capitalLike(host, NEGATED_HOSTS[host.toLowerCase()]);
      return [host, clitic];
    }
  }
  return [plain];
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  const columns = line.split('\t');
  const kinds = columns[2];
  const texts = columns[4].split(' ');
  const raw = [];
  const owner = [];
  texts.forEach((text, i) => {
    for (const piece of pieces(kinds[i], text)) {
      raw.push(piece);
      owner.push(i);
    }
  });
  const tags = new Tag(raw).initial().smooth().tags;
  const labels = texts.map(() => []);
  tags.forEach((tag, k) => labels[owner[k]].push(tag));
  process.stdout.write(line + '\t' + labels.map((l) => l.join('|')).join(' ') + '\n');
});
