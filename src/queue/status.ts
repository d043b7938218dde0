import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { byKey, writeOutput, type ManifestHeader } from '../batch/manifest.js';
import { Staging } from '../batch/write.js';
import type { ManifestEntry } from '../schema/manifest.js';
import { SCHEMA_VERSION } from '../schema/record.js';
import { PIPELINE_VERSION } from '../version.js';
import { finishedAmong, finishedKey, readStats, statsKey, type QueueStats } from './finished.js';
import { journalDir, QUEUE_DIR, queueOptions, type JobData, type JobResult } from './jobs.js';
import { readJournals, type JournalLine } from './journal.js';
import { openStore, readRun, runKey, writeRunFile, type ExpectedJob, type RunRecord } from './run.js';

export interface QueueCounts {
  waiting: number;
  active: number;
  /** Waiting out a retry's backoff. */
  delayed: number;
  /**
   * Jobs finished done or skipped, as the workers recorded them in Redis (BullMQ removes completed jobs): since
   * Redis last lost its data; the journals are the truth (`status --manifest`).
   */
  done: number;
  /** Failed jobs held in Redis (for `siaran retry`). */
  failed: number;
  /** Workers connected now. */
  workers: number;
}

export interface FailedJob {
  job: string;
  id: string | null;
  path: string;
  reason: string;
  attempts: number;
}

/** A queue whose connection errors surface on its commands (as one line), not as an unhandled 'error' event. */
export function openQueue(redis: string, name: string): Queue<JobData, JobResult> {
  const queue = new Queue<JobData, JobResult>(name, queueOptions(redis));
  queue.on('error', () => undefined);
  return queue;
}

export async function queueCounts(queue: Queue<JobData, JobResult>, store: Redis): Promise<QueueCounts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  const { finished } = await readStats(store, queue.name);
  return {
    waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0),
    active: c['active'] ?? 0,
    delayed: c['delayed'] ?? 0,
    // Completed jobs still in Redis: none, but for jobs of a siaran before finished jobs were removed.
    done: finished.done + finished.skipped + (c['completed'] ?? 0),
    failed: c['failed'] ?? 0,
    workers: await queue.getWorkersCount(),
  };
}

/** Failed jobs with their reason, oldest first; at most `limit`. */
/** The queue's statistics kept by its workers (finished.ts). */
export async function queueStats(queue: Queue<JobData, JobResult>, store: Redis): Promise<QueueStats> {
  return readStats(store, queue.name);
}

/** Failed jobs held in Redis by the code their reason starts with (`other`: none). */
export async function failedByCode(queue: Queue<JobData, JobResult>): Promise<Record<string, number>> {
  const codes: Record<string, number> = {};
  for (let start = 0; ; start += PAGE) {
    const jobs = await queue.getJobs(['failed'], start, start + PAGE - 1, true);
    for (const job of jobs) {
      const code = /^(E\d{3}): /.exec(job.failedReason ?? '')?.[1] ?? 'other';
      codes[code] = (codes[code] ?? 0) + 1;
    }
    if (jobs.length < PAGE) break;
  }
  return codes;
}

export interface RedisMemory {
  /** Redis's `used_memory` (INFO memory): every key of every queue, and Redis itself. */
  usedBytes: number;
  /** Jobs BullMQ holds now (waiting, active, delayed, failed) and what one takes (MEMORY USAGE of up to 20). */
  held: number;
  bytesPerHeldJob: number | null;
  /** Finished jobs remembered (the finished hash) and what one costs there and in the run record. */
  finished: number;
  bytesPerFinishedJob: number | null;
  /** The run record and the finished hash, in bytes (MEMORY USAGE). */
  runRecordBytes: number;
  finishedBytes: number;
}

