import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ManifestEntry } from '../schema/manifest.js';
import { readFileTask, type FileTask, type Task, type TaskResult } from './process.js';
import { BURST, RecordFiles, type RecordTarget } from './write.js';

/** A task given up before it started (the run was interrupted): not listed anywhere. */
export const ABANDONED = Symbol('abandoned');
export type Outcome = TaskResult | typeof ABANDONED;

/** Runs the CPU half of documents: in-process (`--workers 0`) or on worker threads. */
export interface Executor {
  run(task: Task | FileTask): Promise<Outcome>;
  /** Tasks not yet started resolve as {@link ABANDONED}; running ones finish. */
  abandon(): void;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * `records`: the executor writes each record file itself (see RecordFiles), in the thread that made
 * it, and a task resolves once its file is in place, named in its entry; without it, a result only
 * carries the record (`json`) and the caller writes it.
 */
export function createExecutor(workers: number, timeoutMs?: number, records?: RecordTarget): Executor {
  return workers <= 0 ? new InProcess(records) : new WorkerPool(workers, timeoutMs, records);
}

/** Files read ahead at once by the in-process executor. */
const READ_AHEAD = 16;

interface Queued {
  task: Task | FileTask;
  resolve: (outcome: Outcome) => void;
  reject: (err: unknown) => void;
  /** A file task's input, read ahead. */
  input?: ReturnType<typeof readFileTask>;
}

type TaskModule = typeof import('./task.js');

class InProcess implements Executor {
  private abandoned = false;
  private readonly queue: Queued[] = [];
  private scheduled = false;
  private readonly files: RecordFiles | null;
  /** Finished, waiting for their record files (written in bursts). */
  private held: { job: Queued; result: TaskResult }[] = [];
  /**
   * The pipeline, loaded by the first executor that runs in this thread (a main thread with workers never loads it).
   */
  private tasks: TaskModule | null = null;
  private readonly loading: Promise<TaskModule>;

  constructor(records?: RecordTarget) {
    this.files = records ? new RecordFiles(records, 'main', false) : null;
    this.loading = import('./task.js');
    this.loading.then(
      (m) => (this.tasks = m),
      () => undefined, // reported by the first run()
    );
  }

  run(task: Task | FileTask): Promise<Outcome> {
    if (this.tasks === null) return this.loading.then(() => this.run(task));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.schedule();
    });
  }

  /**
   * One document per turn of the event loop (not every queued one in a single check phase), so that
   * journal commits and progress interleave with the CPU work. Files are read in groups of
   * {@link READ_AHEAD} and record files written in bursts of {@link BURST}: a read or a write between
   * two extractions costs more than its system calls (see RecordFiles).
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const job = this.queue.shift();
      if (job === undefined || this.abandoned) {
        // Nothing more to run now: write what is held.
        this.flush();
        return;
      }
      if (!('bytes' in job.task) && job.input === undefined) {
        job.input = readFileTask(job.task);
        for (const next of this.queue.slice(0, READ_AHEAD - 1))
          if (!('bytes' in next.task) && next.input === undefined) next.input = readFileTask(next.task);
      }
      this.held.push({ job, result: this.runOne(job) });
      if (this.held.length >= BURST) this.flush();
      this.schedule();
    });
  }

  private flush(): void {
    const held = this.held;
    this.held = [];
    if (held.length === 0) return;
    try {
      this.files?.write(held.map((h) => h.result));
    } catch (err) {
      for (const h of held) h.job.reject(err);
      return;
    }
    for (const h of held) h.job.resolve(h.result);
  }

  private runOne(job: Queued): TaskResult {
    const { task, input } = job;
    const { runTask } = this.tasks!;
    if (input === undefined || 'bytes' in task) return runTask(task);
    return 'entry' in input ? input : runTask(input.task);
  }

  abandon(): void {
    this.abandoned = true;
    for (const job of this.queue.splice(0)) job.resolve(ABANDONED);
  }

  async close(): Promise<void> {
    this.abandon();
    this.flush();
  }
}

/** The compiled worker: next to this module in dist/, or dist/ itself when the sources run (vitest). */
export function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../dist/batch/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`no compiled worker at ${fileURLToPath(here)} or ${fileURLToPath(built)}: run "npm run build"`);
}

