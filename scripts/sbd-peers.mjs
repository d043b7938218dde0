// Runs the peer segmenters `sbd` and `sentencex` on a sentence-boundary file, so that
// `npm run eval:sbd -- <file> --predicted <out>/<peer>.jsonl` scores them with siaran's own scorer.
// The peers are not dependencies of the project: install them in a scratch folder outside the repo
// (`mkdir /tmp/peers && cd /tmp/peers && npm init -y && npm install sbd sentencex`) and pass it.
//
//   node scripts/sbd-peers.mjs <peers folder> <file.jsonl> <out folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [peersDir, file, outDir] = process.argv.slice(2);
if (!peersDir || !file || !outDir) {
  console.error('usage: node scripts/sbd-peers.mjs <peers folder> <file.jsonl> <out folder>');
  process.exit(2);
}
const require = createRequire(path.resolve(peersDir, 'package.json'));
const tokenizer = require('sbd');
const sentencex = require('sentencex');
const units = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const peers = {
  // sbd's defaults, as a new user gets them (newline_boundaries off: UD units have no line breaks).
  sbd: (text) => tokenizer.sentences(text, {}),
  // sentencex has no Indonesian table of its own; `id` falls back along its chain.
  sentencex: (text) => sentencex.segment('id', text),
};
mkdirSync(outDir, { recursive: true });
for (const [name, split] of Object.entries(peers)) {
  const lines = units.map((u) =>
    JSON.stringify({
      id: u.id,
      sentences: split(u.text)
        .map((s) => s.trim())
        .filter(Boolean),
    }),
  );
  writeFileSync(path.join(outDir, `${name}.jsonl`), lines.join('\n') + '\n');
  console.log(`${name}: ${path.join(outDir, `${name}.jsonl`)}`);
}
