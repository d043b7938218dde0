import { createHash } from 'node:crypto';
import path from 'node:path';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { ABANDONED, createExecutor } from '../batch/pool.js';
import { readInput, sidecarPath, type Task, type TaskResult } from '../batch/process.js';
import type { ManifestEntry } from '../schema/manifest.js';
import {
  backoffDelay,
  connection,
  DEFAULT_BACKOFF_MAX_MS,
  DEFAULT_BACKOFF_MS,
  journalDir,
  JOB_NAME,
  queueOptions,
  TRANSIENT_CODES,
  workerName,
  type BatchMember,
  type JobData,
  type JobResult,
} from './jobs.js';
import { PartJournal, readJournals } from './journal.js';
import { openStore, readRunRedis, writeRunFile } from './run.js';
import { countWorker, finishedField, finishedKey, FinishedBatch, setWorker } from './finished.js';

export interface WorkerOptions {
  redis: string;
  queue: string;
  out: string;
  /**
   * Extraction threads (default 1). Each holds 2 to 16 jobs (sized from the documents' size, see heldPerThread),
   * so that a thread never waits for Redis or the disk.
   */
  concurrency?: number;
  /** Milliseconds one extraction may take before the document is failed with E107 (0: no limit). */
  timeoutMs?: number;
  /**
   * BullMQ lock of a job, renewed at half this while it runs; a killed worker's job is taken over after about this
   * long.
   */
  lockDurationMs?: number;
  /** Stop once the queue has nothing waiting or delayed (and this worker's jobs are finished). */
  drain?: boolean;
  /**
   * Jobs in a row this worker could not read (E101) before it stops taking jobs (default 5): a machine
   * without the input mount hands its jobs back for others instead of failing the corpus.
   */
  maxReadFailures?: number;
  /** Called after each job this worker finishes (recorded) or hands back for a retry. */
  onJob?: (event: { entry: ManifestEntry | null; retry: boolean; error?: string }) => void;
  /** Called when this worker takes a job whose earlier worker died or lost its lock (a stalled job). */
  onStalled?: (job: { job: string; id: string | null; path: string; stalled: number }) => void;
  /** Connection trouble and other BullMQ errors (the worker keeps going). */
  onError?: (err: Error) => void;
}

export interface QueueWorker {
  readonly name: string;
  /** Resolves when the worker has stopped (after `close`, or once drained with `drain`). */
  readonly closed: Promise<void>;
  /** Why the worker stopped by itself (jobs in a row it could not read), or null. */
  readonly stopReason: string | null;
  /** Stops taking jobs, lets the running ones finish and be recorded, closes the connections. */
  close(): Promise<void>;
  /** Stops now: running jobs are not recorded and will be taken over by another worker when their lock expires. */
  kill(): Promise<void>;
  /** Publishes this worker's rate (documents a second) with its counts in Redis, for `siaran status`. */
  reportRate(docsPerSecond: number): Promise<void>;
}

/**
 * Runs `extract` on the jobs of a BullMQ queue: reads the document (the path as enqueued, or its
 * absolute form when this worker runs from another folder), extracts it on a worker thread (so the
 * event loop stays free to renew job locks), appends the record to this worker's records part and
 * the manifest entry to its journal part (both fsynced, in groups: PartJournal), and only then
 * completes the job. A failed document is recorded and its job failed without retry
 * (UnrecoverableError), except for transient failures (E101, see TRANSIENT_CODES), which are retried
 * with the job's backoff and recorded when the last attempt fails. After `maxReadFailures` E101 in a
 * row the worker stops taking jobs (`stopReason`).
 */
