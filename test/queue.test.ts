import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../src/schema/manifest.js';

// The queue mode (siaran enqueue / worker / status) against a real redis-server, started here on a
// free loopback port with no persistence, through the built CLI (npm test builds dist/ first).
const repo = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(repo, 'dist/cli/main.js');
const hasRedis = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasRedis && !process.env['CI']) {
  console.warn(
    'test/queue.test.ts: SKIPPED: redis-server is not installed (apt-get install -y redis-server; .ci/run installs it)',
  );
}

/** Runs the CLI from the repository root (so `corpus/…` paths are those of the README). */
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const children: ChildProcess[] = [];

function startWorker(args: string[]) {
  const child = spawn(process.execPath, [cli, 'worker', ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, name: `${hostname()}:${child.pid}`, exited, stderr: () => stderr };
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 40_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe();
    if (value) return value;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const base = mkdtempSync(path.join(tmpdir(), 'siaran-queue-'));
let redisProcess: ChildProcess | null = null;
let redis = '';

beforeAll(async () => {
  if (!hasRedis) return;
  const port = await freePort();
  const dir = path.join(base, 'redis');
  mkdirSync(dir);
  redisProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  redis = `redis://127.0.0.1:${port}`;
  await until('redis-server', async () => !run(['status', '--redis', redis]).stderr.includes('cannot reach'), 10_000);
}, 20_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (redisProcess) {
    const gone = new Promise((r) => redisProcess!.once('exit', r));
    redisProcess.kill('SIGTERM');
    await gone;
  }
  rmSync(base, { recursive: true, force: true });
});

const manifestOf = (out: string): Manifest =>
  Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
const journal = (out: string, queue: string) => {
  const dir = path.join(out, '.siaran-queue', queue);
  // The journal parts (each worker's records part, `.records`, sits next to its journal part).
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { job: string; batch?: string; by: string; e: { id: string; status: string } }),
    );
};
const doc = (i: number): string =>
  `Jakarta – Menteri Luar Negeri Republik Indonesia bertemu dengan Menteri Perdagangan Singapura pada hari Senin (${i}/3). ` +
  `Kedua pihak sepakat untuk memperkuat kerja sama ekonomi.\n\n"Kami berharap kerja sama ini bermanfaat," kata Menteri.\n`;
/** Jobs that carry a path and sha256, not the document itself. */
const noInline = ['--inline-max-bytes', '0'];
const golden = readFileSync(path.join(repo, 'corpus/arsom-2021.txt'), 'utf8');

describe.runIf(!hasRedis && process.env['CI'])('queue mode in CI', () => {
  it('needs redis-server', () => {
    throw new Error('redis-server is not installed: .ci/run installs it (apt-get install -y redis-server)');
  });
});

