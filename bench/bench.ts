/**
 * End-to-end benchmark of the batch: `npm run bench -- <jsonl or folder> [options]`.
 *
 *   --workers 0,1,2    worker counts to run end to end (0 = in-process)
 *   --repeat N         the corpus N times over (symbolic links: r1/ … rN/), default 1
 *   --scales 4,16      also run end to end at these repeats with the last worker count (RSS flat?)
 *   --only a,b         run only these of floor, output, franc, compromise, extract, e2e, files, scales
 *                      (files: the e2e rows again with --files, a record file per document)
 *                      (extract: extract() + JSON.stringify alone, texts in memory: what e2e is compared with;
 *                      output: read + decode + write records made beforehand: the floor of siaran's output)
 *   --queue-mem 2000,8000  queue rows: Redis memory per job after one worker drained this many documents
 *                      (the corpus repeated as needed), on a redis-server the child starts
 *   --baseline DIR     also run extract() of this build and of an older build's compiled `dist/` (DIR holds its
 *                      index.js; e.g. `git worktree add ../old <commit> && (cd ../old && npm run build)`, then
 *                      `--baseline ../old/dist`) alternately in one process, on the same documents in slices of
 *                      100, and print this build's CPU per MB as a ratio of the old one's
 *   --out FILE         write the results as JSON too
 *
 * queue (in --only): one queue worker (siaran worker, one thread, in the child) on the corpus, against
 * `extract --workers 1` run in the same bench: CPU seconds of the child (every thread) and of redis-server.
 *
 * A JSON-lines input (`{"id","text","date","source"}` per line) is first written out as a folder of
 * `.txt` files with `.meta.json` sidecars, so that the runs read files as `siaran extract` does. Each
 * measurement runs in a child process of its own, so that its peak RSS is its own. Never run by the tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readInputSync, type TaskResult } from '../src/batch/process.js';
import { runBatch } from '../src/batch/run.js';
import { walk } from '../src/batch/walk.js';
import { BURST, LineFile, RecordFiles } from '../src/batch/write.js';
import { decode } from '../src/text/decode.js';

interface Result {
  name: string;
  docs: number;
  bytes: number;
  seconds: number;
  maxRssMb: number;
  /**
   * User + system CPU seconds of the measured part, every thread of the process (less noisy than wall time on a shared
   * machine).
   */
  cpuSeconds: number;
  /** 1-minute load average when the measurement started and when it ended. */
  load: [number, number];
  stages?: Record<string, number>;
  /** The `--baseline` row: CPU seconds of the old build over the same documents (`cpuSeconds` is this build's). */
  baselineCpuSeconds?: number;
  /** Queue rows: CPU seconds of redis-server over the measured part. */
  redisCpuSeconds?: number;
  /** Queue rows: Redis `used_memory` in bytes, empty, with every job waiting, and once drained. */
  redisMemory?: { empty: number; enqueued: number; drained: number; runRecord: number; finishedIndex: number };
}