export async function startWorker(options: WorkerOptions): Promise<QueueWorker> {
  const out = path.resolve(options.out);
  const concurrency = options.concurrency ?? 1;
  const name = workerName();
  const journal = await PartJournal.open(journalDir(out, options.queue), out);
  // The run record in this worker's output too: with an --out per machine, each has it for merge.
  // Also records each finished job in the compact finished hash (finished.ts), once its journal line is on disk.
  const store = openStore(options.redis, true);
  const run = await readRunRedis(store, options.queue).catch((err: unknown) => {
    store.disconnect();
    throw err;
  });
  if (run) await writeRunFile(out, run);
  const finished = new FinishedBatch(store, options.queue, name);
  // Each thread appends its records to its own part file (files: false) and sends back where (a Segment).
  const executor = createExecutor(concurrency, options.timeoutMs ?? 120_000, {
    out,
    staging: journal.partsDir,
    files: false,
  });
  const lockDuration = options.lockDurationMs ?? 30_000;
  const maxReadFailures = options.maxReadFailures ?? 5;
  let readFailures = 0;
  let stopReason: string | null = null;

  /** A document carried by its job: no file read; its bytes checked against the sha256 enqueued. */
  const runInline = async (jobId: string, data: JobData): Promise<TaskResult> => {
    if (data.id === null || !data.inline) throw new UnrecoverableError(`job ${jobId}: no document id`);
    const bytes = Buffer.from(data.inline.bytes, 'base64');
    const task: Task = {
      id: data.id,
      path: data.path,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      metaSha256: data.metaSha256 ?? '',
      meta: data.inline.meta,
      warnings: data.inline.warnings,
      ...(data.dct === undefined ? {} : { dct: data.dct }),
      // Kept here (the job has them): the thread holds several and writes them in bursts, as extract's.
      copy: true,
    };
    const changed = changedSince(data, task);
    if (changed) return { entry: changed };
    const outcome = await executor.run(task);
    if (outcome === ABANDONED) throw new Error('the worker is stopping; job handed back');
    return outcome;
  };

  // Held jobs per thread, from the mean size of the documents seen (the first ones: from the default).
  let bytesSeen = 0;
  let jobsSeen = 0;
  const resize = (bytes: number): void => {
    bytesSeen += bytes;
    jobsSeen++;
    const held = concurrency * heldPerThread(bytesSeen / jobsSeen);
    if (worker.concurrency !== held) worker.concurrency = held;
  };

  /** Jobs of their own for documents that failed in a batch (for status and retry); opened at the first. */
  let adder: Queue<JobData, JobResult> | null = null;
  const addFailed = async (
    batch: Job<JobData, JobResult>,
    member: BatchMember,
    entry: ManifestEntry,
  ): Promise<void> => {
    if (!adder) {
      adder = new Queue<JobData, JobResult>(options.queue, queueOptions(options.redis));
      adder.on('error', (err) => options.onError?.(err));
    }
    const failedInBatch = { batch: batch.id!, code: entry.code ?? 'E199', reason: entry.reason ?? '' };
    const { attempts, backoff } = batch.opts;
    await adder.add(
      JOB_NAME,
      { ...member.data, failedInBatch },
      {
        jobId: member.job,
        ...(attempts === undefined ? {} : { attempts }),
        ...(backoff === undefined ? {} : { backoff }),
        removeOnComplete: true,
        removeOnFail: false,
      },
    );
  };

  /**
   * A batch job: each document not finished yet (a batch taken over from a killed worker: the finished index has
   * those its worker recorded) is extracted on its own, all of them queued on the threads at once, and journaled on
   * its own under its own job id. One that fails first gets a failed job of its own (addFailed), then its journal
   * line, then its place in the finished index: whatever a kill interrupts is done again, and nothing is skipped
   * that was not recorded. The batch completes once every document is recorded.
   */
  const runBatch = async (job: Job<JobData, JobResult>, members: BatchMember[]): Promise<JobResult> => {
    const known = await store.hmgetBuffer(finishedKey(options.queue), ...members.map((m) => finishedField(m.job)));
    let todo = members.filter((_, i) => known[i] === null);
    if (job.stalledCounter > 0 && todo.length > 0) {
      // Taken over from a worker that died: the documents it journaled in this --out (killed before the finished
      // index heard) are recorded in the index now, not done twice. Read only on a takeover (a scan of the journals).
      const journaled = new Map<string, ManifestEntry>();
      for await (const line of readJournals(journalDir(out, options.queue)))
        if (line.batch === job.id) journaled.set(line.job, line.e);
      await Promise.all(
        todo.flatMap((member) => {
          const entry = journaled.get(member.job);
          return entry ? [finished.add(member.job, entry)] : [];
        }),
      );
      todo = todo.filter((member) => !journaled.has(member.job));
    }
    // Recorded in the finished index once for the batch (one script call), after their journal lines: a worker
    // killed in between leaves them to the journal scan of the takeover above.
    const recorded: { job: string; entry: ManifestEntry }[] = [];
    const settled = await Promise.allSettled(
      todo.map(async (member) => {
        const started = new Date().toISOString();
        const { data } = member;
        const result: TaskResult = data.entry ? { entry: { ...data.entry } } : await runInline(member.job, data);
        const { entry, json, segment } = result;
        if (entry.status === 'failed') await addFailed(job, member, entry);
        await journal.append(
          {
            job: member.job,
            batch: job.id!,
            input: data.input,
            started,
            at: new Date().toISOString(),
            by: name,
            e: entry,
          },
          entry.id === null ? null : (segment ?? json ?? null),
        );
        recorded.push({ job: member.job, entry });
        options.onJob?.({ entry, retry: false });
      }),
    );
    await Promise.all(recorded.map((r) => finished.add(r.job, r.entry)));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    // Handed back (the worker stopping, a write or Redis error): the documents recorded are skipped next time.
    if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
    readFailures = 0;
    return { status: 'done' };
  };

  const processJob = async (job: Job<JobData, JobResult>): Promise<JobResult> => {
    const data = job.data;
    const batchBytes = data.batch?.reduce((n, m) => n + (m.data.inline ? (m.data.inline.bytes.length * 3) / 4 : 0), 0);
    resize(batchBytes ?? (data.inline ? (data.inline.bytes.length * 3) / 4 : DEFAULT_DOCUMENT_BYTES));
    if (job.stalledCounter > 0) {
      options.onStalled?.({ job: job.id!, id: data.id, path: data.path, stalled: job.stalledCounter });
      await countWorker(store, options.queue, name, 'stalled');
    }
    // A document whose failure its batch journaled: failed here too, for status and retry (which runs it alone).
    if (data.failedInBatch) throw new UnrecoverableError(`${data.failedInBatch.code}: ${data.failedInBatch.reason}`);
    if (data.batch) return runBatch(job, data.batch);
    const started = new Date().toISOString();
    let result: TaskResult;
    if (data.entry) {
      result = { entry: { ...data.entry } };
    } else if (data.inline) {
      result = await runInline(job.id!, data);
    } else {
      if (data.id === null) throw new UnrecoverableError(`job ${job.id}: no document id`);
      // Read the path as enqueued when it names the same file from here (the record is then exactly
      // what `extract` writes); otherwise the absolute path, with the enqueued path put back.
      const here = path.resolve(data.path) === data.file;
      const readPath = here ? data.path : data.file;
      const options = {
        ...(data.dct === undefined ? {} : { dct: data.dct }),
        ...(data.maxBytes === undefined ? {} : { maxBytes: data.maxBytes }),
      };
      const input = await readInput(readPath, data.id, options);
      const changed = changedSince(data, 'task' in input ? input.task : input.entry);
      if (changed) {
        result = { entry: changed };
      } else if ('entry' in input) {
        result = { entry: here ? input.entry : relocate(input.entry, readPath, data.path) };
      } else {
        const task = here
          ? input.task
          : {
              ...input.task,
              path: data.path,
              warnings: input.task.warnings.map((w) => ({
                ...w,
                message: swapPrefix(w.message, sidecarPath(readPath), sidecarPath(data.path)),
              })),
            };
        const outcome = await executor.run(task);
        if (outcome === ABANDONED) throw new Error('the worker is stopping; job handed back');
        result = outcome;
      }
    }
    const { entry, json, segment } = result;
    const transient = entry.status === 'failed' && TRANSIENT_CODES.has(entry.code ?? '');
    if (!data.entry) readFailures = transient ? readFailures + 1 : 0;
    if (transient && readFailures >= maxReadFailures && !stopReason) {
      // This machine cannot read the inputs (no mount?): stop taking jobs, hand this one back.
      stopReason = `${readFailures} jobs in a row could not be read here, the last ${entry.reason}; is the input folder mounted on this machine?`;
      void finish(false);
      options.onJob?.({ entry, retry: true });
      throw new Error(`${entry.code}: ${entry.reason}`);
    }
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (transient && !lastAttempt) {
      await countWorker(store, options.queue, name, 'retried');
      options.onJob?.({ entry, retry: true });
      throw new Error(`${entry.code}: ${entry.reason}`);
    }
    // The record and the journal line go with the group of jobs finishing together (one write, one fsync).
    await journal.append(
      { job: job.id!, input: data.input, started, at: new Date().toISOString(), by: name, e: entry },
      entry.id === null ? null : (segment ?? json ?? null),
    );
    await finished.add(job.id!, entry);
    options.onJob?.({ entry, retry: false });
    if (entry.status === 'failed') throw new UnrecoverableError(`${entry.code}: ${entry.reason}`);
    return {
      status: entry.status,
      ...(entry.code ? { code: entry.code } : {}),
      ...(entry.record ? { record: entry.record } : {}),
    };
  };

  const worker = new Worker<JobData, JobResult>(options.queue, processJob, {
    connection: connection(options.redis),
    name,
    // Several jobs per thread: each thread has its next documents read and waiting when it finishes one,
    // so the Redis round trips and file I/O of a job overlap the extraction of another (resized above).
    concurrency: concurrency * heldPerThread(DEFAULT_DOCUMENT_BYTES),
    // Finished jobs leave Redis (also those enqueued with other options): the journal and the finished hash have them.
    removeOnComplete: { count: 0 },
    lockDuration,
    stalledInterval: Math.min(30_000, lockDuration),
    // A job whose worker dies a third time (e.g. killed for memory on one document) is failed, not retried forever.
    maxStalledCount: 2,
    autorun: false,
    settings: {
      backoffStrategy: (attemptsMade, _type, _err, job) => {
        const backoff = job?.opts.backoff;
        const delay = typeof backoff === 'object' ? (backoff.delay ?? DEFAULT_BACKOFF_MS) : DEFAULT_BACKOFF_MS;
        const maxMs = (job?.data as JobData | undefined)?.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS;
        return backoffDelay(attemptsMade, delay, maxMs);
      },
    },
  });
  worker.on('error', (err) => options.onError?.(err));
  worker.on('failed', (job, err) => {
    // Errors thrown by processJob itself (not a recorded document): a write error, a lost lock…
    if (job && !(err instanceof UnrecoverableError) && !/^E1\d\d: /.test(err.message))
      options.onJob?.({ entry: null, retry: true, error: err.message });
  });

  let finishing: Promise<void> | null = null;
  const finish = (force: boolean): Promise<void> =>
    (finishing ??= (async () => {
      if (poll) clearTimeout(poll);
      await worker.close(force);
      await probe?.close();
      await adder?.close();
      await executor.close();
      await journal.close();
      store.disconnect();
    })());

  let poll: NodeJS.Timeout | null = null;
  let probe: Queue | null = null;
  if (options.drain) {
    // Polled rather than on BullMQ's 'drained' event: a retry waiting out its backoff is "delayed",
    // and the worker must stay for it.
    probe = new Queue(options.queue, queueOptions(options.redis));
    probe.on('error', (err) => options.onError?.(err));
    const check = async (): Promise<void> => {
      if (finishing) return;
      try {
        const counts = await probe!.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
        const pending =
          (counts['waiting'] ?? 0) + (counts['delayed'] ?? 0) + (counts['prioritized'] ?? 0) + (counts['active'] ?? 0);
        if (pending === 0) {
          void finish(false);
          return;
        }
      } catch (err) {
        options.onError?.(err as Error);
      }
      if (!finishing) poll = setTimeout(() => void check(), 500);
    };
    poll = setTimeout(() => void check(), 500);
  }

  await worker.waitUntilReady();
  const running = worker.run();
  const closed = running.then(
    () => finish(false),
    async (err: unknown) => {
      await finish(true);
      throw err;
    },
  );
  return {
    name,
    closed,
    get stopReason() {
      return stopReason;
    },
    close: () => finish(false),
    kill: () => finish(true),
    reportRate: (rate) => setWorker(store, options.queue, name, 'rate', rate.toFixed(1)),
  };
}