/** What the queue takes in Redis: a figure per job held and per job finished (README, *Queue*: bounded). */
export async function redisMemory(queue: Queue<JobData, JobResult>, client: Redis): Promise<RedisMemory> {
  const info = await client.info('memory');
  const usedBytes = Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? 0);
  const usage = async (key: string): Promise<number> =>
    Number((await client.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')) ?? 0);
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
  const held = Object.values(c).reduce((a, b) => a + b, 0);
  const sample = [
    ...(await queue.getRanges(['waiting', 'prioritized', 'active', 'delayed', 'failed'], 0, 19, true)),
  ].slice(0, 20);
  let sampled = 0;
  for (const id of sample) sampled += await usage(`${queue.qualifiedName}:${id}`);
  const finished = await client.hlen(finishedKey(queue.name));
  const runRecordBytes = await usage(runKey(queue.name));
  const finishedBytes = await usage(finishedKey(queue.name));
  const statsBytes = await usage(statsKey(queue.name));
  return {
    usedBytes,
    held,
    bytesPerHeldJob: sample.length > 0 ? Math.round(sampled / sample.length) : null,
    finished,
    bytesPerFinishedJob: finished > 0 ? Math.round((finishedBytes + runRecordBytes + statsBytes) / finished) : null,
    runRecordBytes,
    finishedBytes,
  };
}

export async function failedJobs(queue: Queue<JobData, JobResult>, limit: number): Promise<FailedJob[]> {
  const jobs = limit > 0 ? await queue.getJobs(['failed'], 0, limit - 1, true) : [];
  return jobs.map((job) => ({
    job: job.id ?? '?',
    id: (job.data as JobData).id ?? null,
    path: (job.data as JobData).path ?? '?',
    reason: job.failedReason ?? '',
    attempts: job.attemptsMade,
  }));
}

export interface QueueManifestSummary {
  header: ManifestHeader;
  /** The first failed entries (at most 100). */
  failures: ManifestEntry[];
  /** Things that make the output incomplete or doubtful (the queue not drained, jobs without a journal entry). */
  problems: string[];
  /** Jobs the run record expects that have not finished (null: no run record found). */
  missing: ExpectedJob[] | null;
}

const PAGE = 1000;

/**
 * Joins the journals of every worker of a queue in `out` into the usual `manifest.json` and
 * `records.jsonl` (both in id order, as `siaran merge` writes them), so that `siaran merge`, `report`
 * and `export` take the folder as they take an `extract` output. One entry per document id: a job
 * finished twice (its worker killed after the journal line, before Redis heard) counts once, and when
 * a document was enqueued again with other bytes the latest finished job wins. A failed job that no
 * worker could record (e.g. its writes kept failing) is listed as failed with E108 and BullMQ's reason.
 * The manifest is marked `interrupted` while jobs are still waiting, delayed or running, and
 * `complete: false` with the `missing` jobs when jobs that the run record (Redis's, else
 * `<out>/queue.json`) expects have not finished, whatever Redis's counts say. The records are copied from
 * the workers' records parts into `records.jsonl` and, with `files`, into `records/<id>.json` as well (the
 * layout of `extract --files`).
 */
export async function writeQueueManifest(
  out: string,
  queue: Queue<JobData, JobResult>,
  redis: string,
  files = false,
): Promise<QueueManifestSummary> {
  const store = openStore(redis);
  try {
    return await joinJournals(out, queue, store, files);
  } finally {
    store.disconnect();
  }
}

async function joinJournals(
  out: string,
  queue: Queue<JobData, JobResult>,
  store: Redis,
  files: boolean,
): Promise<QueueManifestSummary> {
  const problems: string[] = [];
  const byJob = new Map<string, JournalLine>();
  for await (const line of readJournals(journalDir(out, queue.name))) {
    const had = byJob.get(line.job);
    if (!had || had.at <= line.at) byJob.set(line.job, line);
  }

  // Jobs failed in Redis without a journal line, and finished ones without one (lost: another --out?).
  for (let start = 0; ; start += PAGE) {
    const jobs = await queue.getJobs(['failed'], start, start + PAGE - 1, true);
    for (const job of jobs) {
      if (job.id === undefined) continue;
      const at = new Date(job.finishedOn ?? Date.now()).toISOString();
      // A batch job failed as a whole (e.g. its workers died three times): each of its documents not journaled.
      const docs = job.data.batch ?? [{ job: job.id, data: job.data }];
      for (const { job: id, data } of docs) {
        if (byJob.has(id)) continue;
        const entry: ManifestEntry = {
          id: data.id,
          path: data.path,
          status: 'failed',
          code: 'E108',
          reason: `${data.path}: failed in the queue after ${job.attemptsMade} attempts: ${job.failedReason}`,
        };
        byJob.set(id, {
          v: '?',
          job: id,
          input: data.input,
          started: at,
          at,
          by: job.processedBy ?? '?',
          e: entry,
        });
      }
    }
    if (jobs.length < PAGE) break;
  }
  // Jobs Redis knows finished (BullMQ removed them) with no journal line here.
  const finishedInRedis = await store.hlen(finishedKey(queue.name));
  const journaled = (await finishedAmong(store, queue.name, [...byJob.keys()])).size;
  const unrecorded = finishedInRedis - journaled;
  if (unrecorded > 0)
    problems.push(
      `${unrecorded} jobs of queue "${queue.name}" finished with no journal entry in ${out} (did their workers write to another --out?)`,
    );

  // One entry per document: the latest finished job of each id (entries without an id are all kept).
  const byId = new Map<string, JournalLine>();
  const noId: JournalLine[] = [];
  for (const line of byJob.values()) {
    if (line.e.id === null) noId.push(line);
    else {
      const had = byId.get(line.e.id);
      if (!had || had.at <= line.at) byId.set(line.e.id, line);
    }
  }
  const lines = [
    ...[...byId.values()].sort((a, b) => byKey(a.e.id!, b.e.id!)),
    ...noId.sort((a, b) => byKey(a.e.path, b.e.path)),
  ];

  const run = await readRun(store, queue.name, out);
  if (run) await writeRunFile(out, run);
  const missing = run ? missingJobs(run, byJob) : null;
  if (!run)
    problems.push(
      `no run record for queue "${queue.name}" in Redis or ${out}/queue.json: cannot tell whether every enqueued document finished (siaran enqueue … --out ${out})`,
    );
  else if (missing!.length > 0)
    problems.push(
      `${missing!.length} of the ${run.count} jobs enqueued have not finished (${missing!
        .slice(0, 5)
        .map((j) => j.id ?? j.path)
        .join(
          ', ',
        )}${missing!.length > 5 ? ', …' : ''}): the manifest lists them; siaran enqueue of the same inputs adds them again`,
    );

  const counts = await queueCounts(queue, store);
  const pending = counts.waiting + counts.active + counts.delayed;
  if (pending > 0)
    problems.push(
      `queue "${queue.name}" is not drained (${counts.waiting} waiting, ${counts.active} active, ${counts.delayed} delayed): the manifest is marked interrupted`,
    );

  const versions = [...new Set(lines.map((l) => l.v).filter((v) => v !== '?'))].sort(byKey);
  if (versions.length > 1)
    problems.push(`the records were made by different pipeline versions (${versions.join(', ')})`);
  const staging = await Staging.create(out);
  const { header, failures } = await writeOutput(
    out,
    staging,
    lines.map((l) => ({ entry: l.e })),
    (tally) => ({
      schemaVersion: SCHEMA_VERSION,
      // No journal line (another machine did every job): this siaran's version, not an unknown one that merge refuses.
      pipelineVersion: versions.join(',') || PIPELINE_VERSION,
      startedAt: lines.map((l) => l.started).sort(byKey)[0] ?? new Date().toISOString(),
      finishedAt:
        lines
          .map((l) => l.at)
          .sort(byKey)
          .at(-1) ?? new Date().toISOString(),
      inputs: [...new Set(lines.map((l) => l.input).filter((i) => i !== ''))].sort(byKey),
      counts: tally,
      ...(pending > 0 ? { interrupted: true } : {}),
      complete: missing !== null && missing.length === 0,
      ...(missing && missing.length > 0 ? { missing } : {}),
    }),
    files,
  );
  await staging.remove();
  // Temporary files of killed workers: safe to remove once nothing runs and no worker is connected.
  if (pending === 0 && counts.workers === 0) await removeWorkerLeftovers(out);
  return { header, failures, problems, missing };
}

/** The expected jobs with no journal line (nor a failure in Redis). */
function missingJobs(run: RunRecord, finished: ReadonlyMap<string, JournalLine>): ExpectedJob[] {
  return run.jobs.filter((j) => !finished.has(j.job));
}

async function removeWorkerLeftovers(out: string): Promise<void> {
  const tmp = path.join(out, QUEUE_DIR, 'tmp');
  for (const name of await readdir(tmp).catch(() => [] as string[]))
    await rm(path.join(tmp, name), { recursive: true, force: true });
}
