import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Queue, type JobsOptions } from 'bullmq';
import pLimit from 'p-limit';
import { readInput, type ProcessOptions } from '../batch/process.js';
import { walk, type Found } from '../batch/walk.js';
import type { ManifestEntry } from '../schema/manifest.js';
import {
  BACKOFF_TYPE,
  batchJobId,
  DEFAULT_ATTEMPTS,
  DEFAULT_BATCH_MAX_BYTES,
  DEFAULT_BATCH_MAX_DOCS,
  DEFAULT_BACKOFF_MAX_MS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_INLINE_MAX_BYTES,
  documentJobId,
  inputJobId,
  journalDir,
  JOB_NAME,
  type JobData,
  type JobResult,
  queueOptions,
} from './jobs.js';
import { finishedAmong } from './finished.js';
import { readJournals } from './journal.js';
import { extendRun, openStore, readRun, writeRunFile, writeRunRedis, type ExpectedJob, type RunRecord } from './run.js';

export interface EnqueueOptions extends ProcessOptions {
  redis: string;
  queue: string;
  /**
   * The output folders of the queue's workers: their journals say which jobs finished (not enqueued
   * again, even when Redis lost them), and each gets the run record, `queue.json`.
   */
  out: readonly string[];
  /** Attempts of a job whose failure may pass (a file that cannot be read, a Redis error); default 10. */
  attempts?: number;
  /** First retry delay in ms, doubled at each attempt (exponential backoff); default 1000. */
  backoffMs?: number;
  /** Longest retry delay in ms; default 300000 (5 minutes). */
  backoffMaxMs?: number;
  /** Documents up to this many bytes travel inside their job (default 1 MB; 0: never). */
  inlineMaxBytes?: number;
  /** Small inline documents go several to a job, up to this many bytes in all (default 64 KB; 0: one a job). */
  batchMaxBytes?: number;
  /** … and up to this many documents (default 32). */
  batchMaxDocs?: number;
  /** Files read (hashed) at once; default 4. */
  concurrency?: number;
}

export interface EnqueueSummary {
  /** Documents (jobs of one document, or documents of a batch job) found by the walk. */
  found: number;
  /** Of which newly added to the queue. */
  added: number;
  /** Of which already in the queue (waiting, running, done or failed, alone or in a batch): not added again. */
  existing: number;
  /** Of which finished according to a journal or the finished index: not added again. */
  finished: number;
  /** BullMQ jobs added: batch jobs and jobs of one document. */
  jobsAdded: number;
  /** The run record after this enqueue. */
  run: RunRecord;
}

const BATCH = 200;

/**
 * Adds one job per input document, as `extract` would see them (same walk, same ids relative to the
 * input root, same duplicate-id check), with an id made of the document's bytes, resume key, id and
 * the pipeline version, so that enqueueing the same inputs again adds nothing. A job a worker's
 * journal has finished is not added either, so that enqueueing again after Redis lost its data adds
 * exactly the jobs that did not finish. The expected jobs (this enqueue's and earlier ones') are then
 * recorded in Redis and in each `<out>/queue.json`, for `siaran status --manifest` to check against.
 * Every file is read once here, to hash it (memory: one batch of documents).
 */
