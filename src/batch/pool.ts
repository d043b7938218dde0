import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ManifestEntry } from '../schema/manifest.js';
import { readInputSync, runTask, type FileTask, type ProcessOptions, type Task, type TaskResult } from './process.js';

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

export function createExecutor(workers: number, timeoutMs?: number): Executor {
  return workers <= 0 ? new InProcess() : new WorkerPool(workers, timeoutMs);
}

/** Files read ahead at once by the in-process executor. */
const READ_AHEAD = 16;

interface Queued {
  task: Task | FileTask;
  resolve: (outcome: Outcome) => void;
  /** A file task's input, read ahead. */
  input?: ReturnType<typeof readInputSync>;
}

class InProcess implements Executor {
  private abandoned = false;
  private readonly queue: Queued[] = [];
  private scheduled = false;

  run(task: Task | FileTask): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.schedule();
    });
  }

  /**
   * One document per turn of the event loop (not every queued one in a single check phase), so that
   * journal commits and progress interleave with the CPU work. Files are read in groups of
   * {@link READ_AHEAD}: a read between two extractions costs more than its system calls (caches), as
   * record writes do (see RecordBurst).
   */
  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const job = this.queue[0];
      if (job && !('bytes' in job.task) && job.input === undefined) {
        for (const next of this.queue.slice(0, READ_AHEAD)) if (!('bytes' in next.task) && next.input === undefined) next.input = readFileTask(next.task);
      }
      this.queue.shift();
      if (job) job.resolve(this.abandoned ? ABANDONED : this.runOne(job));
      this.schedule();
    });
  }

  private runOne(job: Queued): TaskResult {
    const { task, input } = job;
    if (input === undefined || 'bytes' in task) return runTask(task);
    if ('entry' in input) return input;
    const read: Task = input.task;
    if (task.timed) read.timed = true;
    if (task.encode) read.encode = true;
    return runTask(read);
  }

  abandon(): void {
    this.abandoned = true;
    for (const job of this.queue.splice(0)) job.resolve(ABANDONED);
  }

  async close(): Promise<void> {
    this.abandon();
  }
}

function readFileTask(task: FileTask): ReturnType<typeof readInputSync> {
  const options: ProcessOptions = {};
  if (task.dct !== undefined) options.dct = task.dct;
  if (task.maxBytes !== undefined) options.maxBytes = task.maxBytes;
  return readInputSync(task.path, task.id, options, task.sidecar);
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
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the worker, in the order it runs them; the first is running. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

/** Jobs posted to a worker ahead of its result: the next one is waiting in its port when it finishes one. */
const DEPTH = 4;

/**
 * A fixed pool of worker threads, each running `runTask` from the compiled worker module. A file task
 * (a path) is read and extracted in the worker, which sends back the record's line as bytes
 * (transferred); the bytes of a task read here are transferred, not copied. Each worker holds up to
 * {@link DEPTH} jobs so that it never waits for this thread between documents (nor while it writes a
 * burst of record files). A worker that dies or overruns `timeoutMs` fails its running task only
 * (E199 / E107) and is replaced; the jobs queued behind it are run by the others.
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
  ) {}

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.url), jobs: [], timer: null, dead: false };
    slot.worker.on('message', (message: { seq: number; result: TaskResult }) => {
      if (slot.dead || slot.jobs[0]?.seq !== message.seq) return;
      const job = slot.jobs.shift()!;
      this.disarm(slot);
      job.resolve(message.result);
      this.arm(slot);
      this.pump();
    });
    const died = (why: string): void => this.retire(slot, (job) => failure(job, 'E199', `worker thread stopped while extracting it (${why})`));
    slot.worker.on('error', (err) => died(err.message.split('\n')[0]!));
    slot.worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  /** Replaces a dead or stopped worker: its running job gets `outcome`, the ones behind it go back to the queue. */
  private retire(slot: Slot, outcome: (job: Job) => Outcome): void {
    if (this.closed || slot.dead) return;
    slot.dead = true;
    this.disarm(slot);
    const [running, ...behind] = slot.jobs.splice(0);
    this.queue.unshift(...behind);
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    if (running) running.resolve(outcome(running));
    if (this.stopped) this.abandon();
    this.pump();
  }

  private disarm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** The timeout of the job the worker is running (the first of its jobs), from now. */
  private arm(slot: Slot): void {
    if (this.timeoutMs <= 0 || slot.jobs.length === 0 || slot.timer) return;
    slot.timer = setTimeout(() => {
      slot.timer = null;
      this.retire(slot, (job) => failure(job, 'E107', `extraction took longer than ${this.timeoutMs / 1000} s (--timeout); the worker was stopped`));
      void slot.worker.terminate();
    }, this.timeoutMs);
  }

  private pump(): void {
    const busy = this.slots.reduce((n, s) => n + (s.jobs.length > 0 ? 1 : 0), 0);
    while (this.slots.length < Math.min(this.size, this.queue.length + busy)) this.slots.push(this.spawn());
    // Fill the idle workers first, then a second job each. Only a file task waits behind another: the
    // bytes of a task read here are transferred, so it could not be handed to another worker.
    for (let depth = 1; depth <= DEPTH && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (slot.dead || slot.jobs.length >= depth || this.queue.length === 0) continue;
        if (depth > 1 && 'bytes' in this.queue[0]!.task) return;
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
      if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) bytes = new Uint8Array(bytes);
      slot.worker.postMessage({ seq: job.seq, task: { ...task, bytes } }, [bytes.buffer as ArrayBuffer]);
    } else {
      slot.worker.postMessage({ seq: job.seq, task });
    }
    this.arm(slot);
  }

  run(task: Task | FileTask): Promise<Outcome> {
    if (this.closed || this.stopped) return Promise.resolve(ABANDONED);
    return new Promise((resolve) => {
      this.queue.push({ seq: ++this.seq, task, size: 'bytes' in task ? task.bytes.byteLength : 0, resolve });
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
