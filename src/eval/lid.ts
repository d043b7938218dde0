/**
 * Language-ID evaluation: `npm run eval:lid -- <file.tsv | file.jsonl> [--baseline] [--errors N]`.
 *
 * - `.tsv` (`label<TAB>text`): per-class accuracy, confusion matrix and the mean accuracy over
 *   ind / zlm / eng; with a sibling `.src` file (source of each line) also per-source accuracy.
 * - `.jsonl` (`{"id","text",...}`, all Indonesian): how many are detected `ind`, the misses, speed.
 * - `--baseline`: franc restricted to ind/zlm/eng instead of siaran's identifier, measured the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readJsonLines } from './jsonl.js';
import { francAll } from 'franc';
import { identify } from '../lang/lid.js';

const MAIN = ['ind', 'zlm', 'eng'];

function main(argv: string[]): void {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: eval:lid -- <file.tsv|file.jsonl> [--baseline] [--errors N]');
    process.exit(2);
  }
  const baseline = argv.includes('--baseline');
  const errIdx = argv.indexOf('--errors');
  const showErrors = errIdx >= 0 ? Number(argv[errIdx + 1] ?? 20) : 0;
  const guess = baseline
    ? (text: string): string => francAll(text, { only: MAIN, minLength: 1 })[0]![0]
    : (text: string): string => identify(text).code;
  if (file.endsWith('.jsonl')) bulk(file, guess, baseline);
  else tsv(file, guess, baseline, showErrors);
}

function tsv(file: string, guess: (t: string) => string, baseline: boolean, showErrors: number): void {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'));
  const srcFile = file.replace(/\.tsv$/, '.src');
  const sources = existsSync(srcFile) ? readFileSync(srcFile, 'utf8').split('\n') : [];
  const confusion = new Map<string, Map<string, number>>();
  const bySource = new Map<string, { n: number; ok: number }>();
  const errors: string[] = [];
  const predicted = new Set<string>();
  const t0 = performance.now();
  let bytes = 0;
  lines.forEach((line, i) => {
    const tab = line.indexOf('\t');
    const gold = line.slice(0, tab);
    const text = line.slice(tab + 1);
    bytes += Buffer.byteLength(text);
    const pred = guess(text);
    predicted.add(pred);
    const row = confusion.get(gold) ?? new Map<string, number>();
    row.set(pred, (row.get(pred) ?? 0) + 1);
    confusion.set(gold, row);
    if (MAIN.includes(gold)) {
      const key = `${gold}/${sources[i] || '?'}`;
      const s = bySource.get(key) ?? { n: 0, ok: 0 };
      s.n++;
      if (pred === gold) s.ok++;
      else if (errors.length < showErrors) errors.push(`${gold}→${pred}\t${sources[i] ?? ''}\t${text.slice(0, 160)}`);
      bySource.set(key, s);
    }
  });
  const ms = performance.now() - t0;
  const cols = [...MAIN, ...[...predicted].filter((c) => !MAIN.includes(c)).sort()];
  console.log(
    `${file}${baseline ? ' (baseline: franc only ind/zlm/eng)' : ''}: ${lines.length} lines, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`,
  );
  console.log(['gold\\pred', ...cols, 'n', 'acc'].map((c) => c.padStart(8)).join(''));
  const accs: number[] = [];
  for (const gold of [...MAIN, ...[...confusion.keys()].filter((c) => !MAIN.includes(c)).sort()]) {
    const row = confusion.get(gold);
    if (!row) continue;
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    const acc = (row.get(gold) ?? 0) / n;
    if (MAIN.includes(gold)) accs.push(acc);
    console.log(
      [gold, ...cols.map((c) => String(row.get(c) ?? 0)), String(n), (acc * 100).toFixed(1)]
        .map((c) => c.padStart(8))
        .join(''),
    );
  }
  if (bySource.size) {
    console.log('per source (ind/zlm/eng lines):');
    for (const [k, s] of [...bySource].sort())
      console.log(`  ${k.padEnd(16)} ${String(s.n).padStart(5)} ${((s.ok / s.n) * 100).toFixed(1)}%`);
  }
  const mean = accs.reduce((a, b) => a + b, 0) / accs.length;
  console.log(`mean accuracy over ind/zlm/eng: ${(mean * 100).toFixed(2)}%`);
  if (errors.length) console.log(`errors (first ${errors.length}):\n${errors.join('\n')}`);
}

function bulk(file: string, guess: (t: string) => string, baseline: boolean): void {
  const rows = readJsonLines<{ id: string; text: string; source?: string }>(file);
  let ok = 0;
  let bytes = 0;
  const misses: string[] = [];
  const t0 = performance.now();
  for (const r of rows) {
    bytes += Buffer.byteLength(r.text);
    const code = guess(r.text);
    if (code === 'ind') ok++;
    else misses.push(`${r.id}\t${code}\t${r.text.slice(0, 120).replace(/\s+/g, ' ')}`);
  }
  const ms = performance.now() - t0;
  console.log(
    `${file}${baseline ? ' (baseline: franc only ind/zlm/eng)' : ''}: ${ok} / ${rows.length} detected ind, ${misses.length} misses, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`,
  );
  for (const m of misses.slice(0, 50)) console.log(`  ${m}`);
  if (misses.length > 50) console.log(`  … ${misses.length - 50} more`);
}

main(process.argv.slice(2));
