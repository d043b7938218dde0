import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { WorkerMessage } from './pool.js';
import type { FileTask, Task, TaskResult } from './process.js';
import { runTask } from './task.js';
import { BURST, RecordFiles, type RecordTarget } from './write.js';

/**
 * Worker-thread side of the pool (src/batch/pool.ts): tasks in, one at a time per turn of the event
 * loop (so that new tasks arrive between two); each finished one is announced at once (`done`, for
 * the pool's timeout), its record file written with the next burst (RecordFiles), and the results
 * sent back with that burst.
 */
if (!parentPort) throw new Error('src/batch/worker.js runs as a worker thread of the batch pool');
const port = parentPort;
const records = (workerData as { records: RecordTarget | null } | null)?.records ?? null;
const files = records ? new RecordFiles(records, `w${threadId}`, true) : null;

const queue: { seq: number; task: Task | FileTask }[] = [];
let held: { seq: number; result: TaskResult }[] = [];
let scheduled = false;

port.on('message', (message: { seq: number; task: Task | FileTask }) => {
  queue.push(message);
  schedule();
});

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(step);
}

function step(): void {
  scheduled = false;
  const job = queue.shift();
  // Nothing came in while the last task ran: write what is held rather than wait.
  if (job === undefined) return flush();
  const result = runTask(job.task);
  held.push({ seq: job.seq, result });
  send({ done: job.seq });
  // A task read by the main thread came with its bytes (transferred): it could not be run again
  // elsewhere were this worker to die with it held, so it is written at once (unless they were copied).
  if (held.length >= BURST || ('bytes' in job.task && !job.task.copy)) flush();
  schedule();
}

function flush(): void {
  const burst = held;
  held = [];
  if (burst.length === 0) return;
  let error: string | undefined;
  let code: string | undefined;
  let file: string | undefined;
  try {
    files?.write(burst.map((b) => b.result));
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
    code = (err as NodeJS.ErrnoException).code; // ENOSPC, EACCES…: the environment's, reported as such
    file = (err as NodeJS.ErrnoException).path;
  }
  send(
    error === undefined
      ? { results: burst }
      : {
          results: burst,
          error,
          ...(code === undefined ? {} : { code }),
          ...(file === undefined ? {} : { path: file }),
        },
  );
}

function send(message: WorkerMessage): void {
  port.postMessage(message);
}
