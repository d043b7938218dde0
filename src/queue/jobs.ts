import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import type { ManifestEntry } from '../schema/manifest.js';
import type { Warning } from '../schema/record.js';
import { PIPELINE_VERSION } from '../version.js';

/** Documents up to this size travel inside their job (`--inline-max-bytes`); larger ones as a path + sha256. */
export const DEFAULT_INLINE_MAX_BYTES = 1024 * 1024;

/**
 * Small documents travel several to a job (a batch job): up to this many bytes of text in all (`--batch-max-bytes`;
 * 0: one document a job) …
 */
export const DEFAULT_BATCH_MAX_BYTES = 64 * 1024;
/** … and up to this many documents (`--batch-max-docs`). */
export const DEFAULT_BATCH_MAX_DOCS = 32;

/** Default BullMQ queue name (`--queue`). */
export const DEFAULT_QUEUE = 'siaran';
/** BullMQ job name of an extraction. */
export const JOB_NAME = 'extract';
/** Folder under a queue output folder holding the workers' journals and temporary files. */
export const QUEUE_DIR = '.siaran-queue';

/**
 * What a job carries: the document as `extract` would see it. `path` is the input path as found by
 * the walk on the enqueueing machine (it ends up in the record's `source.path` and the manifest, as
 * with `extract`); `file` is that path made absolute, which a worker reads when its working folder
 * differs. `entry` is set when the outcome was known at enqueue time (a folder named `x.txt`, a link
 * loop, a duplicate id, an empty or oversized file): the worker only records it.
 */
export interface JobData {
  id: string | null;
  path: string;
  file: string;
  /** The enqueue argument (file or folder) this document was found under: the manifest's `inputs`. */
  input: string;
  dct?: string;
  maxBytes?: number;
  entry?: ManifestEntry;
  /**
   * The document itself, when it is small (`--inline-max-bytes`): its bytes (base64) and what its
   * sidecar gave, read at enqueue time, so that a worker needs no input mount and writes the record
   * `extract` writes wherever it runs.
   */
  inline?: { bytes: string; meta: Record<string, unknown>; warnings: Warning[] };
  /** The document's sha256 and resume key at enqueue time: a worker reading the path checks them (E113). */
  sha256?: string;
  metaSha256?: string;
  /** Longest wait between two attempts of a transient failure, in ms (the backoff doubles up to it). */
  backoffMaxMs?: number;
  /**
   * A batch job: several small inline documents, each with its own job id (the one it would have alone, which its
   * journal line, the finished index and the run record name). The worker extracts and journals each on its own
   * and skips those the finished index already has (a batch taken over from a killed worker). `id` is null and
   * `path` says how many documents it carries.
   */
  batch?: BatchMember[];
  /**
   * A document of a batch that failed there (already journaled): a job of its own, under the document's job id,
   * that fails at once with the batch's reason, so that `siaran status` lists it and `siaran retry` runs it again
   * alone (retry removes this field first).
   */
  failedInBatch?: { batch: string; code: string; reason: string };
}

/** One document of a batch job. */
export interface BatchMember {
  job: string;
  data: JobData;
}

/** What a finished job returns (kept by BullMQ with the completed job). */
export interface JobResult {
  status: ManifestEntry['status'];
  code?: string;
  record?: string;
}

/**
 * Failures that would happen again on any worker: binary content, over `--max-bytes`, a link loop, a
 * timeout, an empty or blank file, a file changed since it was enqueued (E113), not Indonesian. Never
 * retried by the queue (`siaran retry` can, e.g. after raising `--timeout`). Any other code that is not
 * {@link TRANSIENT_CODES} is not retried either.
 */
export const DETERMINISTIC_CODES: ReadonlySet<string> = new Set([
  'E102',
  'E103',
  'E105',
  'E107',
  'E110',
  'E111',
  'E113',
  'E120',
]);

/**
 * Failures that may pass: a file this worker cannot read now (a missing mount, a network file system,
 * a file being copied). Retried with a backoff doubling up to `backoffMaxMs`; errors that never reached
 * a manifest entry (Redis or the output folder failing) are retried the same way.
 */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set(['E101']);

/** Name of siaran's backoff strategy in a job's options (`exponential`, capped at the job's `backoffMaxMs`). */
export const BACKOFF_TYPE = 'capped';
/** Default attempts, first and longest delay of a transient failure: 1 s, 2 s, 4 s … 5 min, 8.5 min in all. */
export const DEFAULT_ATTEMPTS = 10;
export const DEFAULT_BACKOFF_MS = 1000;
export const DEFAULT_BACKOFF_MAX_MS = 300_000;

/** Wait before the attempt after `attemptsMade` attempts: `delay` × 2^(attemptsMade − 1), at most `maxMs`. */
export function backoffDelay(attemptsMade: number, delay: number, maxMs: number): number {
  return Math.min(maxMs, Math.round(delay * 2 ** Math.max(0, attemptsMade - 1)));
}

/** The code a failed job's reason starts with (`E101: …`), or null (a stalled job, a write error…). */
export function reasonCode(reason: string | undefined): string | null {
  return /^(E\d{3}): /.exec(reason ?? '')?.[1] ?? null;
}

/** A Redis that cannot be reached, or a URL that is not one: reported as such by the commands. */
export class QueueUnavailable extends Error {}

