import { DEFAULT_QUEUE, redactUrl, redisFailure, reportingRedis } from '../queue/jobs.js';
import { queueTarget, queueReady } from './enqueue.js';
import { EXIT, signalExit, UsageError } from './errors.js';
import { defineCommand, helpText, integerOption, parseCommand } from './options.js';

export const workerSpec = defineCommand({
  usage: ['siaran worker --redis <url> --out <dir> [--concurrency N] [--queue name]'],
  about:
    'Runs extract on the jobs of the queue until stopped (SIGTERM: the running jobs finish first); workers on ' +
    'several machines share <dir>.',
  positionals: true,
  options: {
    redis: { type: 'string', value: 'url', description: 'redis://host:port[/db] (required)' },
    out: {
      type: 'string',
      short: 'o',
      value: 'dir',
      description: 'output folder, shared by every worker of the queue (required)',
    },
    queue: { type: 'string', value: 'name', description: 'queue name', shownDefault: DEFAULT_QUEUE },
    concurrency: {
      type: 'string',
      default: '1',
      value: 'n',
      description: 'documents at once, each on a worker thread (about one per core)',
    },
    timeout: {
      type: 'string',
      default: '120',
      value: 's',
      description: 'fail a document whose extraction takes longer (E107; 0 = none)',
    },
    drain: { type: 'boolean', default: false, description: 'exit once nothing is waiting, delayed or running' },
    'max-read-failures': {
      type: 'string',
      default: '5',
      value: 'n',
      description:
        'stop taking jobs, exit 1, after n jobs in a row whose file cannot be read here (E101): a machine ' +
        'without the input mount hands its jobs back for the others',
    },
    'log-every': {
      type: 'string',
      default: '60',
      value: 's',
      description:
        'a line on stderr every s seconds: counts, failures by code, stalled jobs taken over, documents a second ' +
        '(also in siaran status; 0 = never)',
    },
    'lock-duration': {
      type: 'string',
      default: '30000',
      value: 'ms',
      description:
        "job lock, renewed while the job runs; a killed worker's job goes to another worker after about this long",
    },
  },
});

export const workerHelp = helpText(workerSpec);

export async function workerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(workerSpec, argv);
  if (positionals.length > 0)
    throw new UsageError(`worker takes no files (${positionals[0]}): enqueue them with siaran enqueue`);
  const { redis, queue } = queueTarget(values);
  if (values.out === undefined)
    throw new UsageError('worker needs --out <dir> (the same folder for every worker of the queue)');
  const concurrency = integerOption('--concurrency', values.concurrency, 1);
  const timeout = integerOption('--timeout', values.timeout, 0);
  const lockDurationMs = integerOption('--lock-duration', values['lock-duration'], 500);
  const maxReadFailures = integerOption('--max-read-failures', values['max-read-failures'], 1);
  const logEvery = integerOption('--log-every', values['log-every'], 0);
  if (!(await queueReady(redis))) return EXIT.failed;
  return reportingRedis(redis, () =>
    runWorker({
      redis,
      queue,
      out: values.out!,
      concurrency,
      timeout,
      lockDurationMs,
      maxReadFailures,
      logEvery,
      drain: values.drain,
    }),
  );
}

const tally = (codes: Record<string, number>): string =>
  Object.entries(codes)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');

