/**
 * `siaran/queue`: queue mode on Redis (BullMQ), the API behind `siaran enqueue`, `worker` and
 * `status`. A subpath of its own because `bullmq` and `ioredis` are optional peer dependencies:
 * `import { extract } from 'siaran'` never loads them; importing this module needs both installed.
 */
export { enqueueInputs, type EnqueueOptions, type EnqueueSummary } from './enqueue.js';
export {
  checkQueueName,
  checkRedisUrl,
  DEFAULT_QUEUE,
  DETERMINISTIC_CODES,
  TRANSIENT_CODES,
  ping,
  QueueUnavailable,
  redactUrl,
  type JobData,
  type JobResult,
} from './jobs.js';
export {
  failedJobs,
  openQueue,
  queueCounts,
  queueStats,
  failedByCode,
  redisMemory,
  writeQueueManifest,
  type RedisMemory,
  type FailedJob,
  type QueueCounts,
  type QueueManifestSummary,
} from './status.js';
export { retryFailed, type RetrySummary } from './retry.js';
export { startWorker, type QueueWorker, type WorkerOptions } from './worker.js';
