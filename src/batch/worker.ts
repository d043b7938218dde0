import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './process.js';

/** Worker-thread side of the pool (src/batch/pool.ts): one task in, one result out. */
if (!parentPort) throw new Error('src/batch/worker.js runs as a worker thread of the batch pool');
const port = parentPort;
port.on('message', (message: { seq: number; task: Task }) => {
  port.postMessage({ seq: message.seq, result: runTask(message.task) });
});