export async function enqueueInputs(inputs: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const queue = new Queue<JobData, JobResult>(options.queue, queueOptions(options.redis));
  queue.on('error', () => undefined); // a Redis error surfaces on the command that met it
  const jobOptions: JobsOptions = {
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: BACKOFF_TYPE, delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
    // A finished job leaves Redis (it carries its document): what it did is in its worker's journal, and
    // its id in the compact finished hash, which is what makes enqueueing again a no-op. Failed jobs stay,
    // for `siaran status` to list and `siaran retry` to run again (once done, they leave too).
    removeOnComplete: true,
    removeOnFail: false,
  };
  const io = pLimit(options.concurrency ?? 4);
  const inlineMax = options.inlineMaxBytes ?? DEFAULT_INLINE_MAX_BYTES;
  const batchMaxBytes = options.batchMaxBytes ?? DEFAULT_BATCH_MAX_BYTES;
  const batchMaxDocs = options.batchMaxDocs ?? DEFAULT_BATCH_MAX_DOCS;
  const summary = { found: 0, added: 0, existing: 0, finished: 0, jobsAdded: 0 };
  const finishedJobs = new Set<string>();
  for (const out of options.out)
    for await (const line of readJournals(journalDir(out, options.queue))) finishedJobs.add(line.job);
  const expected: (ExpectedJob & { known: boolean })[] = [];
  const seenIds = new Map<string, string>();
  const read: ProcessOptions = {
    ...(options.dct === undefined ? {} : { dct: options.dct }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };

  const base = (found: Found, input: string): Omit<JobData, 'id'> => ({
    path: found.path,
    file: path.resolve(found.path),
    input,
    ...read,
    backoffMaxMs: options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS,
  });

  /** The job of one input found by the walk (`bytes`: the size of an inline document, which a batch may take). */
  const toJob = async (found: Found, input: string): Promise<Job> => {
    if (found.kind === 'bad') {
      const entry: ManifestEntry = {
        id: found.id,
        path: found.path,
        status: found.code === 'E104' ? 'skipped' : 'failed',
        code: found.code,
        reason: found.reason,
      };
      return { jobId: inputJobId('b', found.path, found.code), data: { ...base(found, input), id: found.id, entry } };
    }
    const taken = seenIds.get(found.id);
    if (taken !== undefined) {
      const reason = `${found.path}: id "${found.id}" is already taken by ${taken}; not processed`;
      const entry: ManifestEntry = { id: found.id, path: found.path, status: 'failed', code: 'E106', reason };
      return { jobId: inputJobId('b', found.path, 'E106'), data: { ...base(found, input), id: found.id, entry } };
    }
    seenIds.set(found.id, found.path);
    const result = await io(() => readInput(found.path, found.id, read));
    if ('task' in result) {
      const { task } = result;
      const check = { sha256: task.sha256, metaSha256: task.metaSha256 };
      const inline =
        task.bytes.length <= inlineMax
          ? { bytes: Buffer.from(task.bytes).toString('base64'), meta: task.meta, warnings: task.warnings }
          : undefined;
      return {
        jobId: documentJobId(found.id, task.sha256, task.metaSha256),
        data: { ...base(found, input), id: found.id, ...check, ...(inline ? { inline } : {}) },
        ...(inline ? { bytes: task.bytes.length } : {}),
      };
    }
    const { entry } = result;
    // Unreadable now: the worker tries again (and retries). Empty or too large: known from the bytes.
    if (entry.sha256 === undefined)
      return { jobId: inputJobId('u', found.path), data: { ...base(found, input), id: found.id } };
    return {
      jobId: documentJobId(found.id, entry.sha256, entry.metaSha256),
      data: { ...base(found, input), id: found.id, entry },
    };
  };

  const flush = async (batch: Promise<Job>[]): Promise<void> => {
    const all = await Promise.all(batch);
    for (const job of all)
      expected.push({ job: job.jobId, id: job.data.id, path: job.data.path, known: job.data.entry !== undefined });
    summary.found += all.length;
    // Grouped before anything is left out, so that the same inputs make the same batches (and batch ids): a batch
    // still queued or running is not added again when its inputs are enqueued again.
    const units = groupJobs(all, batchMaxBytes, batchMaxDocs);
    const unjournaled = all.filter((job) => !finishedJobs.has(job.jobId));
    // Finished on a worker whose journal is not in these --out folders (another machine's): Redis knows.
    const inRedis = await finishedAmong(
      client!,
      options.queue,
      unjournaled.map((job) => job.jobId),
    );
    const done = (job: Job): boolean => finishedJobs.has(job.jobId) || inRedis.has(job.jobId);
    const toAdd: { jobId: string; data: JobData; members: number }[] = [];
    for (const unit of units) {
      const left = unit.members.filter((job) => !done(job));
      summary.finished += unit.members.length - left.length;
      if (left.length === 0) continue;
      if (!unit.batch) {
        toAdd.push({ jobId: unit.jobId, data: left[0]!.data, members: 1 });
        continue;
      }
      const first = left[0]!.data;
      const data: JobData = {
        id: null,
        path: `${left.length} documents: ${first.path}${left.length > 1 ? ' …' : ''}`,
        file: first.file,
        input: first.input,
        ...read,
        backoffMaxMs: options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS,
        batch: left.map((job) => ({ job: job.jobId, data: job.data })),
      };
      toAdd.push({ jobId: unit.jobId, data, members: left.length });
    }
    // Counted before adding; BullMQ ignores an add whose id exists, whatever the count says.
    const exists = await Promise.all(toAdd.map(async (job) => (await queue.getJobState(job.jobId)) !== 'unknown'));
    await queue.addBulk(
      toAdd.map((job) => ({ name: JOB_NAME, data: job.data, opts: { ...jobOptions, jobId: job.jobId } })),
    );
    toAdd.forEach((job, i) => {
      if (exists[i]) summary.existing += job.members;
      else {
        summary.added += job.members;
        summary.jobsAdded++;
      }
    });
  };

  let client: ReturnType<typeof openStore> | null = null;
  try {
    client = openStore(options.redis);
    const earlier = await readRun(client, options.queue, options.out[0]);
    for (const input of inputs) {
      let batch: Promise<Job>[] = [];
      for await (const found of walk([input])) {
        batch.push(toJob(found, input));
        if (batch.length >= BATCH) {
          await flush(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await flush(batch);
    }
    const run = extendRun(options.queue, earlier, expected);
    await writeRunRedis(client, run);
    for (const out of options.out) {
      await mkdir(out, { recursive: true });
      await writeRunFile(out, run);
    }
    return { ...summary, run };
  } finally {
    client?.disconnect();
    await queue.close();
  }
}

/** A job as enqueue makes it, before batching. */
interface Job {
  jobId: string;
  data: JobData;
  /** Set for a document that travels inside its job (inline): its size, for batching. */
  bytes?: number;
}

/**
 * Groups the jobs of one walk batch (in walk order) into batch jobs of small inline documents, each batch up to
 * `maxBytes` bytes and `maxDocs` documents; documents with a path, an outcome known at enqueue time, or that fill a
 * batch alone stay one a job (under their own id). A group of one is a job of one document.
 */
export function groupJobs(
  jobs: readonly Job[],
  maxBytes: number,
  maxDocs: number,
): { jobId: string; batch: boolean; members: Job[] }[] {
  const units: { jobId: string; batch: boolean; members: Job[] }[] = [];
  let group: Job[] = [];
  let bytes = 0;
  const close = (): void => {
    if (group.length === 1) units.push({ jobId: group[0]!.jobId, batch: false, members: group });
    else if (group.length > 1)
      units.push({ jobId: batchJobId(group.map((j) => j.jobId)), batch: true, members: group });
    group = [];
    bytes = 0;
  };
  for (const job of jobs) {
    const size = job.bytes;
    if (size === undefined || job.data.entry !== undefined || maxDocs < 2 || size > maxBytes) {
      units.push({ jobId: job.jobId, batch: false, members: [job] });
      continue;
    }
    if (group.length >= maxDocs || bytes + size > maxBytes) close();
    group.push(job);
    bytes += size;
  }
  close();
  return units;
}