interface Job {
  seq: number;
  task: Task | FileTask;
  /** Byte count, kept because the task's bytes are detached once transferred (0 for a file task). */
  size: number;
  resolve: (outcome: Outcome) => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the worker and not yet resolved, in the order it runs them. */
  jobs: Job[];
  /**
   * How many of the first `jobs` the worker has finished (their results wait for its next burst); the next one is
   * running.
   */
  done: number;
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

/**
 * What a worker sends: a document finished (for the timeout), or a burst of results whose record files are in place.
 */
export type WorkerMessage =
  { done: number } | { results: { seq: number; result: TaskResult }[]; error?: string; code?: string; path?: string };

/**
 * Heap limits of a worker (MB), for memory (docs/BENCHMARKS.md). The young generation: V8 lets it grow
 * to 32 MB per isolate; 8 cost no measurable CPU and ~30 MB less per worker. The old generation:
 * V8 grows it to up to 4 times what survived the last full collection when its maximum is large
 * (a worker kept ~40 MB and grew to 150 MB before collecting); with a 1 GB maximum it grows by less
 * (12 full collections instead of 4, peak heap 77 MB instead of 154). 1 GB still holds the largest
 * document `--max-bytes` lets through by default (a 6.6 MB text peaked at 597 MB, process included);
 * a document that needs more fails with E199 (its worker is replaced) instead of growing the process.
 */
const YOUNG_MB = 8;
const OLD_MB = 1024;

/** Jobs posted to a worker ahead of its results: it always has the next ones waiting while it writes a burst. */
const DEPTH = 2 * BURST;

/** Documents in flight per worker that the batch's window should allow for (run.ts). */
export const PER_WORKER = DEPTH;

/**
 * A fixed pool of worker threads, each running src/batch/worker.ts. A file task (a path) is read,
 * extracted and, with `records`, written in the worker, which sends back the entry and where the
 * record's line is in its part file (`segment`, see RecordFiles), so no record passes through this
 * thread's heap; without `records`, the record's JSON (a string). The bytes of a task read here are
 * transferred. So with workers the main thread never loads the pipeline and only orders the results. Each worker
 * holds up to {@link DEPTH} jobs, so that it never waits for this thread between documents. A worker
 * that dies or overruns `timeoutMs` fails its running task only (E199 / E107) and is replaced; the
 * jobs behind it, and the finished ones whose burst it had not written yet, are run by the others.
 */
class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private seq = 0;
  private closed = false;
  private stopped = false;
  private readonly url = workerUrl();

  /** Workers start on the first task (a run that reuses every record starts none). */
  constructor(
    private readonly size: number,
    private readonly timeoutMs = 0,
    private readonly records?: RecordTarget,
  ) {}

  private spawn(): Slot {
    const worker = new Worker(this.url, {
      workerData: { records: this.records ?? null },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB },
    });
    const slot: Slot = { worker, jobs: [], done: 0, timer: null, dead: false };
    worker.on('message', (message: WorkerMessage) => {
      if (slot.dead || this.closed) return;
      if ('done' in message) {
        if (slot.jobs[slot.done]?.seq !== message.done) return;
        slot.done++;
        this.disarm(slot);
        this.arm(slot);
        return;
      }
      const error =
        message.error === undefined
          ? null
          : Object.assign(
              new Error(message.error),
              message.code === undefined ? {} : { code: message.code },
              message.path === undefined ? {} : { path: message.path },
            );
      for (const { seq, result } of message.results) {
        if (slot.jobs[0]?.seq !== seq) continue;
        const job = slot.jobs.shift()!;
        slot.done = Math.max(0, slot.done - 1);
        if (error) job.reject(error);
        else job.resolve(result);
      }
      this.pump();
    });
    const died = (why: string): void =>
      this.retire(slot, (job) => failure(job, 'E199', `worker thread stopped while extracting it (${why})`));
    worker.on('error', (err) => died(err.message.split('\n')[0]!));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  /**
   * Replaces a dead or stopped worker: its running job gets `outcome`; the ones it finished without
   * writing them and the ones behind go back to the queue (file tasks and tasks whose bytes were copied only
   * reach a worker behind another, and a worker writes a transferred task's burst at once, so every job put
   * back can be run again).
   */
  private retire(slot: Slot, outcome: (job: Job) => Outcome): void {
    if (this.closed || slot.dead) return;
    slot.dead = true;
    this.disarm(slot);
    const jobs = slot.jobs.splice(0);
    const running = jobs[slot.done];
    this.queue.unshift(...jobs.slice(0, slot.done), ...jobs.slice(slot.done + 1));
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    if (running) running.resolve(outcome(running));
    if (this.stopped) this.abandon();
    this.pump();
  }

