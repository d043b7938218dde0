import { DEFAULT_QUEUE, redactUrl, reportingRedis } from '../queue/jobs.js';
import { queueTarget, queueReady } from './enqueue.js';
import { EXIT, UsageError } from './errors.js';
import { defineCommand, helpText, parseCommand } from './options.js';

export const retrySpec = defineCommand({
  usage: ['siaran retry --redis <url> [--queue name] [--codes E101,E107,…]'],
  about:
    'Runs the failed jobs of the queue again (their attempts reset): all of them, or those failed with one of ' +
    'the codes (other: a failure without a code, e.g. a job whose worker died three times).',
  positionals: false,
  options: {
    redis: { type: 'string', value: 'url', description: 'redis://host:port[/db] (required)' },
    queue: { type: 'string', value: 'name', description: 'queue name', shownDefault: DEFAULT_QUEUE },
    codes: { type: 'string', value: 'list', description: 'only the jobs failed with these codes, comma-separated' },
  },
});

export const retryHelp = helpText(retrySpec);

const tally = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');

export async function retryCommand(argv: string[]): Promise<number> {
  const { values } = parseCommand(retrySpec, argv);
  const { redis, queue: name } = queueTarget(values);
  let codes: Set<string> | null = null;
  if (values.codes !== undefined) {
    const list = values.codes.split(',').map((c) => c.trim());
    const bad = list.find((c) => !/^E\d{3}$/.test(c) && c !== 'other');
    if (bad !== undefined || list.length === 0)
      throw new UsageError(`--codes: "${bad ?? ''}" is not a code (E101,E107,… or other)`);
    codes = new Set(list);
  }
  if (!(await queueReady(redis))) return EXIT.failed;
  return reportingRedis(redis, () => retryOn(redis, name, codes));
}

async function retryOn(redis: string, name: string, codes: Set<string> | null): Promise<number> {
  const { openQueue } = await import('../queue/status.js'); // BullMQ loads only for queue commands
  const { retryFailed } = await import('../queue/retry.js');
  const queue = openQueue(redis, name);
  try {
    const { retried, left } = await retryFailed(queue, codes);
    const n = Object.values(retried).reduce((a, b) => a + b, 0);
    const kept = Object.values(left).reduce((a, b) => a + b, 0);
    process.stderr.write(
      `siaran: ${n} failed jobs of queue "${name}" at ${redactUrl(redis)} waiting again${n ? ` (${tally(retried)})` : ''}` +
        `${kept ? `; ${kept} left failed (${tally(left)})` : ''}\n`,
    );
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}
