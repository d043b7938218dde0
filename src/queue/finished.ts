import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';

/** A client of BullMQ's (`await queue.client`) or of siaran's own. */
type Client = Redis | Cluster;
import type { ManifestEntry } from '../schema/manifest.js';

/**
 * What stays in Redis of a finished job once BullMQ has removed it (`removeOnComplete`): one field of a hash,
 * `siaran:<queue>:finished`, keyed by 12 bytes of the job id's sha256 and holding its status (`d`, `s`, `f`), so
 * that enqueueing the same inputs again does not redo it (with the journals, which stay the truth: they survive a
 * Redis that lost its data). About 60 bytes a job instead of BullMQ's completed job, which carries the document.
 * Next to it, `siaran:<queue>:stats` counts finished jobs by status, by worker and failures by code.
 */
export const finishedKey = (queue: string): string => `siaran:${queue}:finished`;
export const statsKey = (queue: string): string => `siaran:${queue}:stats`;

/** The field of a job in the finished hash: 96 bits of its id's sha256 (no collision in any corpus). */
export const finishedField = (jobId: string): Buffer => createHash('sha256').update(jobId).digest().subarray(0, 12);

const LETTER: Record<ManifestEntry['status'], string> = { done: 'd', skipped: 's', failed: 'f' };
const STATUS: Record<string, ManifestEntry['status']> = { d: 'done', s: 'skipped', f: 'failed' };

// KEYS: finished, stats; ARGV: field, status letter, worker, code ('' for none). A job finished twice (its
// worker killed between the journal and Redis) counts once; one failed, then retried and done, moves.
const RECORD = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if old then redis.call('HINCRBY', KEYS[2], 'status:' .. old, -1) end
redis.call('HINCRBY', KEYS[2], 'status:' .. ARGV[2], 1)
redis.call('HINCRBY', KEYS[2], 'worker:' .. ARGV[3] .. ':' .. ARGV[2], 1)
if ARGV[4] ~= '' then redis.call('HINCRBY', KEYS[2], 'code:' .. ARGV[4], 1) end
return old and 1 or 0
`;

// RECORD for several jobs at once: ARGV holds 4 values a job (one call for a journal group of a batch worker).
const RECORD_MANY = `
for i = 1, #ARGV, 4 do
  local old = redis.call('HGET', KEYS[1], ARGV[i])
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  if old then redis.call('HINCRBY', KEYS[2], 'status:' .. old, -1) end
  redis.call('HINCRBY', KEYS[2], 'status:' .. ARGV[i + 1], 1)
  redis.call('HINCRBY', KEYS[2], 'worker:' .. ARGV[i + 2] .. ':' .. ARGV[i + 1], 1)
  if ARGV[i + 3] ~= '' then redis.call('HINCRBY', KEYS[2], 'code:' .. ARGV[i + 3], 1) end
end
return 0
`;

/** Records a job finished (its journal line already on disk), before BullMQ completes and removes it. */
export async function recordFinished(
  client: Client,
  queue: string,
  jobId: string,
  entry: ManifestEntry,
  worker: string,
): Promise<void> {
  const code = entry.status === 'failed' ? (entry.code ?? '') : '';
  await client.eval(
    RECORD,
    2,
    finishedKey(queue),
    statsKey(queue),
    finishedField(jobId),
    LETTER[entry.status],
    worker,
    code,
  );
}

/**
 * `recordFinished` for the jobs that finish together (a journal group, e.g. the documents of a batch job), in one
 * script call (RECORD_MANY, by its sha once loaded): one command instead of one a job.
 */
export class FinishedBatch {
  private pending: { args: (string | Buffer)[]; done: () => void; failed: (err: unknown) => void }[] = [];
  private scheduled = false;

  constructor(
    private readonly client: Redis,
    private readonly queue: string,
    private readonly worker: string,
  ) {
    // ioredis sends it by its sha (EVALSHA), loading it again when Redis lost it (a restart).
    if (!('siaranRecordMany' in client))
      client.defineCommand('siaranRecordMany', { numberOfKeys: 2, lua: RECORD_MANY });
  }

  add(jobId: string, entry: ManifestEntry): Promise<void> {
    const code = entry.status === 'failed' ? (entry.code ?? '') : '';
    const args = [finishedField(jobId), LETTER[entry.status], this.worker, code];
    return new Promise<void>((done, failed) => {
      this.pending.push({ args, done, failed });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const group = this.pending;
    this.pending = [];
    try {
      await (this.client as unknown as RecordMany).siaranRecordMany(
        finishedKey(this.queue),
        statsKey(this.queue),
        ...group.flatMap((g) => g.args),
      );
      for (const g of group) g.done();
    } catch (err) {
      for (const g of group) g.failed(err);
    }
  }
}

interface RecordMany {
  siaranRecordMany(...args: (string | Buffer)[]): Promise<unknown>;
}

/** Adds to a worker's counters in the stats hash (`worker:<name>:<what>`, e.g. `retried`, `stalled`). */
export async function countWorker(client: Client, queue: string, worker: string, what: string, n = 1): Promise<void> {
  await client.hincrby(statsKey(queue), `worker:${worker}:${what}`, n);
}

/** Sets a worker's gauge in the stats hash (e.g. its rate in documents a second). */
export async function setWorker(
  client: Client,
  queue: string,
  worker: string,
  what: string,
  value: string,
): Promise<void> {
  await client.hset(statsKey(queue), `worker:${worker}:${what}`, value);
}

const BATCH = 1000;

/** Of these job ids, those Redis knows finished (however long ago: BullMQ no longer holds them). */
export async function finishedAmong(client: Client, queue: string, jobIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < jobIds.length; i += BATCH) {
    const slice = jobIds.slice(i, i + BATCH);
    const values = await client.hmgetBuffer(finishedKey(queue), ...slice.map(finishedField));
    values.forEach((v, j) => {
      if (v !== null) found.add(slice[j]!);
    });
  }
  return found;
}

export interface WorkerStats {
  done: number;
  skipped: number;
  failed: number;
  /** Jobs handed back for a retry (a transient failure). */
  retried: number;
  /** Stalled jobs (their worker died or lost its lock) this worker took over. */
  stalled: number;
  /** Documents a second over its last log interval, when it logged one. */
  rate?: number;
}

export interface QueueStats {
  /** Jobs finished by status (a job counts once, with its latest status). */
  finished: Record<ManifestEntry['status'], number>;
  /** Failures recorded by code (every recorded failure, retried later or not). */
  failuresByCode: Record<string, number>;
  workers: Record<string, WorkerStats>;
}

export async function readStats(client: Client, queue: string): Promise<QueueStats> {
  const raw = await client.hgetall(statsKey(queue));
  const stats: QueueStats = { finished: { done: 0, skipped: 0, failed: 0 }, failuresByCode: {}, workers: {} };
  for (const [key, value] of Object.entries(raw)) {
    const n = Number(value);
    if (key.startsWith('status:')) {
      const status = STATUS[key.slice(7)];
      if (status) stats.finished[status] = n;
    } else if (key.startsWith('code:')) {
      stats.failuresByCode[key.slice(5)] = n;
    } else if (key.startsWith('worker:')) {
      const at = key.lastIndexOf(':');
      const name = key.slice(7, at);
      let what = key.slice(at + 1);
      if (what in STATUS) what = STATUS[what]!;
      const w = (stats.workers[name] ??= { done: 0, skipped: 0, failed: 0, retried: 0, stalled: 0 });
      if (what === 'rate') w.rate = n;
      else if (what in w || what === 'rate') (w as unknown as Record<string, number>)[what] = n;
    }
  }
  return stats;
}
