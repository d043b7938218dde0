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
  if (held.length >= BURST) flush();
  schedule();
}

/** The last burst sent, or being written: bursts are sent in the order they were made (the pool matches results to its jobs in order). */
let sent: Promise<void> = Promise.resolve();

/** Sends the held results once their record files are in place (written by libuv's pool while the next documents run). */
function flush(): void {
  const burst = held;
  held = [];
  if (burst.length === 0) return;
  const written = files ? files.write(burst.map((b) => b.result)) : Promise.resolve();
  const message = written.then(
    (): WorkerMessage => ({ results: burst }),
    (err: unknown): WorkerMessage => ({ results: burst, error: err instanceof Error ? err.message : String(err) }),
  );
  sent = Promise.all([sent, message]).then(([, m]) => send(m));
}

function send(message: WorkerMessage): void {
  port.postMessage(message);
}
