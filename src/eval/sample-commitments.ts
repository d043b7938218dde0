/**
 * Draws a fixed-seed random sample of extracted commitments from a JSONL corpus for hand judgement.
 *
 *   npm run eval:commitments -- <file.jsonl> [--n 40] [--seed 17] [--all] [--json out.json]
 *
 * Input lines are `{"id","text","date"?,"source"?}`. Only ministry releases are read unless `--all`:
 * lines whose `source` is `dashboard-pemerintah` or whose id starts with `gov-` (the bulk file keeps
 * the release URL in `source`). Prints counts by type and rule, throughput, and the sample with each
 * commitment's sentence so it can be judged by reading.
 */
import { writeFileSync } from 'node:fs';
import { readJsonLines } from './jsonl.js';
import { extract } from '../index.js';
import { stageTimes } from '../pipeline.js';
import type { Commitment, DocRecord } from '../schema/record.js';

interface Line {
  id: string;
  text: string;
  date?: string;
  source?: string;
}

/** mulberry32: small seeded PRNG so the sample is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(argv: string[]): void {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: sample-commitments <file.jsonl> [--n 40] [--seed 17] [--all] [--json out.json]\n');
    process.exitCode = 2;
    return;
  }
  const opt = (name: string): string | undefined => {
    const k = argv.indexOf(`--${name}`);
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const n = Number(opt('n') ?? 40);
  const seed = Number(opt('seed') ?? 17);
  const all = argv.includes('--all');
  const lines = readJsonLines<Line>(file).filter(
    (l) => all || l.source === 'dashboard-pemerintah' || l.id.startsWith('gov-'),
  );

  const found: { doc: DocRecord; c: Commitment }[] = [];
  let bytes = 0;
  let quotes = 0;
  let speakers = 0;
  const t0 = performance.now();
  for (const line of lines) {
    const dct = line.date && /^\d{4}-\d{2}-\d{2}/.test(line.date) ? line.date.slice(0, 10) : undefined;
    const doc = extract(line.text, { id: line.id, ...(dct ? { dct } : {}) }, { timed: true });
    bytes += Buffer.byteLength(line.text);
    quotes += doc.quotes.length;
    speakers += doc.quotes.filter((q) => q.speaker).length;
    for (const c of doc.commitments) found.push({ doc, c });
  }
  const seconds = (performance.now() - t0) / 1000;

  const count = (key: (c: Commitment) => string) => {
    const m = new Map<string, number>();
    for (const { c } of found) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
    return Object.fromEntries([...m].sort((x, y) => y[1] - x[1]));
  };
  const out = process.stdout;
  out.write(
    `documents ${lines.length}, ${(bytes / 1e6).toFixed(2)} MB, full pipeline ${seconds.toFixed(1)} s (${(bytes / 1e6 / seconds).toFixed(2)} MB/s)\n`,
  );
  const mine = (stageTimes.get('quotes') ?? 0) + (stageTimes.get('commitments') ?? 0);
  out.write(
    `quotes + commitments stages ${(mine / 1000).toFixed(2)} s (${(bytes / 1e6 / (mine / 1000)).toFixed(1)} MB/s); by stage ${JSON.stringify(Object.fromEntries([...stageTimes].map(([k, v]) => [k, Math.round(v)])))} ms\n`,
  );
  out.write(
    `commitments ${found.length} (${(found.length / Math.max(1, lines.length)).toFixed(2)} per document); quotes ${quotes}, with speaker ${speakers}\n`,
  );
  out.write(`by type ${JSON.stringify(count((c) => c.type))}\n`);
  out.write(`with actors ${found.filter(({ c }) => c.actors.length).length}\n`);

  // Fisher–Yates over indices with the seeded generator.
  const random = rng(seed);
  const idx = found.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  const sample = idx.slice(0, n).map((i) => found[i]!);
  const rows = sample.map(({ doc, c }, k) => {
    const name = (id: string) => doc.clusters.find((x) => x.id === id)?.canonical ?? id;
    const sentence = doc.sentences[c.sentence];
    return {
      n: k + 1,
      doc: doc.id,
      type: c.type,
      trigger: c.trigger.text,
      actors: c.actors.map(name),
      target: c.target.map(name),
      status: c.status ?? '',
      negated: c.negated,
      rule: c.rule,
      content: c.content?.text ?? '',
      sentence: sentence ? doc.text.slice(sentence.start, sentence.end) : '',
    };
  });
  for (const r of rows) {
    out.write(
      `\n#${r.n} ${r.doc} ${r.type} «${r.trigger}» actors=[${r.actors.join('; ')}]${r.target.length ? ` target=[${r.target.join('; ')}]` : ''}` +
        `${r.status ? ` ${r.status}` : ''}${r.negated ? ' NEG' : ''}\n  content: ${r.content}\n  sentence: ${r.sentence}\n`,
    );
  }
  const json = opt('json');
  if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
}

main(process.argv.slice(2));
