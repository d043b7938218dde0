import { DEFAULT_MAX_BYTES } from '../batch/process.js';
import {
  checkQueueName,
  checkRedisUrl,
  DEFAULT_BATCH_MAX_BYTES,
  DEFAULT_BATCH_MAX_DOCS,
  DEFAULT_INLINE_MAX_BYTES,
  DEFAULT_QUEUE,
  ping,
  QueueUnavailable,
  redactUrl,
  reportingRedis,
} from '../queue/jobs.js';
import { invalidDct } from '../stages/dct.js';
import { EXIT, UsageError } from './errors.js';
import { defineCommand, helpText, integerOption, parseCommand } from './options.js';

export const enqueueSpec = defineCommand({
  usage: ['siaran enqueue <files or folders…> --redis <url> --out <dir> [--queue name]'],
  about:
    'Adds a job per document (small ones several to a job) to a BullMQ queue on Redis, for siaran worker on any number of machines ' +
    '(enqueueing again adds only the jobs that have not finished, even after Redis lost its data).',
  positionals: true,
  options: {
    redis: { type: 'string', value: 'url', description: 'redis://host:port[/db] (required)' },
    out: {
      type: 'string',
      short: 'o',
      multiple: true,
      value: 'dir',
      description:
        "the workers' output folder (required; repeatable): its journals say which jobs finished, and " +
        '<dir>/queue.json records the jobs expected',
    },
    queue: { type: 'string', value: 'name', description: 'queue name', shownDefault: DEFAULT_QUEUE },
    dct: { type: 'string', value: 'date', description: 'document date for every input without a sidecar dct' },
    'max-bytes': {
      type: 'string',
      default: String(DEFAULT_MAX_BYTES),
      value: 'n',
      description: 'skip larger files with E103',
    },
    'inline-max-bytes': {
      type: 'string',
      default: String(DEFAULT_INLINE_MAX_BYTES),
      value: 'n',
      description:
        'documents up to n bytes travel inside their job with their sidecar (workers need no input mount); ' +
        'larger ones as a path + sha256 that the worker checks (E113 when the file changed; 0: never inline)',
    },
    'batch-max-bytes': {
      type: 'string',
      default: String(DEFAULT_BATCH_MAX_BYTES),
      value: 'n',
      description:
        'small inline documents go several to a job, up to n bytes in all, each extracted and journaled on its own ' +
        '(0: one document a job)',
    },
    'batch-max-docs': {
      type: 'string',
      default: String(DEFAULT_BATCH_MAX_DOCS),
      value: 'n',
      description: 'at most n documents in a batch job (1: one document a job)',
    },
    attempts: {
      type: 'string',
      default: '10',
      value: 'n',
      description:
        'attempts of a job whose failure may pass (a file a worker cannot read, a Redis error); other failures ' +
        'are never retried (siaran retry)',
    },
    backoff: { type: 'string', default: '1000', value: 'ms', description: 'first retry delay, doubled at each retry' },
    'backoff-max': {
      type: 'string',
      default: '300000',
      value: 'ms',
      description: 'longest retry delay (1 s, 2 s … 5 min, about 8.5 min in all)',
    },
  },
});

export const enqueueHelp = helpText(enqueueSpec);

/** `--redis` and `--queue`, checked. */
export function queueTarget(values: { redis?: string | undefined; queue?: string | undefined }): {
  redis: string;
  queue: string;
} {
  if (values.redis === undefined) throw new UsageError('--redis <url> is required (e.g. redis://127.0.0.1:6379)');
  const bad = checkRedisUrl(values.redis);
  if (bad) throw new UsageError(`--redis: ${bad}`);
  const queue = values.queue ?? DEFAULT_QUEUE;
  const badName = checkQueueName(queue);
  if (badName) throw new UsageError(`--queue ${queue}: ${badName}`);
  return { redis: values.redis, queue };
}

/**
 * The queue packages, `bullmq` and `ioredis`, are optional peer dependencies of siaran: the name of
 * one that cannot be loaded, with the reason, or null when both load.
 */
async function missingQueuePackage(): Promise<string | null> {
  for (const name of ['bullmq', 'ioredis']) {
    try {
      await import(name);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw err;
      return `${name} (${(err as Error).message.split('\n')[0]})`;
    }
  }
  return null;
}

/**
 * True when the queue packages are installed and Redis answers; otherwise says why on stderr in one
 * line (the command then exits 1).
 */
export async function queueReady(redis: string): Promise<boolean> {
  const missing = await missingQueuePackage();
  if (missing) {
    process.stderr.write(
      `siaran: queue commands need the optional packages bullmq and ioredis (npm install bullmq ioredis); cannot load ${missing}\n`,
    );
    return false;
  }
  try {
    await ping(redis);
    return true;
  } catch (err) {
    if (!(err instanceof QueueUnavailable)) throw err;
    process.stderr.write(`siaran: ${err.message}\n`);
    return false;
  }
}

export async function enqueueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(enqueueSpec, argv);
  if (positionals.length === 0) throw new UsageError('enqueue needs files or folders');
  const { redis, queue } = queueTarget(values);
  if (values.out === undefined)
    throw new UsageError('enqueue needs --out <dir>: the output folder of the workers (its journals and queue.json)');
  if (values.dct !== undefined) {
    const reason = invalidDct(values.dct);
    if (reason) throw new UsageError(`--dct: ${reason}`);
  }
  const maxBytes = integerOption('--max-bytes', values['max-bytes'], 1);
  const inlineMaxBytes = integerOption('--inline-max-bytes', values['inline-max-bytes'], 0);
  const batchMaxBytes = integerOption('--batch-max-bytes', values['batch-max-bytes'], 0);
  const batchMaxDocs = integerOption('--batch-max-docs', values['batch-max-docs'], 1);
  const attempts = integerOption('--attempts', values.attempts, 1);
  const backoffMs = integerOption('--backoff', values.backoff, 0);
  const backoffMaxMs = integerOption('--backoff-max', values['backoff-max'], 0);
  if (!(await queueReady(redis))) return EXIT.failed;
  return reportingRedis(redis, async () => {
    const { enqueueInputs } = await import('../queue/enqueue.js'); // BullMQ loads only for queue commands
    const s = await enqueueInputs(positionals, {
      redis,
      queue,
      out: values.out!,
      maxBytes,
      inlineMaxBytes,
      batchMaxBytes,
      batchMaxDocs,
      attempts,
      backoffMs,
      backoffMaxMs,
      ...(values.dct === undefined ? {} : { dct: values.dct }),
    });
    process.stderr.write(
      `siaran: ${s.found} documents: ${s.added} enqueued, ${s.existing} already in the queue, ${s.finished} already finished → queue "${queue}" at ${redactUrl(redis)}; ${s.run.count} jobs expected (${s.run.jobsSha256}); ${s.jobsAdded} BullMQ jobs added\n`,
    );
    return EXIT.ok;
  });
}