const short = (text: string, n = 16): string => createHash('sha256').update(text).digest('hex').slice(0, n);

/** The pipeline version, kept to characters that are safe in a job id (BullMQ gives `:` a meaning). */
const version = PIPELINE_VERSION.replace(/[^A-Za-z0-9.]/g, '_');

/**
 * Job id of a document: its bytes (sha256), its resume key (sidecar and `--dct`, as `extract`'s
 * `metaSha256`), its id (identical bytes under two names are two documents, as in `extract`) and the
 * pipeline version. Adding a job whose id exists is a no-op in BullMQ, so enqueueing twice is harmless,
 * and a changed text, sidecar or pipeline version makes a new job.
 */
export function documentJobId(id: string, sha256: string, metaSha256: string | undefined): string {
  return `d-${sha256}-${(metaSha256 ?? 'none').slice(0, 16)}-${short(id)}-v${version}`;
}

/** Job id of a batch: the job ids of its documents, in order (the same inputs make the same batches). */
export function batchJobId(memberJobIds: readonly string[]): string {
  return `g-${short(memberJobIds.join('\n'), 32)}-v${version}`;
}

/** Job id of an input whose outcome does not depend on its bytes (unreadable at enqueue, or a walk problem). */
export function inputJobId(kind: 'u' | 'b', filePath: string, code = ''): string {
  return `${kind}-${short(`${filePath}\u0000${code}`, 32)}-v${version}`;
}

/** `--queue`: BullMQ forbids `:`; we also keep it usable as a folder name. */
export function checkQueueName(name: string): string | null {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name)
    ? null
    : 'must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit';
}

/** `--redis`: a `redis://` or `rediss://` URL; null when fine, else why not. */
export function checkRedisUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${url}`;
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    return `must be redis://host:port[/db] or rediss://…, not ${parsed.protocol}`;
  return null;
}

const REPLY_REASONS: [RegExp, string][] = [
  [/^OOM\b/, 'out of memory (maxmemory reached; BullMQ needs maxmemory-policy noeviction and room for the queue)'],
  [/^READONLY\b/, 'a read-only replica (point --redis at the primary)'],
  [/^MISCONF\b/, 'cannot persist its data (MISCONF: see the Redis log)'],
  [/^(NOAUTH|WRONGPASS)\b/, 'authentication failed (redis://:password@host:port)'],
  [/^NOPERM\b/, 'permission denied to this user (ACL)'],
  [/^LOADING\b/, 'still loading its data'],
];
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
]);

/**
 * An error of Redis itself (a reply error such as OOM or READONLY, a lost connection) as one line
 * naming the URL and the reason, or null when the error is something else (a bug: exit 70).
 */
export function redisFailure(err: unknown, url: string): QueueUnavailable | null {
  if (err instanceof QueueUnavailable) return err;
  const e = err as (Error & { code?: string }) | null;
  if (!e || typeof e.message !== 'string') return null;
  const where = `Redis at ${redactUrl(url)}`;
  const first = e.message.split('\n')[0]!.replace(/\. script: .*$/, '');
  if (e.name === 'ReplyError' || REPLY_REASONS.some(([re]) => re.test(first))) {
    const known = REPLY_REASONS.find(([re]) => re.test(first));
    return new QueueUnavailable(`${where}: ${known ? `${known[1]}: ` : ''}${first}`);
  }
  if (e.name === 'MaxRetriesPerRequestError' || first === 'Connection is closed.' || NETWORK_CODES.has(e.code ?? ''))
    return new QueueUnavailable(`${where}: connection lost (${e.code ?? first})`);
  return null;
}

/** Runs a queue command's body: a Redis error becomes one line on stderr and exit 1, never a stack (70). */
export async function reportingRedis(url: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    const failure = redisFailure(err, url);
    if (!failure) throw err;
    process.stderr.write(`siaran: ${failure.message}\n`);
    return 1;
  }
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * Events kept in BullMQ's events stream of a queue (its default is 10,000, about 2 MB). siaran listens to
 * none of them; they are kept for a person watching with a BullMQ dashboard.
 */
export const EVENTS_MAX_LEN = 1000;

/** Options of every BullMQ Queue siaran opens (the same everywhere: a Queue writes them to the queue's meta). */
export function queueOptions(url: string): {
  connection: ReturnType<typeof connection>;
  streams: { events: { maxLen: number } };
} {
  return { connection: connection(url), streams: { events: { maxLen: EVENTS_MAX_LEN } } };
}

/** BullMQ connection options for a URL (`maxRetriesPerRequest: null`: workers wait out a Redis restart). */
export function connection(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null };
}

/**
 * Fails fast, with the reason, when Redis is not reachable: BullMQ itself would retry forever, which is
 * right for a running worker but not for a typo in `--redis`.
 */
export async function ping(url: string, timeoutMs = 5000): Promise<void> {
  // Imported here so that the CLI loads ioredis only for the queue commands.
  const { Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined); // reported by connect() below
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new QueueUnavailable(`cannot reach Redis at ${redactUrl(url)} (${code ?? (err as Error).message})`);
  } finally {
    client.disconnect();
  }
}

/** This process, as BullMQ and the journal name it: `host:pid`. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

/** The folder of a queue's journals in an output folder. */
export function journalDir(out: string, queue: string): string {
  return path.join(out, QUEUE_DIR, queue);
}