const here = fileURLToPath(import.meta.url);

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    const result = await child(argv[1]!, argv[2]!, argv.slice(3));
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
  };
  const input = argv.find((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1]!.startsWith('--')));
  if (!input) {
    process.stderr.write(
      'usage: npm run bench -- <jsonl or folder> [--workers 0,1,2] [--repeat N] [--scales 4,16] [--out file.json]\n',
    );
    process.exitCode = 2;
    return;
  }
  const workers = opt('--workers', '0,1,2').split(',').map(Number);
  const repeat = Number(opt('--repeat', '1'));
  const scales = opt('--scales', '').split(',').filter(Boolean).map(Number);
  const work = path.join(
    tmpdir(),
    `siaran-bench-${createHash('sha256').update(path.resolve(input)).digest('hex').slice(0, 8)}`,
  );
  const corpus = statSync(input).isDirectory()
    ? path.resolve(input)
    : await materialize(input, path.join(work, 'corpus'));
  const repeated = (n: number): string => {
    if (n === 1) return corpus;
    const dir = path.join(work, `x${n}`);
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      for (let i = 1; i <= n; i++) symlinkSync(corpus, path.join(dir, `r${i}`));
    }
    return dir;
  };
  const dir = repeated(repeat);

  const results: Result[] = [];
  const runChild = (mode: string, target: string, ...rest: string[]): void => {
    process.stderr.write(`bench: ${mode} ${rest.join(' ')} on ${target} …\n`);
    const load0 = loadavg()[0]!;
    const r = spawnSync(process.execPath, [here, '--child', mode, target, ...rest], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`bench child ${mode} failed: ${r.stderr}`);
    const result = {
      ...(JSON.parse(r.stdout.trim().split('\n').pop()!) as Result),
      load: [load0, loadavg()[0]!] as [number, number],
    };
    results.push(result);
    process.stderr.write(`bench:   ${line(result)}\n`);
  };
  const only = new Set(opt('--only', 'floor,output,franc,compromise,extract,e2e,files,scales,queue').split(','));
  const queueMem = opt('--queue-mem', '').split(',').filter(Boolean).map(Number);
  if (only.has('floor')) runChild('floor', dir);
  if (only.has('output')) runChild('output', dir, 'jsonl');
  if (only.has('output') && only.has('files')) runChild('output', dir, 'files');
  if (only.has('franc')) runChild('franc', dir);
  if (only.has('compromise')) runChild('compromise', dir);
  if (only.has('extract')) runChild('extract', dir);
  const baseline = opt('--baseline', '');
  if (baseline) runChild('baseline', dir, path.resolve(baseline));
  if (only.has('e2e')) for (const w of workers) runChild('e2e', dir, String(w), path.join(work, `out-w${w}`));
  if (only.has('files'))
    for (const w of workers) runChild('e2e', dir, String(w), path.join(work, `out-w${w}`), '', 'files');
  if (only.has('queue')) {
    if (!only.has('e2e') || !workers.includes(1)) runChild('e2e', dir, '1', path.join(work, 'out-w1'));
    runChild('queue', dir, path.join(work, 'out-q1'));
  }
  for (const n of queueMem)
    runChild('queue', subset(corpus, n, path.join(work, `n${n}`)), path.join(work, `out-qn${n}`));
  const last = workers[workers.length - 1] ?? 2;
  if (only.has('scales'))
    for (const s of scales)
      runChild('e2e', repeated(s * repeat), String(last), path.join(work, `out-x${s}`), `x${s * repeat}`);

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} free), Node ${process.version}, ${process.platform}`;
  process.stdout.write(`\n${machine}\n\n${table(results)}\n${ratios(results)}`);
  const out = opt('--out', '');
  if (out) writeFileSync(out, JSON.stringify({ machine, input, repeat, results }, null, 2) + '\n');
}

function line(r: Result): string {
  return `${r.name}: ${r.docs} docs, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(2)} s = ${(r.docs / r.seconds).toFixed(0)} docs/s, ${(r.bytes / 1e6 / r.seconds).toFixed(2)} MB/s, peak RSS ${r.maxRssMb.toFixed(0)} MB, ${r.cpuSeconds.toFixed(2)} s CPU, load ${r.load.map((l) => l.toFixed(1)).join('→')}`;
}

/**
 * The figures the targets are about, from the rows of this run: e2e against the pipeline alone, 2 workers against 1.
 */
function ratios(results: Result[]): string {
  const find = (prefix: string) => results.find((r) => r.name.startsWith(prefix) && !r.name.includes('corpus'));
  const [floor, alone, w0, w1, w2] = [
    'floor',
    'extract()',
    'siaran extract, in-process',
    'siaran extract, 1 worker',
    'siaran extract, 2 workers',
  ].map(find);
  const lines: string[] = [];
  if (alone && w0) {
    const budget = alone.seconds + (floor?.seconds ?? 0);
    lines.push(
      `in-process e2e: ${w0.seconds.toFixed(2)} s wall, ${w0.cpuSeconds.toFixed(2)} s CPU; extract() alone ${alone.seconds.toFixed(2)} s${floor ? ` + floor ${floor.seconds.toFixed(2)} s = ${budget.toFixed(2)} s` : ''} (e2e / that: ${(w0.seconds / budget).toFixed(2)} wall)`,
    );
  }
  const output = find('output floor');
  if (output)
    lines.push(
      `output floor: ${output.seconds.toFixed(2)} s wall, ${output.cpuSeconds.toFixed(2)} s CPU: no run that writes these records can exceed ${(output.bytes / 1e6 / output.seconds).toFixed(2)} MB/s here${alone ? `; with extract() alone that is ${(output.bytes / 1e6 / (output.seconds + alone.seconds)).toFixed(2)} MB/s in one thread` : ''}`,
    );
  for (const r of results.filter((x) => x.name.includes(', --files'))) {
    const jsonl = results.find((x) => x.name === r.name.replace(', --files', ''));
    if (jsonl)
      lines.push(
        `${r.name} vs records.jsonl only: ×${(r.cpuSeconds / jsonl.cpuSeconds).toFixed(2)} CPU, ×${(r.seconds / jsonl.seconds).toFixed(2)} wall, ${(r.maxRssMb - jsonl.maxRssMb).toFixed(0)} MB RSS`,
      );
  }
  if (w1 && w2)
    lines.push(
      `2 workers vs 1: ×${(w1.seconds / w2.seconds).toFixed(2)} (wall; load ${w1.load.map((l) => l.toFixed(1)).join('→')} and ${w2.load.map((l) => l.toFixed(1)).join('→')})`,
    );
  for (const q of results.filter((r) => r.redisMemory)) {
    const m = q.redisMemory!;
    lines.push(
      `${q.name}: Redis ${((m.enqueued - m.empty) / q.docs).toFixed(0)} B per waiting job, ${((m.drained - m.empty) / q.docs).toFixed(0)} B per finished job (used_memory ${(m.empty / 1e6).toFixed(2)} → ${(m.enqueued / 1e6).toFixed(2)} → ${(m.drained / 1e6).toFixed(2)} MB; run record ${(m.runRecord / q.docs).toFixed(0)} B, finished index ${(m.finishedIndex / q.docs).toFixed(0)} B a job); redis-server ${q.redisCpuSeconds!.toFixed(2)} s CPU`,
    );
  }
  for (const b of results.filter((r) => r.baselineCpuSeconds !== undefined))
    lines.push(
      `${b.name}: this build ${b.cpuSeconds.toFixed(2)} s CPU, the old ${b.baselineCpuSeconds!.toFixed(2)} s: CPU per MB ×${(b.cpuSeconds / b.baselineCpuSeconds!).toFixed(3)} of the old (issue 15: lower is the target)`,
    );
  const t = targets(results);
  if (t.length) lines.push('', 'Targets (issue 22), as ratios of this run:', ...t);
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}

/**
 * The targets of issue 22, each a ratio of two rows of this run with the target next to it: CPU seconds for the rows
 * that run in one thread on the same texts (a busy machine slows both alike), wall time for workers.
 */
function targets(results: Result[]): string[] {
  const find = (name: string) => results.find((r) => r.name.startsWith(name) && !r.name.includes('corpus'));
  const e2e = find('siaran extract, in-process');
  const alone = find('extract()');
  const franc = find('franc alone');
  const compromise = find('compromise nlp()');
  const w1 = find('siaran extract, 1 worker');
  const w2 = find('siaran extract, 2 workers');
  const out: string[] = [];
  const row = (what: string, value: number, op: '≥' | '≤', target: number, how: string) =>
    out.push(
      `  ${what}: ×${value.toFixed(2)} (target ${op} ${target}: ${(op === '≥' ? value >= target : value <= target) ? 'met' : 'NOT met'}; ${how})`,
    );
  if (e2e && franc) row('end to end in-process vs franc(text) alone', franc.cpuSeconds / e2e.cpuSeconds, '≥', 4, 'CPU');
  if (e2e && compromise)
    row('end to end in-process vs compromise nlp() alone', compromise.cpuSeconds / e2e.cpuSeconds, '≥', 10, 'CPU');
  if (e2e && alone) row('end to end in-process / extract() alone', e2e.cpuSeconds / alone.cpuSeconds, '≤', 1.15, 'CPU');
  if (w1 && w2) row('2 workers vs 1', w1.seconds / w2.seconds, '≥', 1.6, 'wall, on this corpus');
  const q1 = results.find((r) => r.name.startsWith('siaran worker, 1 thread') && r.docs === w1?.docs);
  if (w1 && q1) {
    row('1 queue worker vs extract --workers 1', w1.cpuSeconds / q1.cpuSeconds, '≥', 0.9, 'CPU of siaran (issue 21)');
    row(
      '1 queue worker vs extract --workers 1, redis-server counted',
      w1.cpuSeconds / (q1.cpuSeconds + q1.redisCpuSeconds!),
      '≥',
      0.9,
      'CPU of siaran + redis-server',
    );
  }
  for (const r of results.filter((x) => x.name.includes('corpus x16')))
    out.push(`  peak RSS at ${r.name.split(', corpus ')[1]}: ${r.maxRssMb.toFixed(0)} MB (target ≤ 300 MB)`);
  return out;
}

function table(results: Result[]): string {
  const rows = [
    '| run | docs | MB | s | docs/s | MB/s | CPU s | peak RSS MB | load |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    rows.push(
      `| ${r.name} | ${r.docs} | ${(r.bytes / 1e6).toFixed(1)} | ${r.seconds.toFixed(2)} | ${(r.docs / r.seconds).toFixed(0)} | ${(r.bytes / 1e6 / r.seconds).toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.maxRssMb.toFixed(0)} | ${r.load.map((l) => l.toFixed(1)).join('→')} |`,
    );
  }
  for (const r of results.filter((x) => x.stages)) {
    const total = Object.values(r.stages!).reduce((a, b) => a + b, 0);
    rows.push(
      '',
      `Stages of "${r.name}" (ms summed over documents, share of stage time):`,
      '',
      '| stage | ms | share | MB/s alone |',
      '|---|---:|---:|---:|',
    );
    for (const [name, ms] of Object.entries(r.stages!).sort((a, b) => b[1] - a[1])) {
      rows.push(
        `| ${name} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)} % | ${(r.bytes / 1e6 / (ms / 1000)).toFixed(1)} |`,
      );
    }
  }
  return rows.join('\n');
}

/** Writes a JSON-lines corpus as `<id>.txt` + `<id>.meta.json` (dct from `date` when it is YYYY-MM-DD…). */
async function materialize(jsonl: string, dir: string): Promise<string> {
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(jsonl, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { id?: string; text: string; date?: string; source?: string };
    const id = (doc.id ?? `doc-${n}`).replace(/[^\w.-]+/g, '_');
    n++;
    writeFileSync(path.join(dir, `${id}.txt`), doc.text);
    const meta: Record<string, unknown> = {};
    if (doc.date && /^\d{4}-\d{2}-\d{2}/.test(doc.date)) meta['dct'] = doc.date.slice(0, 10);
    if (doc.source) meta['source'] = doc.source;
    writeFileSync(path.join(dir, `${id}.meta.json`), JSON.stringify(meta));
  }
  writeFileSync(stamp, String(n));
  process.stderr.write(`bench: wrote ${n} documents to ${dir}\n`);
  return dir;
}

async function texts(dir: string): Promise<{ texts: string[]; bytes: number }> {
  const out: string[] = [];
  let bytes = 0;
  for await (const found of walk([dir])) {
    if (found.kind !== 'file') continue;
    const data = await readFile(found.path);
    bytes += data.length;
    out.push(decode(data).text);
  }
  return { texts: out, bytes };
}

const rssMb = (): number => process.resourceUsage().maxRSS / 1024;

const cpuSince = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

async function child(mode: string, dir: string, rest: string[]): Promise<Omit<Result, 'load'>> {
  if (mode === 'floor') {
    // Read, decode, JSON write: what any batch must do, without extraction.
    const outFile = path.join(tmpdir(), `siaran-bench-floor-${process.pid}.jsonl`);
    const stream = createWriteStream(outFile);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let docs = 0;
    let bytes = 0;
    for await (const found of walk([dir])) {
      if (found.kind !== 'file') continue;
      const data = await readFile(found.path);
      bytes += data.length;
      docs++;
      if (!stream.write(JSON.stringify({ id: found.id, text: decode(data).text }) + '\n'))
        await new Promise<void>((r) => stream.once('drain', () => r()));
    }
    await new Promise<void>((r) => stream.end(r));
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    rmSync(outFile, { force: true });
    return { name: 'floor: read + decode + JSON write', docs, bytes, seconds, cpuSeconds, maxRssMb: rssMb() };
  }
  if (mode === 'output') {
    // What siaran extract must do besides extracting, given its output: read and decode each file, then
    // write its record (made beforehand, not timed) as a line of records.jsonl and, with `files`, as
    // its own file (staged and renamed), with the batch's own writers. No run can be faster than this.
    const withFiles = rest[0] === 'files';
    const made = new Map<string, string>();
    const { extract } = await import('../src/index.js');
    for await (const found of walk([dir])) {
      if (found.kind !== 'file') continue;
      const meta = JSON.parse(
        await readFile(found.path.slice(0, -4) + '.meta.json', 'utf8').catch(() => '{}'),
      ) as Record<string, unknown>;
      made.set(found.id, JSON.stringify(extract(decode(await readFile(found.path)).text, { ...meta, id: found.id })));
    }
    const out = path.join(tmpdir(), `siaran-bench-output-${process.pid}`);
    const staging = path.join(out, 'staging');
    mkdirSync(staging, { recursive: true });
    const files = new RecordFiles({ out, staging, files: withFiles }, 'main', false);
    const jsonl = new LineFile(path.join(staging, 'records.jsonl'));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let docs = 0;
    let bytes = 0;
    let burst: TaskResult[] = [];
    for await (const found of walk([dir])) {
      if (found.kind !== 'file') continue;
      const input = readInputSync(found.path, found.id, {}, found.sidecar);
      if ('entry' in input) throw new Error(input.entry.reason);
      decode(input.task.bytes);
      bytes += input.task.bytes.length;
      docs++;
      const json = made.get(found.id)!;
      jsonl.write(json + '\n');
      burst.push({ entry: { id: found.id, path: found.path, status: 'done' }, json });
      if (burst.length === BURST) {
        files.write(burst);
        burst = [];
      }
    }
    files.write(burst);
    jsonl.end();
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    rmSync(out, { recursive: true, force: true });
    return {
      name: `output floor: read + decode + write the records (${withFiles ? '--files + records.jsonl' : 'records.jsonl'})`,
      docs,
      bytes,
      seconds,
      cpuSeconds,
      maxRssMb: rssMb(),
    };
  }
  if (mode === 'extract') {
    // The pipeline alone: extract() + JSON.stringify on every document, texts and sidecars already
    // in memory, in this thread: what the batch is compared with (it should cost little more).
    const docs: { id: string; text: string; meta: Record<string, unknown>; bytes: number }[] = [];
    let bytes = 0;
    for await (const found of walk([dir])) {
      if (found.kind !== 'file') continue;
      const data = await readFile(found.path);
      const meta = JSON.parse(
        await readFile(found.path.slice(0, -4) + '.meta.json', 'utf8').catch(() => '{}'),
      ) as Record<string, unknown>;
      bytes += data.length;
      docs.push({ id: found.id, text: decode(data).text, meta, bytes: data.length });
    }
    const { extract } = await import('../src/index.js');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let chars = 0;
    for (const d of docs) chars += JSON.stringify(extract(d.text, { ...d.meta, id: d.id })).length;
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    if (chars === 0) throw new Error('no records');
    return {
      name: 'extract() + JSON.stringify alone (texts in memory, this thread)',
      docs: docs.length,
      bytes,
      seconds,
      cpuSeconds,
      maxRssMb: rssMb(),
    };
  }
  if (mode === 'baseline') {
    // This build's extract() against an older build's, in one process: the two alternate on the same slices of
    // documents (which goes first alternates too), so load and warm-up fall on both alike; each sees a document once.
    const { texts: all, bytes } = await texts(dir);
    type Extract = (text: string, meta: { id: string }) => unknown;
    const current = (await import('../src/index.js')).extract as Extract;
    const old = ((await import(pathToFileURL(path.join(rest[0]!, 'index.js')).href)) as { extract: Extract }).extract;
    const runSlice = (fn: Extract, slice: string[], from: number): number => {
      const c0 = process.cpuUsage();
      for (let k = 0; k < slice.length; k++) JSON.stringify(fn(slice[k]!, { id: `d${from + k}` }));
      return cpuSince(c0);
    };
    const warm = all.slice(0, Math.min(200, all.length >> 3));
    runSlice(current, warm, 0);
    runSlice(old, warm, 0);
    const t0 = performance.now();
    let mine = 0;
    let theirs = 0;
    for (let from = warm.length, round = 0; from < all.length; from += 100, round++) {
      const slice = all.slice(from, from + 100);
      if (round % 2 === 0) {
        mine += runSlice(current, slice, from);
        theirs += runSlice(old, slice, from);
      } else {
        theirs += runSlice(old, slice, from);
        mine += runSlice(current, slice, from);
      }
    }
    return {
      name: `extract() vs ${rest[0]} (alternating, one process)`,
      docs: all.length - warm.length,
      bytes,
      seconds: (performance.now() - t0) / 1000,
      cpuSeconds: mine,
      baselineCpuSeconds: theirs,
      maxRssMb: rssMb(),
    };
  }
  if (mode === 'franc' || mode === 'compromise') {
    const { texts: all, bytes } = await texts(dir);
    const fn =
      mode === 'franc'
        ? ((await import('franc')).franc as (t: string) => string)
        : ((await import('compromise')).default as unknown as (t: string) => unknown);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const t of all) fn(t);
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    return {
      name: mode === 'franc' ? 'franc alone (texts in memory)' : 'compromise nlp() alone (texts in memory)',
      docs: all.length,
      bytes,
      seconds,
      cpuSeconds,
      maxRssMb: rssMb(),
    };
  }
  if (mode === 'queue') return queueChild(dir, rest[0]!);
  const [workers, out, label, layout] = rest as [string, string, string | undefined, string | undefined];
  rmSync(out, { recursive: true, force: true });
  const stageTimes = new Map<string, number>();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const summary = await runBatch([dir], {
    out,
    workers: Number(workers),
    force: true,
    files: layout === 'files',
    stageTimes,
    maxBytes: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuSince(c0);
  let bytes = 0;
  for await (const found of walk([dir])) if (found.kind === 'file') bytes += found.size ?? statSync(found.path).size;
  const docs = summary.counts.done + summary.counts.skipped + summary.counts.failed;
  rmSync(out, { recursive: true, force: true });
  return {
    name: `siaran extract, ${workers === '0' ? 'in-process' : `${workers} worker${workers === '1' ? '' : 's'}`}${layout === 'files' ? ', --files' : ''}${label ? `, corpus ${label}` : ''}`,
    docs,
    bytes,
    seconds,
    cpuSeconds,
    maxRssMb: rssMb(),
    stages: Object.fromEntries(stageTimes),
  };
}

/**
 * A folder of `n` documents of the corpus (links to its files and sidecars, `r<k>/` for its k-th repeat), for the
 * Redis memory rows at a given number of jobs.
 */
function subset(corpus: string, n: number, dir: string): string {
  if (existsSync(path.join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const names = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (let i = 0; i < n; i++) {
    const name = names[i % names.length]!;
    const sub = path.join(dir, `r${Math.floor(i / names.length)}`);
    if (i % names.length === 0) mkdirSync(sub, { recursive: true });
    symlinkSync(path.join(corpus, name), path.join(sub, name));
    const meta = name.slice(0, -4) + '.meta.json';
    if (existsSync(path.join(corpus, meta))) symlinkSync(path.join(corpus, meta), path.join(sub, meta));
  }
  writeFileSync(path.join(dir, '.complete'), String(n));
  return dir;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * One queue worker (one extraction thread, in this process) on `dir`, against a redis-server started here with no
 * persistence: `siaran enqueue` (another process, not timed), then the worker until drained (timed: wall and CPU
 * of this process, every thread, and of redis-server from its INFO), then `status --manifest`'s join. Redis
 * memory before, after enqueue, after the drain.
 */
async function queueChild(dir: string, out: string): Promise<Omit<Result, 'load'>> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const port = await freePort();
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', out],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
  client.on('error', () => undefined);
  try {
    for (let i = 0; ; i++) {
      try {
        await client.connect();
        await client.ping();
        break;
      } catch {
        if (i > 100) throw new Error(`redis-server on port ${port} did not start`);
        client.disconnect();
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const info = async (section: string, field: string): Promise<number> =>
      Number(new RegExp(`^${field}:([\\d.]+)`, 'm').exec(await client.info(section))![1]);
    const redisCpu = async () => (await info('cpu', 'used_cpu_user')) + (await info('cpu', 'used_cpu_sys'));
    const { startWorker, openQueue, redisMemory, writeQueueManifest } = await import('../src/queue/index.js');
    const empty = await info('memory', 'used_memory');
    const queue = 'bench';
    // Enqueued by a process of its own (as from another machine), so that its garbage is not collected in the
    // measured part.
    const cli = path.join(path.dirname(here), '../../dist/cli/main.js');
    const e = spawnSync(process.execPath, [cli, 'enqueue', dir, '--redis', url, '--queue', queue, '--out', out], {
      encoding: 'utf8',
    });
    const found = /^siaran: (\d+) documents/m.exec(e.stderr);
    if (e.status !== 0 || !found) throw new Error(`siaran enqueue failed: ${e.stderr}`);
    const enq = { found: Number(found[1]) };
    const enqueued = await info('memory', 'used_memory');
    const r0 = await redisCpu();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const worker = await startWorker({ redis: url, queue, out, concurrency: 1, drain: true });
    await worker.closed;
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    const redisCpuSeconds = (await redisCpu()) - r0;
    const drained = await info('memory', 'used_memory');
    const q = openQueue(url, queue);
    const keys = await redisMemory(q, client);
    const summary = await writeQueueManifest(out, q, url).finally(() => q.close());
    const c = summary.header.counts;
    if (c.done + c.skipped + c.failed !== enq.found || summary.problems.length > 0)
      throw new Error(`queue run incomplete: ${JSON.stringify(c)} of ${enq.found}; ${summary.problems.join('; ')}`);
    let bytes = 0;
    for await (const found of walk([dir])) if (found.kind === 'file') bytes += found.size ?? statSync(found.path).size;
    return {
      name: `siaran worker, 1 thread (queue, ${enq.found} jobs)`,
      docs: enq.found,
      bytes,
      seconds,
      cpuSeconds,
      maxRssMb: rssMb(),
      redisCpuSeconds,
      redisMemory: { empty, enqueued, drained, runRecord: keys.runRecordBytes, finishedIndex: keys.finishedBytes },
    };
  } finally {
    client.disconnect();
    server.kill('SIGTERM');
    rmSync(out, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
