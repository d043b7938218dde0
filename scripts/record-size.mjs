#!/usr/bin/env node
// Record size and JSON.stringify cost of sets of records, measured in one process (issue 20):
//   node scripts/record-size.mjs <records.jsonl>… [--rounds N]
// Each file is one set (e.g. the bulk set extracted as v1, as v2, as v2 with --sentence-text). All sets are parsed
// first; then, round after round, every set is stringified record by record, in turn, so that all sets meet the
// same machine state. Prints bytes (of the JSON lines), bytes per text byte, and the median CPU ms of the rounds.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const r = args.indexOf('--rounds');
const rounds = r >= 0 ? Number(args.splice(r, 2)[1]) : 7;
if (args.length === 0) {
  process.stderr.write('usage: node scripts/record-size.mjs <records.jsonl>… [--rounds N]\n');
  process.exit(2);
}
const sets = args.map((file) => {
  const records = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  let bytes = 0;
  let textBytes = 0;
  let sentenceTextBytes = 0;
  for (const rec of records) {
    bytes += Buffer.byteLength(JSON.stringify(rec)) + 1;
    textBytes += Buffer.byteLength(rec.text);
    for (const s of rec.sentences)
      if (s.text !== undefined) sentenceTextBytes += Buffer.byteLength(JSON.stringify(s.text));
  }
  return { file, records, bytes, textBytes, sentenceTextBytes, cpu: [] };
});
for (let round = 0; round < rounds; round++) {
  for (const set of sets) {
    const t0 = process.cpuUsage();
    let n = 0;
    for (const rec of set.records) n += JSON.stringify(rec).length;
    const t = process.cpuUsage(t0);
    if (n === 0) throw new Error('empty');
    set.cpu.push((t.user + t.system) / 1000);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (b) => (b / 1e6).toFixed(2);
process.stdout.write(
  `| records | documents | MB | × text | sentence texts MB | stringify CPU ms (median of ${rounds}) |\n|---|---|---|---|---|---|\n`,
);
for (const s of sets)
  process.stdout.write(
    `| ${s.file} | ${s.records.length} | ${mb(s.bytes)} | ${(s.bytes / s.textBytes).toFixed(2)} | ${mb(s.sentenceTextBytes)} | ${median(s.cpu).toFixed(0)} (${Math.min(...s.cpu).toFixed(0)}–${Math.max(...s.cpu).toFixed(0)}) |\n`,
  );