async function runWorker(o: {
  redis: string;
  queue: string;
  out: string;
  concurrency: number;
  timeout: number;
  lockDurationMs: number;
  maxReadFailures: number;
  logEvery: number;
  drain: boolean;
}): Promise<number> {
  const { redis, queue, concurrency, timeout, lockDurationMs, maxReadFailures, logEvery } = o;
  const values = { out: o.out, drain: o.drain };
  const tty = process.stderr.isTTY;
  const counts = { done: 0, skipped: 0, failed: 0, retried: 0, stalled: 0 };
  const codes: Record<string, number> = {};
  let lastError = '';
  let fatal: string | null = null;
  let stop = (): void => undefined; // set once the worker exists
  const { startWorker } = await import('../queue/worker.js'); // BullMQ loads only for queue commands
  const worker = await startWorker({
    redis,
    queue,
    out: values.out,
    concurrency,
    timeoutMs: timeout * 1000,
    lockDurationMs,
    maxReadFailures,
    drain: values.drain,
    onJob: ({ entry, retry, error }) => {
      if (retry) {
        counts.retried++;
        process.stderr.write(`${tty ? '\n' : ''}siaran: will retry: ${entry?.reason ?? error}\n`);
      } else if (entry) {
        counts[entry.status]++;
        if (entry.status === 'failed') codes[entry.code ?? 'other'] = (codes[entry.code ?? 'other'] ?? 0) + 1;
        if (entry.status === 'failed') process.stderr.write(`${tty ? '\n' : ''}siaran: failed: ${entry.reason}\n`);
      }
      if (tty)
        process.stderr.write(`\rsiaran: ${counts.done} done, ${counts.skipped} skipped, ${counts.failed} failed`);
    },
    onStalled: ({ job, id, path, stalled }) => {
      counts.stalled++;
      process.stderr.write(
        `${tty ? '\n' : ''}siaran: took over stalled job ${job} (${id ?? path}): its worker died or lost its lock (stalled ${stalled} time${stalled === 1 ? '' : 's'})\n`,
      );
    },
    onError: (err) => {
      // Redis refusing commands (out of memory, a read-only replica, a password): no job can finish here.
      if (/^(OOM|READONLY|NOAUTH|WRONGPASS|NOPERM)\b/.test(err.message)) {
        if (fatal) return;
        fatal = redisFailure(err, redis)!.message;
        stop();
        return;
      }
      // Connection trouble repeats while Redis is away: say it once per distinct message.
      if (err.message === lastError) return;
      lastError = err.message;
      process.stderr.write(`siaran: worker: ${err.message}\n`);
    },
  });
  stop = () => void worker.kill();
  if (fatal) stop();
  process.stderr.write(
    `siaran: worker ${worker.name} on queue "${queue}" at ${redactUrl(redis)} → ${values.out} (${concurrency} at once)\n`,
  );

  // First SIGINT/SIGTERM: take no new job, let the running ones finish and be recorded, then exit.
  // A second one exits at once: the running jobs are taken over by another worker when their lock expires.
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (stoppedBy) process.exit(signalExit(sig));
    stoppedBy = sig;
    process.stderr.write(`${tty ? '\n' : ''}siaran: ${sig}: finishing the running jobs (again to quit now)\n`);
    void worker.close();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = Date.now();
  const summary = (): string =>
    `${counts.done} done, ${counts.skipped} skipped, ${counts.failed} failed${counts.failed ? ` (${tally(codes)})` : ''}, ` +
    `${counts.retried} handed back for a retry, ${counts.stalled} stalled taken over`;
  // Every --log-every seconds: one line with the counts and the rate since the last line, also kept in Redis.
  let last = { at: started, n: 0 };
  const tick = (): void => {
    const now = Date.now();
    const n = counts.done + counts.skipped + counts.failed;
    const rate = (n - last.n) / ((now - last.at) / 1000);
    const overall = n / ((now - started) / 1000);
    last = { at: now, n };
    process.stderr.write(
      `${tty ? '\n' : ''}siaran: worker ${worker.name}: ${summary()}; ${rate.toFixed(1)} docs/s over the last ${logEvery} s (${overall.toFixed(1)} since it started)\n`,
    );
    worker.reportRate(rate).catch(() => undefined); // Redis trouble is reported by the worker itself
  };
  const timer = logEvery > 0 ? setInterval(tick, logEvery * 1000) : null;
  timer?.unref();
  try {
    await worker.closed;
  } finally {
    if (timer) clearInterval(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (tty) process.stderr.write('\n');
  process.stderr.write(
    `siaran: worker ${worker.name} stopped: ${summary()}; ${((counts.done + counts.skipped + counts.failed) / ((Date.now() - started) / 1000)).toFixed(1)} docs/s\n`,
  );
  if (fatal) {
    process.stderr.write(`siaran: worker ${worker.name} stopped: ${fatal}\n`);
    return EXIT.failed;
  }
  if (worker.stopReason) {
    process.stderr.write(`siaran: worker ${worker.name} stopped taking jobs: ${worker.stopReason}\n`);
    return EXIT.failed;
  }
  return stoppedBy ? signalExit(stoppedBy) : EXIT.ok;
}
