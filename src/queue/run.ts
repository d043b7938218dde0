import { createHash, randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Redis } from 'ioredis';
import { byKey } from '../batch/manifest.js';

/** What the run record needs of a Redis client (ioredis, or a cluster). */
export interface RunStore {
  getBuffer(key: string): Promise<Buffer | null>;
  set(key: string, value: Buffer): Promise<unknown>;
}

/**
 * A client for the run record, to `disconnect()` when done (errors surface on the commands). `wait`: its commands
 * wait out a Redis restart (a worker's), instead of failing after two tries (a command's).
 */
export function openStore(url: string, wait = false): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: wait ? null : 2, lazyConnect: false });
  client.on('error', () => undefined);
  return client;
}

/** File of the run record in an output folder. */
export const RUN_FILE = 'queue.json';

/** One job a run expects to finish, as the manifest will name it. */
export interface ExpectedJob {
  job: string;
  id: string | null;
  path: string;
}

/**
 * What the enqueues of a queue expect: every job that must finish (done, skipped or failed for good)
 * before its output is complete. Kept in Redis and in `<out>/queue.json`, so that a Redis that lost
 * its data (no persistence, a flush) cannot make a partial output look complete.
 */
export interface RunRecord {
  queue: string;
  updatedAt: string;
  count: number;
  /** sha256 of the sorted job ids, one per line (first 16 hex digits): equal sets, equal hashes. */
  jobsSha256: string;
  jobs: ExpectedJob[];
}

/** Key of a run's record in Redis (outside BullMQ's `bull:` keys, so that its cleanup leaves it). */
export const runKey = (queue: string): string => `siaran:${queue}:run`;

/**
 * The document an expected job stands for: a job whose outcome was known at enqueue time (a walk
 * problem, a duplicate id) by its path, a document by its id; enqueueing a changed file replaces its
 * job instead of adding one.
 */
const slot = (job: ExpectedJob, known: boolean): string => (known || job.id === null ? `\uffff${job.path}` : job.id);

const hashOf = (jobs: readonly ExpectedJob[]): string => {
  const h = createHash('sha256');
  for (const id of jobs.map((j) => j.job).sort(byKey)) h.update(id + '\n');
  return h.digest('hex').slice(0, 16);
};

export function makeRun(queue: string, jobs: ExpectedJob[]): RunRecord {
  const sorted = [...jobs].sort((a, b) => byKey(a.id ?? `\uffff${a.path}`, b.id ?? `\uffff${b.path}`));
  return { queue, updatedAt: new Date().toISOString(), count: sorted.length, jobsSha256: hashOf(sorted), jobs: sorted };
}

/** An earlier run extended by the jobs of a new enqueue (a document enqueued again keeps only its new job). */
export function extendRun(
  queue: string,
  earlier: RunRecord | null,
  added: readonly (ExpectedJob & { known: boolean })[],
): RunRecord {
  const slots = new Map<string, ExpectedJob>();
  const knownPaths = new Set(added.filter((j) => j.known).map((j) => `\uffff${j.path}`));
  for (const job of earlier?.jobs ?? []) slots.set(slot(job, knownPaths.has(`\uffff${job.path}`)), job);
  for (const { known, ...job } of added) slots.set(slot(job, known), job);
  return makeRun(queue, [...slots.values()]);
}

function parseRun(text: string | null): RunRecord | null {
  if (text === null) return null;
  try {
    const raw = JSON.parse(text) as Partial<RunRecord>;
    if (typeof raw.queue !== 'string' || !Array.isArray(raw.jobs)) return null;
    return makeRun(raw.queue, raw.jobs);
  } catch {
    return null;
  }
}

export async function readRunFile(out: string): Promise<RunRecord | null> {
  return parseRun(await readFile(path.join(out, RUN_FILE), 'utf8').catch(() => null));
}

/** Writes `<out>/queue.json` whole (a temporary file renamed into place). */
export async function writeRunFile(out: string, run: RunRecord): Promise<void> {
  const file = path.join(out, RUN_FILE);
  // A temporary name of this process's own: workers starting together on a shared --out each write the file.
  const tmp = `${file}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(tmp, JSON.stringify(run, null, 1) + '\n');
  await rename(tmp, file);
}

/**
 * Redis holds the run record gzipped: its job ids are mostly hex and its paths share their folders, so it takes
 * about a third of its JSON (it is the largest part of what a finished job leaves in Redis).
 */
export async function readRunRedis(client: RunStore, queue: string): Promise<RunRecord | null> {
  const raw = await client.getBuffer(runKey(queue));
  if (raw === null) return null;
  const gzipped = raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  return parseRun((gzipped ? gunzipSync(raw) : raw).toString('utf8'));
}

export async function writeRunRedis(client: RunStore, run: RunRecord): Promise<void> {
  await client.set(runKey(run.queue), gzipSync(JSON.stringify(run), { level: 6 }));
}

/** The run of a queue: Redis's record, else the one in an output folder (Redis lost it). */
export async function readRun(client: RunStore, queue: string, out?: string): Promise<RunRecord | null> {
  const inRedis = await readRunRedis(client, queue);
  if (inRedis) return inRedis;
  const inFile = out === undefined ? null : await readRunFile(out);
  return inFile && inFile.queue === queue ? inFile : null;
}
