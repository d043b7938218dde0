// Prints one sha256 over the records of a JSON-lines corpus ({"id","text","date"} per line) and of
// corpus/, so a change that must keep records byte-identical can be checked before and after:
//   npm run build && node scripts/record-hash.mjs ../shared/eval/bulk/bulk-id.jsonl
// A second argument names a file to write one "id<TAB>sha256" line per record to (to find which differ).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

const [jsonl, perRecordFile] = process.argv.slice(2);
const all = createHash('sha256');
const lines = [];
// pipelineVersion hashes the code itself (src/version.ts), so it differs across any code change:
// the records are compared without it.
const add = (id, record) => {
  const json = JSON.stringify({ ...record, pipelineVersion: '' });
  all.update(json).update('\n');
  lines.push(`${id}\t${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
};
for (const name of readdirSync('corpus')
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const id = name.slice(0, -4);
  add(id, extract(readFileSync(join('corpus', name), 'utf8'), { id }));
}
if (jsonl) {
  for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, text, date } = JSON.parse(line);
    add(id, extract(text, { id, ...(date ? { dct: date } : {}) }));
  }
}
if (perRecordFile) writeFileSync(perRecordFile, lines.join('\n') + '\n');
console.log(`${lines.length} records sha256 ${all.digest('hex').slice(0, 16)}`);
