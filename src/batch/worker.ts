import { parentPort } from 'node:worker_threads';
import { runTask, type FileTask, type Task } from './process.js';

/** Worker-thread side of the pool (src/batch/pool.ts): one task in, one result out. */
if (!parentPort) throw new Error('src/batch/worker.js runs as a worker thread of the batch pool');
const port = parentPort;
port.on('message', (message: { seq: number; task: Task | FileTask }) => {
  const result = runTask(message.task);
  // The record's line goes back without a copy (encodeLine gives it a buffer of its own).
  port.postMessage({ seq: message.seq, result }, result.line ? [result.line.buffer as ArrayBuffer] : []);
});