/** Documents held per thread keep about this many bytes of text waiting (a few ms of extraction). */
const HELD_BYTES = 64 * 1024;
/** What a document is taken to weigh before any is seen, and when its job carries only a path. */
const DEFAULT_DOCUMENT_BYTES = 16 * 1024;

/**
 * Jobs held per extraction thread for documents of this mean size: 2 for documents of 32 KB and more (one
 * extracting, one read and waiting), up to 16 for small ones, whose extraction (~2 ms for 2 KB) is as short as
 * a job's Redis round trips and journal fsync: enough held that those overlap the extraction of the others.
 */
export function heldPerThread(meanBytes: number): number {
  return Math.max(2, Math.min(16, Math.floor(HELD_BYTES / Math.max(1, meanBytes))));
}

/**
 * E113 when the document read is not the one enqueued (its bytes or its sidecar/`--dct` key differ):
 * the record would silently be another document's. Null when they match or nothing was enqueued to check.
 */
function changedSince(data: JobData, now: { sha256?: string; metaSha256?: string }): ManifestEntry | null {
  if (data.sha256 === undefined || now.sha256 === undefined) return null;
  const what =
    now.sha256 !== data.sha256
      ? `its bytes (sha256 ${now.sha256.slice(0, 12)}…, enqueued ${data.sha256.slice(0, 12)}…)`
      : data.metaSha256 !== undefined && now.metaSha256 !== undefined && now.metaSha256 !== data.metaSha256
        ? 'its sidecar or --dct'
        : null;
  if (what === null) return null;
  return {
    id: data.id,
    path: data.path,
    status: 'failed',
    code: 'E113',
    reason: `${data.path}: changed since it was enqueued: ${what}; not processed (siaran enqueue it again)`,
  };
}

function swapPrefix(text: string, from: string, to: string): string {
  return text.startsWith(from) ? to + text.slice(from.length) : text;
}

/** An entry made for the absolute path, given back the path as enqueued. */
function relocate(entry: ManifestEntry, from: string, to: string): ManifestEntry {
  const moved = { ...entry, path: entry.path === from ? to : entry.path };
  if (moved.reason !== undefined) moved.reason = swapPrefix(moved.reason, `${from}:`, `${to}:`);
  return moved;
}