  private disarm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** The timeout of the job the worker is running (the first one not done), from now. */
  private arm(slot: Slot): void {
    if (this.timeoutMs <= 0 || slot.jobs.length <= slot.done || slot.timer) return;
    slot.timer = setTimeout(() => {
      slot.timer = null;
      this.retire(slot, (job) =>
        failure(
          job,
          'E107',
          `extraction took longer than ${this.timeoutMs / 1000} s (--timeout); the worker was stopped`,
        ),
      );
      void slot.worker.terminate();
    }, this.timeoutMs);
    slot.timer.unref(); // a timeout never keeps the process alive on its own (a run that stopped on an error)
  }

  private pump(): void {
    const busy = this.slots.reduce((n, s) => n + (s.jobs.length > 0 ? 1 : 0), 0);
    while (this.slots.length < Math.min(this.size, this.queue.length + busy)) this.slots.push(this.spawn());
    // Fill the idle workers first, then a second job each, and so on. Only a file task (or one whose bytes are
    // copied) waits behind another: the bytes of a task read here are transferred, so it could not be handed to
    // another worker.
    for (let depth = 1; depth <= DEPTH && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (slot.dead || slot.jobs.length >= depth || this.queue.length === 0) continue;
        const next = this.queue[0]!.task;
        if (depth > 1 && 'bytes' in next && !next.copy) return;
        this.post(slot, this.queue.shift()!);
      }
    }
  }

  private post(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    const task = job.task;
    if ('bytes' in task) {
      let bytes = task.bytes;
      // Transfer needs a buffer of its own (a Buffer may be a view of a shared pool).
      if (
        bytes.byteOffset !== 0 ||
        bytes.byteLength !== bytes.buffer.byteLength ||
        !(bytes.buffer instanceof ArrayBuffer)
      )
        bytes = new Uint8Array(bytes);
      if (task.copy) slot.worker.postMessage({ seq: job.seq, task: { ...task, bytes } });
      else slot.worker.postMessage({ seq: job.seq, task: { ...task, bytes } }, [bytes.buffer as ArrayBuffer]);
    } else {
      slot.worker.postMessage({ seq: job.seq, task });
    }
    this.arm(slot);
  }

  run(task: Task | FileTask): Promise<Outcome> {
    if (this.closed || this.stopped) return Promise.resolve(ABANDONED);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, task, size: 'bytes' in task ? task.bytes.byteLength : 0, resolve, reject });
      this.pump();
    });
  }

  abandon(): void {
    this.stopped = true;
    for (const job of this.queue.splice(0)) job.resolve(ABANDONED);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.abandon();
    // A timer left armed would keep the process alive until it fires (a run that failed on a write).
    for (const slot of this.slots) this.disarm(slot);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function failure(job: Job, code: string, why: string): TaskResult {
  const { task } = job;
  const entry: ManifestEntry = { id: task.id, path: task.path, status: 'failed', code, reason: `${task.path}: ${why}` };
  // A task read here knows its hashes; a file task was read in the worker, which is gone.
  if ('bytes' in task) Object.assign(entry, { sha256: task.sha256, bytes: job.size, metaSha256: task.metaSha256 });
  return { entry };
}
