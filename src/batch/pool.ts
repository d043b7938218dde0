import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runTask, type Task, type TaskResult } from './process.js';

/** A task given up before it started (the run was interrupted): not listed anywhere. */
export const ABANDONED = Symbol('abandoned');
export type Outcome = TaskResult | typeof ABANDONED;

/** Runs the CPU half of documents: in-process (`--workers 0`) or on worker threads. */
export interface Executor {
  run(task: Task): Promise<Outcome>;
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

class InProcess implements Executor {
  private abandoned = false;
  run(task: Task): Promise<Outcome> {
    // A turn of the event loop first, so that reads and writes interleave with the CPU work.
    return new Promise((resolve) => setImmediate(() => resolve(this.abandoned ? ABANDONED : runTask(task))));
  }
  abandon(): void {
    this.abandoned = true;
  }
  async close(): Promise<void> {}
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
  task: Task;
  /** Byte count, kept because the task's bytes are detached once transferred. */
  size: number;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

/**
 * A fixed pool of worker threads, each running `runTask` from the compiled worker module. The bytes
 * of a task are transferred, not copied. A worker that dies or overruns `timeoutMs` fails its task
 * only (E199 / E107) and is replaced, so one bad document never stops the batch.
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
    const slot: Slot = { worker: new Worker(this.url), job: null, timer: null, dead: false };
    slot.worker.on('message', (message: { seq: number; result: TaskResult }) => {
      const job = slot.job;
      if (!job || job.seq !== message.seq) return;
      this.finish(slot, message.result);
    });
    const died = (why: string): void => {
      if (this.closed || slot.dead) return;
      slot.dead = true;
      const job = slot.job;
      if (slot.timer) clearTimeout(slot.timer);
      const replacement = this.spawn();
      this.slots[this.slots.indexOf(slot)] = replacement;
      slot.job = null;
      if (job) job.resolve(failure(job, 'E199', `worker thread stopped while extracting it (${why})`));
      this.pump();
    };
    slot.worker.on('error', (err) => died(err.message.split('\n')[0]!));
    slot.worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  private finish(slot: Slot, outcome: Outcome): void {
    const job = slot.job!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    job.resolve(outcome);
    this.pump();
  }

  private pump(): void {
    while (this.slots.length < Math.min(this.size, this.queue.length + this.slots.filter((s) => s.job).length)) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      let bytes = job.task.bytes;
      // Transfer needs a buffer of its own (a Buffer may be a view of a shared pool).
      if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) bytes = new Uint8Array(bytes);
      const task = { ...job.task, bytes };
      slot.worker.postMessage({ seq: job.seq, task }, [bytes.buffer as ArrayBuffer]);
      if (this.timeoutMs > 0) {
        slot.timer = setTimeout(() => {
          // Terminating fires 'exit'; the job is resolved here first so 'exit' only replaces the worker.
          const timedOut = slot.job;
          slot.job = null;
          slot.timer = null;
          timedOut?.resolve(failure(timedOut, 'E107', `extraction took longer than ${this.timeoutMs / 1000} s (--timeout); the worker was stopped`));
          void slot.worker.terminate();
        }, this.timeoutMs);
      }
    }
  }

  run(task: Task): Promise<Outcome> {
    if (this.closed || this.stopped) return Promise.resolve(ABANDONED);
    return new Promise((resolve) => {
      this.queue.push({ seq: ++this.seq, task, size: task.bytes.byteLength, resolve });
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
  return {
    entry: { id: task.id, path: task.path, status: 'failed', code, reason: `${task.path}: ${why}`, sha256: task.sha256, bytes: job.size, metaSha256: task.metaSha256 },
  };
}