describe.skipIf(!hasRedis)('siaran enqueue / worker / status on BullMQ', () => {
  it('two workers, one killed mid-job: every document is done exactly once, with the record extract writes', async () => {
    const queueName = 'kill';
    const input = path.join(base, 'in');
    for (let i = 0; i < 6; i++) {
      mkdirSync(path.join(input, 'news'), { recursive: true });
      writeFileSync(path.join(input, 'news', `n${i}.txt`), doc(i));
    }
    // Long documents, so that the killed worker is in the middle of one.
    mkdirSync(path.join(input, 'long'));
    for (let i = 0; i < 4; i++)
      writeFileSync(
        path.join(input, 'long', `l${i}.txt`),
        Array.from({ length: 50 }, () => golden).join('\n\n') + `\n${i}\n`,
      );
    writeFileSync(path.join(input, 'long', 'l0.meta.json'), JSON.stringify({ dct: '2021-01-27', title: 'panjang' }));
    writeFileSync(path.join(input, 'bad.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    writeFileSync(path.join(input, 'empty.txt'), '');
    const inputs = ['corpus/arsom-2021.txt', input];
    const total = 1 + 6 + 4 + 2;

    const out = path.join(base, 'out');
    const first = run(['enqueue', ...inputs, '--redis', redis, '--queue', queueName, '--out', out, '--backoff', '100']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(`${total} documents: ${total} enqueued, 0 already`);
    const again = run(['enqueue', ...inputs, '--redis', redis, '--queue', queueName, '--out', out]);
    expect(again.stderr).toContain(`${total} documents: 0 enqueued, ${total} already`);

    const queue = new Queue<{ batch?: unknown[] }>(queueName, { connection: { url: redis } });
    let w2name = '';
    let w2stderr = '';
    try {
      const workerArgs = [
        '--redis',
        redis,
        '--queue',
        queueName,
        '--out',
        out,
        '--lock-duration',
        '2500',
        '--log-every',
        '1',
      ];
      // Worker 1 first (a worker holds up to 16 small jobs: started together, one could take them all).
      const w1 = startWorker(workerArgs);
      // Kill w1 (SIGKILL: no cleanup at all) while it holds a job.
      const held = await until('a job held by worker 1', async () =>
        (await queue.getActive()).find((j) => j.processedBy === w1.name),
      );
      const w2 = startWorker(workerArgs);
      w2name = w2.name;
      w1.child.kill('SIGKILL');
      expect((await w1.exited).signal).toBe('SIGKILL');

      // Worker 2 takes over the stalled job once its lock expires, and finishes the queue.
      await until('the queue to drain', async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        return c['waiting']! + c['active']! + c['delayed']! === 0 && c['failed']! === 1;
      });
      // Finished jobs leave Redis (the failed one stays, for retry); the journal has the taken-over job.
      expect(await queue.getJob(held.id!)).toBeUndefined();
      expect(await queue.getJobCounts('completed')).toEqual({ completed: 0 });
      // (Held: a job of one document, or the batch of the small ones, whose documents worker 1 may have recorded.)
      const heldLines = journal(out, queueName).filter((l) => l.job === held.id || l.batch === held.id);
      if (held.data.batch) expect(heldLines.length).toBeGreaterThanOrEqual(held.data.batch.length);
      else expect(heldLines.find((l) => l.by === w2.name)).toBeDefined();

      // SIGTERM: a graceful stop (exit 143, as extract).
      w2.child.kill('SIGTERM');
      const w2exit = await w2.exited;
      expect(w2exit.code, w2.stderr()).toBe(143);
      w2stderr = w2.stderr();
      // Its log: the stalled job(s) it took over, its rate (a line a second; the takeover waits 2.5 s), failures
      // by code.
      expect(w2.stderr()).toContain(`siaran: took over stalled job ${held.id} (`);
      expect(w2.stderr()).toMatch(/siaran: worker .*: \d+ done, .*; [\d.]+ docs\/s over the last 1 s/);
      expect(w2.stderr()).toMatch(
        /stopped: \d+ done, \d+ skipped, 1 failed \(E102 1\), 0 handed back for a retry, \d+ stalled taken over/,
      );

      // The binary file failed at once (no retry), with its reason.
      const failed = await queue.getFailed();
      expect(failed).toHaveLength(1);
      expect(failed[0]!.attemptsMade).toBe(1);
      expect(failed[0]!.failedReason).toMatch(/^E102: .*bad\.txt: binary content/);
    } finally {
      await queue.close();
    }

    // --files: a record file per document too, as the reference below (extract --files).
    const status = run(['status', '--redis', redis, '--queue', queueName, '--manifest', out, '--files']);
    expect(status.status, status.stderr).toBe(1); // one failed job
    expect(status.stdout).toMatch(/done\s+12\n/);
    expect(status.stdout).toMatch(/failed\s+1\n/);
    expect(status.stdout).toContain('failed   bad (after 1 attempt): E102:');
    expect(status.stderr).not.toContain('not drained');
    expect(status.stderr).not.toContain('no journal entry');
    expect(status.stdout).toContain('failures E102 1\n');
    const stats = JSON.parse(run(['status', '--redis', redis, '--queue', queueName, '--json']).stdout) as {
      failedByCode: Record<string, number>;
      failuresByCode: Record<string, number>;
      workers: Record<string, { done: number; failed: number; stalled: number; rate?: number }>;
    };
    expect(stats.failedByCode).toEqual({ E102: 1 });
    expect(stats.failuresByCode).toEqual({ E102: 1 });
    expect(stats.workers[w2name]!.stalled).toBeGreaterThanOrEqual(1); // worker 1 held one or two jobs
    expect(stats.workers[w2name]!.rate).toBeGreaterThanOrEqual(0);
    const perWorker = Object.values(stats.workers);
    expect(perWorker.reduce((n, w) => n + w.done + w.failed, 0)).toBe(total - 1); // empty.txt is skipped

    // Every job recorded once, except that the killed worker's jobs may have reached its journal
    const lines = journal(out, queueName);
    const perJob = new Map<string, number>();
    for (const l of lines) perJob.set(l.job, (perJob.get(l.job) ?? 0) + 1);
    expect(perJob.size).toBe(total);
    // (at most the jobs worker 2 took over: those worker 1 held when killed).
    const takenOver = (w2stderr.match(/took over stalled job/g) ?? []).length;
    expect(takenOver).toBeGreaterThanOrEqual(1);
    expect([...perJob.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(takenOver);

    // The same records and manifest entries as siaran extract of the same inputs.
    const ref = path.join(base, 'ref');
    const extracted = run(['extract', ...inputs, '--out', ref, '--workers', '1', '--files']);
    expect(extracted.status).toBe(1); // the binary file
    const mine = manifestOf(out);
    const theirs = manifestOf(ref);
    expect(mine.counts).toEqual(theirs.counts);
    expect(mine.documents.map((d) => d.id)).toEqual(theirs.documents.map((d) => d.id).sort());
    expect(new Set(mine.documents.map((d) => d.id)).size).toBe(total);
    const byId = new Map(theirs.documents.map((d) => [d.id, d]));
    for (const entry of mine.documents) {
      expect(entry).toEqual(byId.get(entry.id));
      if (entry.record)
        expect(readFileSync(path.join(out, entry.record), 'utf8'), entry.id!).toBe(
          readFileSync(path.join(ref, entry.record), 'utf8'),
        );
    }
    expect(mine.inputs.sort()).toEqual([...inputs].sort());
    // No file per record while the workers run: each appends its records to one part next to its journal.
    expect(readdirSync(path.join(out, '.siaran-queue', queueName)).filter((f) => f.endsWith('.records'))).toHaveLength(
      2,
    );

    // siaran merge takes the folder as any extract output: the same records.jsonl, in id order.
    const merged = path.join(base, 'merged');
    const m = run(['merge', out, '--out', merged]);
    expect(m.status).toBe(1); // a failed document, as for extract
    const sorted = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).sort();
    expect(sorted(path.join(merged, 'records.jsonl'))).toEqual(sorted(path.join(ref, 'records.jsonl')));
    expect(readFileSync(path.join(merged, 'records.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(out, 'records.jsonl'), 'utf8'),
    );
  }, 90_000);

  it('small documents go several to a job; one that fails in its batch is failed alone, and siaran retry runs it alone', async () => {
    const queueName = 'batch-bad';
    const dir = path.join(base, 'batch-bad');
    mkdirSync(dir);
    const n = 6;
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `d${i}.txt`), doc(i));
    writeFileSync(path.join(dir, 'd2.meta.json'), JSON.stringify({ dct: '2021-03-01', title: 'judul' }));
    // Binary content: found by the extraction (E102), after the job was made.
    writeFileSync(path.join(dir, 'd3x.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    const out = path.join(base, 'batch-bad-out');
    const args = ['--redis', redis, '--queue', queueName];
    const enq = run(['enqueue', dir, ...args, '--out', out]);
    expect(enq.status, enq.stderr).toBe(0);
    expect(enq.stderr).toContain(`${n + 1} documents: ${n + 1} enqueued, 0 already`);
    expect(enq.stderr).toContain('; 1 BullMQ jobs added'); // one batch
    const w = startWorker([...args, '--out', out, '--drain']);
    expect((await w.exited).code, w.stderr()).toBe(0);
    expect(w.stderr()).toMatch(/stopped: 6 done, 0 skipped, 1 failed \(E102 1\)/);

    // Each document journaled on its own, under its own job id, naming its batch.
    const lines = journal(out, queueName);
    expect(lines).toHaveLength(n + 1);
    expect(new Set(lines.map((l) => l.job)).size).toBe(n + 1);
    expect(new Set(lines.map((l) => l.batch)).size).toBe(1);
    expect(lines[0]!.batch).toMatch(/^g-/);
    // The bad one failed alone: a failed job of its own (the document's id), for status and retry.
    const queue = new Queue(queueName, { connection: { url: redis } });
    try {
      const failed = await queue.getFailed();
      expect(failed).toHaveLength(1);
      expect(failed[0]!.id).toBe(lines.find((l) => l.e.id === 'd3x')!.job);
      expect(failed[0]!.failedReason).toMatch(/^E102: .*d3x\.txt: binary content/);
    } finally {
      await queue.close();
    }
    const status = run(['status', ...args, '--json', '--manifest', out]);
    expect(status.status).toBe(1);
    const report = JSON.parse(status.stdout) as { failed: { id: string }[]; failedByCode: Record<string, number> };
    expect(report.failed.map((f) => f.id)).toEqual(['d3x']);
    expect(report.failedByCode).toEqual({ E102: 1 });
    const manifest = manifestOf(out);
    expect(manifest).toMatchObject({ complete: true, counts: { done: n, skipped: 0, failed: 1 } });
    // Records byte-identical to extract, the manifest entries too.
    const ref = path.join(base, 'batch-bad-ref');
    expect(run(['extract', dir, '--out', ref, '--workers', '1']).status).toBe(1);
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(ref, 'records.jsonl'), 'utf8'),
    );
    expect(manifest.documents).toEqual(manifestOf(ref).documents);
    // Enqueueing again adds nothing (the failed one is for siaran retry).
    expect(run(['enqueue', dir, ...args, '--out', out]).stderr).toContain(
      `${n + 1} documents: 0 enqueued, 0 already in the queue, ${n + 1} already finished`,
    );

    // siaran retry: the failed document runs alone this time (its job, not the batch), and fails again by itself.
    const retried = run(['retry', ...args, '--codes', 'E102']);
    expect(retried.stderr).toMatch(/1 failed jobs of queue "batch-bad" at \S+ waiting again \(E102 1\)/);
    const w2 = startWorker([...args, '--out', out, '--drain']);
    expect((await w2.exited).code, w2.stderr()).toBe(0);
    expect(w2.stderr()).toMatch(/stopped: 0 done, 0 skipped, 1 failed \(E102 1\)/);
    const again = journal(out, queueName).filter((l) => l.e.id === 'd3x');
    expect(again).toHaveLength(2);
    expect(again.filter((l) => l.batch === undefined)).toHaveLength(1);
    expect(run(['status', ...args, '--manifest', out]).status).toBe(1);
    expect(manifestOf(out)).toMatchObject({ complete: true, counts: { done: n, failed: 1 } });
  }, 60_000);

  it('a worker killed mid-batch: the one taking the batch over does the rest; no document lost, none twice', async () => {
    const queueName = 'batch-kill';
    const dir = path.join(base, 'batch-kill');
    mkdirSync(dir);
    const n = 72;
    // Long enough that a batch of 24 takes a while to extract, and more than a thread's burst of results (16), so that
    // the worker can be killed with some of a batch recorded.
    for (let i = 0; i < n; i++)
      writeFileSync(
        path.join(dir, `k${String(i).padStart(2, '0')}.txt`),
        Array.from({ length: 4 }, () => golden).join('\n\n') + `\n${i}\n`,
      );
    const out = path.join(base, 'batch-kill-out');
    const args = ['--redis', redis, '--queue', queueName];
    const enq = run(['enqueue', dir, ...args, '--out', out, '--batch-max-bytes', '1000000', '--batch-max-docs', '24']);
    expect(enq.status, enq.stderr).toBe(0);
    expect(enq.stderr).toContain('; 3 BullMQ jobs added');
    const workerArgs = [...args, '--out', out, '--lock-duration', '2500', '--log-every', '0'];
    const queue = new Queue<{ batch?: unknown[] }>(queueName, { connection: { url: redis } });
    try {
      const w1 = startWorker(workerArgs);
      // Killed (SIGKILL) once it has recorded some documents of a batch it holds, not all of them.
      const held = await until(
        'worker 1 inside a batch',
        async () => {
          const active = (await queue.getActive()).filter((j) => j.processedBy === w1.name);
          let lines: ReturnType<typeof journal> = [];
          try {
            lines = journal(out, queueName);
          } catch {
            return null;
          }
          return active.find((j) => {
            const k = lines.filter((l) => l.batch === j.id).length;
            return k > 0 && k < j.data.batch!.length;
          });
        },
        60_000,
      );
      w1.child.kill('SIGKILL');
      await w1.exited;
      const before = journal(out, queueName).filter((l) => l.batch === held.id).length;
      expect(before).toBeGreaterThan(0);
      const w2 = startWorker([...workerArgs, '--drain']);
      expect((await w2.exited).code, w2.stderr()).toBe(0);
      expect(w2.stderr()).toContain(`siaran: took over stalled job ${held.id} (`);
      expect(await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed')).toEqual({
        waiting: 0,
        active: 0,
        delayed: 0,
        failed: 0,
        completed: 0,
      });
      // The taken-over batch: worker 2 did only what worker 1 had not recorded.
      const heldLines = journal(out, queueName).filter((l) => l.batch === held.id);
      expect(heldLines).toHaveLength(held.data.batch!.length);
      expect(heldLines.filter((l) => l.by === w2.name)).toHaveLength(held.data.batch!.length - before);
    } finally {
      await queue.close();
    }
    // Every document journaled exactly once (shared --out), the records those of extract.
    const perJob = new Map<string, number>();
    for (const l of journal(out, queueName)) perJob.set(l.job, (perJob.get(l.job) ?? 0) + 1);
    expect(perJob.size).toBe(n);
    expect([...perJob.values()].every((c) => c === 1)).toBe(true);
    const status = run(['status', ...args, '--manifest', out]);
    expect(status.status, status.stderr).toBe(0);
    expect(manifestOf(out)).toMatchObject({ complete: true, counts: { done: n, skipped: 0, failed: 0 } });
    const ref = path.join(base, 'batch-kill-ref');
    expect(run(['extract', dir, '--out', ref, '--workers', '1']).status).toBe(0);
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(ref, 'records.jsonl'), 'utf8'),
    );
  }, 120_000);

  it('a file that cannot be read is retried with backoff, then failed with its reason', async () => {
    const queueName = 'retry';
    const dir = path.join(base, 'retry');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ok.txt'), doc(1));
    writeFileSync(path.join(dir, 'gone.txt'), doc(2));
    const out = path.join(base, 'retry-out');
    const args = ['--redis', redis, '--queue', queueName, '--out', out, '--attempts', '3', '--backoff', '100'];
    expect(run(['enqueue', dir, ...args, ...noInline]).status).toBe(0);
    rmSync(path.join(dir, 'gone.txt')); // vanished after enqueueing: E101 for the worker
    const w = startWorker(['--redis', redis, '--queue', queueName, '--out', out, '--drain']);
    expect((await w.exited).code, w.stderr()).toBe(0);
    expect(w.stderr()).toContain('will retry');

    const status = run(['status', '--redis', redis, '--queue', queueName, '--json', '--manifest', out]);
    expect(status.status).toBe(1);
    const report = JSON.parse(status.stdout) as {
      counts: { done: number; failed: number };
      failed: { id: string; attempts: number; reason: string }[];
    };
    expect(report.counts).toMatchObject({ done: 1, failed: 1 });
    expect(report).toMatchObject({
      failedByCode: { E101: 1 },
      failuresByCode: { E101: 1 },
      workers: { [w.name]: { done: 1, failed: 1, retried: 2, stalled: 0 } },
    });
    expect(report.failed).toEqual([
      {
        job: expect.any(String),
        id: 'gone',
        path: path.join(dir, 'gone.txt'),
        attempts: 3,
        reason: expect.stringContaining('gone.txt: vanished before it could be read (ENOENT)'),
      },
    ]);
    const entry = manifestOf(out).documents.find((d) => d.id === 'gone');
    expect(entry).toMatchObject({ status: 'failed', code: 'E101' });
    expect(journal(out, queueName).filter((l) => l.e.id === 'gone')).toHaveLength(1); // recorded once, at the last attempt

    // siaran retry: only the codes asked for; the file is back, so the job is done this time.
    writeFileSync(path.join(dir, 'gone.txt'), doc(2));
    const none = run(['retry', '--redis', redis, '--queue', queueName, '--codes', 'E102,E107']);
    expect(none.status, none.stderr).toBe(0);
    expect(none.stderr).toContain('0 failed jobs of queue "retry"');
    expect(none.stderr).toContain('1 left failed (E101 1)');
    const retried = run(['retry', '--redis', redis, '--queue', queueName, '--codes', 'E101']);
    expect(retried.stderr).toContain('1 failed jobs of queue "retry"');
    expect(retried.stderr).toContain('(E101 1)');
    const w2 = startWorker(['--redis', redis, '--queue', queueName, '--out', out, '--drain']);
    expect((await w2.exited).code, w2.stderr()).toBe(0);
    const after = run(['status', '--redis', redis, '--queue', queueName, '--manifest', out]);
    expect(after.status, after.stderr).toBe(0);
    expect(manifestOf(out)).toMatchObject({ complete: true, counts: { done: 2, failed: 0 } });
  }, 60_000);

  it('a worker that cannot read the inputs stops after a few jobs and exits 1; another worker finishes the corpus', async () => {
    const queueName = 'nomount';
    const dir = path.join(base, 'nomount');
    mkdirSync(dir);
    const n = 10;
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `d${i}.txt`), doc(i));
    const out = path.join(base, 'nomount-out');
    const args = ['--redis', redis, '--queue', queueName];
    expect(run(['enqueue', dir, ...args, '--out', out, '--backoff', '100', ...noInline]).status).toBe(0);
    // The inputs are not there for the first worker (as on a machine without the mount).
    const away = `${dir}-away`;
    renameSync(dir, away);
    const blind = startWorker([...args, '--out', out, '--max-read-failures', '3']);
    const blindExit = await blind.exited;
    expect(blindExit.code, blind.stderr()).toBe(1);
    expect(blind.stderr()).toMatch(
      /stopped taking jobs: 3 jobs in a row could not be read here, the last .*nomount\/d\d\.txt/,
    );
    renameSync(away, dir);
    const w = startWorker([...args, '--out', out, '--drain']);
    expect((await w.exited).code, w.stderr()).toBe(0);
    const status = run(['status', ...args, '--manifest', out]);
    expect(status.status, status.stderr).toBe(0);
    expect(manifestOf(out)).toMatchObject({ complete: true, counts: { done: n, skipped: 0, failed: 0 } });
  }, 60_000);

  it('small documents travel in their job (no input needed); a larger file changed since enqueue fails with E113', async () => {
    const dir = path.join(base, 'inline');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), doc(1));
    writeFileSync(path.join(dir, 'a.meta.json'), JSON.stringify({ dct: '2021-03-01', title: 'judul' }));
    writeFileSync(path.join(dir, 'b.txt'), doc(2));
    writeFileSync(path.join(dir, 'b.meta.json'), '{ not json');
    const ref = path.join(base, 'inline-ref');
    expect(run(['extract', dir, '--out', ref, '--workers', '1']).status).toBe(0);
    const out = path.join(base, 'inline-out');
    const args = ['--redis', redis, '--queue', 'inline'];
    expect(run(['enqueue', dir, ...args, '--out', out]).status).toBe(0);
    const moved = `${dir}-moved`;
    renameSync(dir, moved); // gone from every machine: the jobs carry the documents
    const w = startWorker([...args, '--out', out, '--drain']);
    expect((await w.exited).code, w.stderr()).toBe(0);
    expect(run(['status', ...args, '--manifest', out]).status).toBe(0);
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(ref, 'records.jsonl'), 'utf8'),
    );
    renameSync(moved, dir);

    // A path job: the worker checks the bytes it reads against the sha256 enqueued.
    const out2 = path.join(base, 'inline-out2');
    const args2 = ['--redis', redis, '--queue', 'changed'];
    expect(run(['enqueue', dir, ...args2, '--out', out2, ...noInline]).status).toBe(0);
    writeFileSync(path.join(dir, 'b.txt'), doc(3));
    const w2 = startWorker([...args2, '--out', out2, '--drain']);
    expect((await w2.exited).code, w2.stderr()).toBe(0);
    const status = run(['status', ...args2, '--json', '--manifest', out2]);
    expect(status.status).toBe(1);
    const report = JSON.parse(status.stdout) as { failed: { id: string; attempts: number; reason: string }[] };
    expect(report.failed).toEqual([
      expect.objectContaining({
        id: 'b',
        attempts: 1,
        reason: expect.stringContaining('changed since it was enqueued'),
      }),
    ]);
    expect(manifestOf(out2).documents.find((d) => d.id === 'b')).toMatchObject({ status: 'failed', code: 'E113' });
    expect(manifestOf(out2).documents.find((d) => d.id === 'a')).toMatchObject({ status: 'done' });
  }, 60_000);

  it('finished jobs leave Redis; a compact index keeps enqueueing again a no-op; status reports memory per job', async () => {
    const queueName = 'bounded';
    const dir = path.join(base, 'bounded');
    mkdirSync(dir);
    const n = 5;
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `d${i}.txt`), doc(i));
    const out = path.join(base, 'bounded-out');
    const args = ['--redis', redis, '--queue', queueName];
    expect(run(['enqueue', dir, ...args, '--out', out]).status).toBe(0);
    const w = startWorker([...args, '--out', out, '--drain']);
    expect((await w.exited).code, w.stderr()).toBe(0);
    const queue = new Queue(queueName, { connection: { url: redis } });
    try {
      expect(await queue.getJobCounts('waiting', 'completed', 'failed')).toEqual({
        waiting: 0,
        completed: 0,
        failed: 0,
      });
    } finally {
      await queue.close();
    }
    const status = run(['status', ...args, '--json']);
    expect(status.status, status.stderr).toBe(0);
    const report = JSON.parse(status.stdout) as {
      counts: { done: number };
      memory: { usedBytes: number; held: number; finished: number; bytesPerFinishedJob: number };
    };
    expect(report.counts.done).toBe(n);
    expect(report.memory).toMatchObject({ held: 0, finished: n });
    expect(report.memory.bytesPerFinishedJob).toBeGreaterThan(0);
    expect(report.memory.usedBytes).toBeGreaterThan(0);
    expect(run(['status', ...args]).stdout).toMatch(/^memory {3}Redis uses .* per finished job \(5;/m);
    // Enqueued again with an --out holding no journal: Redis's index says the jobs finished.
    const elsewhere = run(['enqueue', dir, ...args, '--out', path.join(base, 'bounded-elsewhere')]);
    expect(elsewhere.stderr).toContain(`${n} documents: 0 enqueued, 0 already in the queue, ${n} already finished`);
    const manifest = run(['status', ...args, '--manifest', out]);
    expect(manifest.status, manifest.stderr).toBe(0);
    expect(manifestOf(out)).toMatchObject({ complete: true, counts: { done: n } });
  }, 60_000);

  it('two machines with an --out each: each manifest is incomplete alone; merge of both equals extract', async () => {
    const queueName = 'permachine';
    const dir = path.join(base, 'permachine');
    mkdirSync(dir);
    const n = 12;
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `d${i}.txt`), doc(i));
    const [a, b] = [path.join(base, 'pm-a'), path.join(base, 'pm-b')];
    const args = ['--redis', redis, '--queue', queueName];
    expect(run(['enqueue', dir, ...args, '--out', a, '--out', b]).status).toBe(0);
    const wa = startWorker([...args, '--out', a, '--drain']);
    const wb = startWorker([...args, '--out', b, '--drain']);
    expect((await wa.exited).code, wa.stderr()).toBe(0);
    expect((await wb.exited).code, wb.stderr()).toBe(0);
    const done = [a, b].map((out) => {
      const s = run(['status', ...args, '--manifest', out]);
      const m = manifestOf(out);
      // Complete only if this machine did every job; otherwise it names the others' jobs as missing.
      expect(s.status === 0, s.stderr).toBe(m.counts.done === n);
      expect(m.counts.done + (m.missing?.length ?? 0)).toBe(n);
      return m.counts.done;
    });
    expect(done[0]! + done[1]!).toBe(n);
    const merged = path.join(base, 'pm-merged');
    const m = run(['merge', a, b, '--out', merged]);
    expect(m.status, m.stderr).toBe(0);
    const ref = path.join(base, 'pm-ref');
    expect(run(['extract', dir, '--out', ref, '--workers', '1']).status).toBe(0);
    expect(readFileSync(path.join(merged, 'records.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(ref, 'records.jsonl'), 'utf8'),
    );
    // One machine's output alone is refused: queue.json says documents are missing.
    if (done[0]! < n) expect(run(['merge', a, '--out', path.join(base, 'pm-alone')]).status).toBe(1);
  }, 60_000);

  it('SIGTERM lets the running job finish and be recorded; the rest stays queued', async () => {
    const queueName = 'term';
    const dir = path.join(base, 'term');
    mkdirSync(dir);
    // More documents than a worker holds at first (4 jobs per thread before it has seen any document).
    const n = 8;
    for (let i = 0; i < n; i++)
      writeFileSync(path.join(dir, `l${i}.txt`), Array.from({ length: 30 }, () => golden).join('\n\n') + `\n${i}\n`);
    const out = path.join(base, 'term-out');
    expect(run(['enqueue', dir, '--redis', redis, '--queue', queueName, '--out', out]).status).toBe(0);
    const queue = new Queue(queueName, { connection: { url: redis } });
    try {
      const w = startWorker(['--redis', redis, '--queue', queueName, '--out', out]);
      const held = await until('a running job', async () => (await queue.getActive())[0]);
      w.child.kill('SIGTERM');
      expect((await w.exited).code, w.stderr()).toBe(143);
      expect(await queue.getJob(held.id!)).toBeUndefined(); // finished, and removed
      const done = journal(out, queueName).length;
      expect(done).toBeLessThan(n);
      expect(await queue.getJobCounts('waiting', 'active', 'completed')).toEqual({
        waiting: n - done,
        active: 0,
        completed: 0,
      });
      expect(journal(out, queueName).map((l) => l.job)).toContain(held.id);
    } finally {
      await queue.close();
    }
    // Not drained: the manifest says so, and merge would refuse it as interrupted.
    const status = run(['status', '--redis', redis, '--queue', queueName, '--manifest', out]);
    expect(status.stderr).toContain('not drained');
    expect(manifestOf(out).interrupted).toBe(true);
  }, 60_000);

  it('Redis losing its data mid-run: status --manifest exits 1 listing what is missing; enqueue again completes it, none twice', async () => {
    const queueName = 'lost';
    const port = await freePort();
    const lostRedis = `redis://127.0.0.1:${port}`;
    const startRedis = () => {
      const child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          cwd: base,
          stdio: 'ignore',
        },
      );
      children.push(child);
      return child;
    };
    const dir = path.join(base, 'lost');
    mkdirSync(dir);
    const n = 12;
    for (let i = 0; i < n; i++)
      writeFileSync(path.join(dir, `l${i}.txt`), Array.from({ length: 8 }, () => golden).join('\n\n') + `\n${i}\n`);
    const out = path.join(base, 'lost-out');
    const args = ['--redis', lostRedis, '--queue', queueName];
    let server = startRedis();
    await until('redis-server', async () => !run(['status', ...args]).stderr.includes('cannot reach'), 10_000);
    const first = run(['enqueue', dir, ...args, '--out', out]);
    expect(first.stderr).toContain(`${n} documents: ${n} enqueued`);
    expect(JSON.parse(readFileSync(path.join(out, 'queue.json'), 'utf8'))).toMatchObject({ count: n });

    const w1 = startWorker([...args, '--out', out]);
    await until('some jobs done', async () => {
      try {
        const done = journal(out, queueName).length;
        return done >= 2 && done < n - 2;
      } catch {
        return false;
      }
    });
    // Killed without persistence: Redis comes back empty. The worker is killed too (it holds a job Redis forgot).
    server.kill('SIGKILL');
    w1.child.kill('SIGKILL');
    await w1.exited;
    server = startRedis();
    await until('redis-server again', async () => !run(['status', ...args]).stderr.includes('cannot reach'), 10_000);
    const finishedBefore = new Set(journal(out, queueName).map((l) => l.job));
    expect(finishedBefore.size).toBeLessThan(n);

    const plain = run(['status', ...args]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('no run record');
    const status = run(['status', ...args, '--json', '--manifest', out]);
    expect(status.status, status.stderr).toBe(1);
    const report = JSON.parse(status.stdout) as { missing: { id: string }[] };
    expect(report.missing).toHaveLength(n - finishedBefore.size);
    const manifest = manifestOf(out);
    expect(manifest.complete).toBe(false);
    expect(manifest.missing!.map((m) => m.id).sort()).toEqual(report.missing.map((m) => m.id).sort());
    expect(manifest.counts.done).toBe(finishedBefore.size);
    expect(run(['merge', out, '--out', path.join(base, 'lost-merged')]).status).toBe(1);

    // The same inputs again: exactly the missing jobs are added; a fresh worker finishes them.
    const again = run(['enqueue', dir, ...args, '--out', out]);
    expect(again.stderr).toContain(
      `${n} documents: ${n - finishedBefore.size} enqueued, 0 already in the queue, ${finishedBefore.size} already finished`,
    );
    const w2 = startWorker([...args, '--out', out, '--drain']);
    expect((await w2.exited).code, w2.stderr()).toBe(0);
    const done = run(['status', ...args, '--manifest', out]);
    expect(done.status, done.stderr).toBe(0);
    expect(manifestOf(out)).toMatchObject({ complete: true, counts: { done: n, skipped: 0, failed: 0 } });
    const perJob = new Map<string, number>();
    for (const l of journal(out, queueName)) perJob.set(l.job, (perJob.get(l.job) ?? 0) + 1);
    expect(perJob.size).toBe(n);
    expect([...perJob.values()].every((c) => c === 1)).toBe(true);
    const ref = path.join(base, 'lost-ref');
    expect(run(['extract', dir, '--out', ref, '--workers', '1']).status).toBe(0);
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(ref, 'records.jsonl'), 'utf8'),
    );
    server.kill('SIGTERM');
  }, 90_000);

  it('rejects bad command lines with exit 2 and an unreachable Redis with exit 1', async () => {
    expect(run(['enqueue', 'corpus']).status).toBe(2);
    expect(run(['enqueue', 'corpus', '--redis', redis]).status).toBe(2); // no --out
    expect(run(['enqueue', 'corpus', '--redis', 'http://127.0.0.1:1']).status).toBe(2);
    expect(run(['worker', '--redis', redis]).status).toBe(2); // no --out
    expect(run(['status', '--redis', redis, '--queue', 'a:b']).status).toBe(2);
    const closed = await freePort();
    const r = run(['status', '--redis', `redis://127.0.0.1:${closed}`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot reach Redis');

    // Redis refusing writes: out of memory (noeviction, tiny maxmemory) and a read-only replica.
    const inputs = path.join(base, 'refused');
    mkdirSync(inputs);
    for (let i = 0; i < 300; i++) writeFileSync(path.join(inputs, `d${i}.txt`), `${golden.slice(0, 3000)}\n${i}\n`);
    const oomPort = await freePort();
    const replicaPort = await freePort();
    const common = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const servers = [
      spawn(
        'redis-server',
        ['--port', String(oomPort), ...common, '--maxmemory', '1mb', '--maxmemory-policy', 'noeviction'],
        {
          stdio: 'ignore',
        },
      ),
      spawn('redis-server', ['--port', String(replicaPort), ...common, '--replicaof', '127.0.0.1', String(closed)], {
        stdio: 'ignore',
      }),
    ];
    children.push(...servers);
    for (const [port, reason] of [
      [oomPort, 'out of memory'],
      [replicaPort, 'a read-only replica'],
    ] as const) {
      const url = `redis://127.0.0.1:${port}`;
      await until('redis-server', async () => !run(['status', '--redis', url]).stderr.includes('cannot reach'), 10_000);
      const e = run(['enqueue', inputs, '--redis', url, '--out', path.join(base, `refused-${port}`)]);
      expect(e.status, e.stderr).toBe(1);
      expect(e.stderr).toMatch(new RegExp(`^siaran: Redis at redis://127\\.0\\.0\\.1:${port}/?: ${reason}.*\n$`));
    }
    const w = startWorker(['--redis', `redis://127.0.0.1:${replicaPort}`, '--out', path.join(base, 'refused-w')]);
    expect((await w.exited).code, w.stderr()).toBe(1);
    expect(w.stderr()).toContain('a read-only replica');
    for (const server of servers) server.kill('SIGTERM');
  }, 60_000);
});
