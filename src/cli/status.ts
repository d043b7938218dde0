import { DEFAULT_QUEUE, redactUrl, reportingRedis } from '../queue/jobs.js';
import type { QueueCounts, RedisMemory } from '../queue/status.js';
import { queueTarget, queueReady } from './enqueue.js';
import { EXIT } from './errors.js';
import { defineCommand, helpText, integerOption, parseCommand } from './options.js';

export const statusSpec = defineCommand({
  usage: ['siaran status --redis <url> [--queue name] [--manifest <dir>]'],
  about:
    'Waiting / active / delayed / done / failed jobs of the queue, and the failed ones with their reason; exit 1 ' +
    'when a job failed, or when jobs enqueued are missing (Redis lost them) or not finished.',
  positionals: false,
  options: {
    redis: { type: 'string', value: 'url', description: 'redis://host:port[/db] (required)' },
    queue: { type: 'string', value: 'name', description: 'queue name', shownDefault: DEFAULT_QUEUE },
    failed: { type: 'string', default: '20', value: 'n', description: 'failed jobs listed' },
    json: { type: 'boolean', default: false, description: 'the counts and failed jobs as JSON on stdout' },
    wait: { type: 'boolean', default: false, description: 'first wait until nothing is waiting, delayed or running' },
    files: {
      type: 'boolean',
      default: false,
      description: 'with --manifest, also write each record as its own file, records/<id>.json (as extract --files)',
    },
    manifest: {
      type: 'string',
      value: 'dir',
      description:
        "join the workers' journals in <dir> (siaran worker --out <dir>) into <dir>/manifest.json and " +
        '<dir>/records.jsonl, as ' +
        'extract writes them (then siaran merge, report…)',
    },
  },
});

export const statusHelp = helpText(statusSpec);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const pending = (c: QueueCounts): number => c.waiting + c.active + c.delayed;

export async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parseCommand(statusSpec, argv);
  const { redis, queue: name } = queueTarget(values);
  const limit = integerOption('--failed', values.failed, 0);
  if (!(await queueReady(redis))) return EXIT.failed;
  return reportingRedis(redis, () => statusOf(redis, name, limit, values));
}

async function statusOf(
  redis: string,
  name: string,
  limit: number,
  values: { json: boolean; wait: boolean; files: boolean; manifest?: string | undefined },
): Promise<number> {
  // BullMQ loads only for queue commands.
  const { failedByCode, failedJobs, openQueue, queueCounts, queueStats, redisMemory, writeQueueManifest } =
    await import('../queue/status.js');
  const { openStore, readRunRedis } = await import('../queue/run.js');
  const queue = openQueue(redis, name);
  const store = openStore(redis);
  try {
    let counts = await queueCounts(queue, store);
    while (values.wait && pending(counts) > 0) {
      await sleep(500);
      counts = await queueCounts(queue, store);
    }
    const failed = await failedJobs(queue, limit);
    let problems: string[] = [];
    let missing: { id: string | null; path: string }[] | null = null;
    const run = await readRunRedis(store, name);
    const memory = await redisMemory(queue, store);
    const stats = await queueStats(queue, store);
    const failedCodes = await failedByCode(queue);
    const expected = run ? { count: run.count, jobsSha256: run.jobsSha256 } : null;
    if (values.manifest !== undefined) {
      const summary = await writeQueueManifest(values.manifest, queue, redis, values.files);
      problems = summary.problems;
      missing = summary.missing;
      const c = summary.header.counts;
      process.stderr.write(
        `siaran: ${c.done} done, ${c.skipped} skipped, ${c.failed} failed → ${values.manifest}/manifest.json, records.jsonl\n`,
      );
    }
    if (values.json) {
      process.stdout.write(
        JSON.stringify({
          queue: name,
          counts,
          expected,
          memory,
          // Failed jobs held now, by code; failures recorded by code (retried since or not); per worker.
          failedByCode: failedCodes,
          failuresByCode: stats.failuresByCode,
          workers: stats.workers,
          failed,
          missing,
          problems,
        }) + '\n',
      );
    } else {
      const rows: [string, number][] = [
        ['waiting', counts.waiting],
        ['active', counts.active],
        ['delayed', counts.delayed],
        ['done', counts.done],
        ['failed', counts.failed],
        ['workers', counts.workers],
      ];
      process.stdout.write(
        `queue "${name}" at ${redactUrl(redis)}\n${rows.map(([k, n]) => `${k.padEnd(8)} ${String(n).padStart(9)}`).join('\n')}\n`,
      );
      process.stdout.write(`memory   ${memoryLine(memory)}\n`);
      if (counts.failed > 0) process.stdout.write(`failures ${tally(failedCodes)}\n`);
      for (const [worker, w] of Object.entries(stats.workers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        process.stdout.write(
          `worker   ${worker}: ${w.done} done, ${w.skipped} skipped, ${w.failed} failed, ${w.retried} handed back, ` +
            `${w.stalled} stalled taken over${w.rate === undefined ? '' : `, ${w.rate} docs/s at its last report`}\n`,
        );
      for (const f of failed)
        process.stdout.write(
          `failed   ${f.id ?? f.path} (after ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}): ${f.reason}\n`,
        );
      if (counts.failed > failed.length)
        process.stdout.write(`… and ${counts.failed - failed.length} more failed jobs (--failed N)\n`);
      for (const m of (missing ?? []).slice(0, limit)) process.stdout.write(`missing  ${m.id ?? m.path}\n`);
      if (missing && missing.length > limit)
        process.stdout.write(`… and ${missing.length - limit} more missing jobs (--failed N)\n`);
    }
    if (!run && values.manifest === undefined)
      problems.push(
        `no run record for queue "${name}" in Redis (never enqueued, or Redis lost its data): siaran status --manifest <out> checks the journals against <out>/queue.json`,
      );
    for (const problem of problems) process.stderr.write(`siaran: ${problem}\n`);
    return counts.failed > 0 || problems.length > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    store.disconnect();
    await queue.close();
  }
}

const tally = (codes: Record<string, number>): string =>
  Object.entries(codes)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');

const size = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} KB` : `${bytes} B`;

/** Redis memory per job, in one line: what a held job takes, what a finished one leaves. */
function memoryLine(m: RedisMemory): string {
  const parts = [`Redis uses ${size(m.usedBytes)}`];
  if (m.bytesPerHeldJob !== null) parts.push(`${size(m.bytesPerHeldJob)} per job held (${m.held})`);
  if (m.bytesPerFinishedJob !== null)
    parts.push(`${size(m.bytesPerFinishedJob)} per finished job (${m.finished}; finished index and run record)`);
  return parts.join(', ');
}
