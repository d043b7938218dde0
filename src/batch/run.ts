import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Counts, Manifest, ManifestEntry, Shard } from '../schema/manifest.js';
import { SCHEMA_VERSION } from '../schema/record.js';
import { PIPELINE_VERSION } from '../version.js';
import { jsonLines, Lines, writeManifest } from './manifest.js';
import { ABANDONED, createExecutor, defaultWorkers, type Outcome } from './pool.js';
import { readInput, type ProcessOptions, type Task, type TaskResult } from './process.js';
import { shardOf } from './shard.js';
import { Journal, loadState, type Known } from './state.js';
import { walk } from './walk.js';
import { recordFile, Staging } from './write.js';

export interface RunOptions extends ProcessOptions {
  out: string;
  /** Files read at once (I/O; default 4). */
  concurrency?: number;
  /** Worker threads for the CPU work (default: one per core); 0 runs it in this thread. */
  workers?: number;
  /** Redo every document, even when an earlier record could be reused. */
  force?: boolean;
  /** Process only the inputs of this shard (by hash of the id). */
  shard?: Shard;
  /** Stops the run cleanly: nothing new is started, running work finishes, the manifest is written. */
  signal?: AbortSignal;
  /** Milliseconds one document may take in a worker before it is failed with E107 (0: no limit). */
  timeoutMs?: number;
  /** Filled with milliseconds per stage, summed over the documents extracted (benchmark). */
  stageTimes?: Map<string, number>;
  /** Called after each document is durably recorded, with the running counts. */
  onProgress?: (entry: ManifestEntry, counts: Counts) => void;
}

/** The manifest without its documents (they are streamed to `manifest.json`), plus the failures. */
export interface RunSummary extends Omit<Manifest, 'documents'> {
  /** The first failed entries (at most 100; the manifest has all). */
  failures: ManifestEntry[];
  /** Documents whose earlier record was kept. */
  reused: number;
}

/** Input bytes held by documents between reading and writing, beyond which the walk waits. */
const BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/**
 * Extracts every `.txt` under the inputs into `out`: one `<id>.json` per record, `records.jsonl` in
 * input order, and `manifest.json` listing every input as done, skipped or failed.
 *
 * Streaming: the walk is lazy and results are written in walk order, whatever finishes first, with
 * at most a window of documents (and of bytes) in flight, so memory does not grow with the corpus
 * beyond a few hundred bytes per document of bookkeeping (ids, resume keys). Files are read under a
 * `p-limit` of `concurrency`; decoding and extraction run on `workers` threads.
 *
 * Resume: a document whose bytes, sidecar/`--dct` and pipeline version match an earlier entry with
 * its record file present is not extracted again (`reused`). Every finished document is appended
 * to `journal.jsonl` and fsynced before it is reported, so a killed run loses nothing reported done.
 */
export async function runBatch(inputs: readonly string[], options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date().toISOString();
  const out = options.out;
  const staging = await Staging.create(out);
  const earlier: Map<string, Known> = options.force ? new Map() : await loadState(out);
  const journal = await Journal.open(out);
  const workers = options.workers ?? defaultWorkers();
  const executor = createExecutor(workers, options.timeoutMs);
  const concurrency = options.concurrency ?? 4;
  const io = pLimit(concurrency);
  const window = Math.max(16, 4 * concurrency, 8 * workers);
  const signal = options.signal;

  const jsonlTmp = staging.file('records');
  const jsonl = new Lines(jsonlTmp);
  const documentsTmp = staging.file('documents');
  const documents = new Lines(documentsTmp);
  const counts: Counts = { done: 0, skipped: 0, failed: 0 };
  const failures: ManifestEntry[] = [];
  const seenIds = new Map<string, string>();
  let reused = 0;
  let abandoned = 0;
  let walked = false;

  /** Reads one file (I/O slot), then reuses its earlier record or hands it to the executor. */
  const start = (file: string, id: string): Promise<Outcome> =>
    io(async (): Promise<{ task: Task } | Outcome> => {
      if (signal?.aborted) return ABANDONED;
      const input = await readInput(file, id, options);
      if ('entry' in input) return input;
      return (await reuse(out, input.task, earlier.get(id))) ?? input;
    }).then((r) => (r !== ABANDONED && 'task' in r ? executor.run(options.stageTimes ? { ...r.task, timed: true } : r.task) : r));

  interface Pending {
    promise: Promise<Outcome>;
    settled: boolean;
    size: number;
  }
  const pending: Pending[] = [];
  let bytesInFlight = 0;
  const push = (promise: Promise<Outcome>, size = 0): void => {
    const item: Pending = { promise, settled: false, size };
    void promise.then(() => (item.settled = true));
    bytesInFlight += size;
    pending.push(item);
  };

  /** Writes the head of the queue, and every settled result behind it, then commits the journal. */
  const flush = async (): Promise<void> => {
    const reported: ManifestEntry[] = [];
    do {
      const item = pending.shift()!;
      const outcome = await item.promise;
      bytesInFlight -= item.size;
      if (outcome === ABANDONED) {
        abandoned++;
        continue;
      }
      const { entry, json } = outcome;
      if (outcome.stageTimes) for (const [name, ms] of outcome.stageTimes) options.stageTimes!.set(name, (options.stageTimes!.get(name) ?? 0) + ms);
      if (json !== undefined) {
        const file = recordFile(entry.id!);
        if (!entry.reused) await staging.writeAtomic(path.join(out, file), json + '\n');
        await jsonl.write(json + '\n');
        entry.record = file;
      }
      if (entry.reused) reused++;
      else journal.add(entry);
      await documents.write(JSON.stringify(entry) + '\n');
      counts[entry.status]++;
      if (entry.status === 'failed' && failures.length < 100) failures.push(entry);
      reported.push(entry);
    } while (pending.length > 0 && pending[0]!.settled);
    await journal.commit();
    for (const entry of reported) options.onProgress?.(entry, counts);
  };

  const onAbort = (): void => executor.abandon();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    walking: {
      for await (const found of walk(inputs)) {
        if (signal?.aborted) break walking;
        if (options.shard && shardOf(found.id ?? found.path, options.shard.count) !== options.shard.index) continue;
        if (found.kind === 'bad') {
          push(Promise.resolve({ entry: { id: found.id, path: found.path, status: found.code === 'E104' ? 'skipped' : 'failed', code: found.code, reason: found.reason } }));
        } else {
          const taken = seenIds.get(found.id);
          if (taken !== undefined) {
            const reason = `${found.path}: id "${found.id}" is already taken by ${taken}; not processed`;
            push(Promise.resolve({ entry: { id: found.id, path: found.path, status: 'failed', code: 'E106', reason } }));
          } else {
            seenIds.set(found.id, found.path);
            push(start(found.path, found.id), found.size);
          }
        }
        while (pending.length >= window || (bytesInFlight > BYTES_IN_FLIGHT && pending.length > 1)) await flush();
      }
      walked = !signal?.aborted;
    }
    if (!walked) executor.abandon();
    while (pending.length > 0) await flush();
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await executor.close();
    await journal.close();
    await jsonl.end();
    await documents.end();
  }

  const interrupted = !walked || abandoned > 0;
  await staging.commit(jsonlTmp, path.join(out, 'records.jsonl'));
  const header: Omit<Manifest, 'documents'> = {
    schemaVersion: SCHEMA_VERSION,
    pipelineVersion: PIPELINE_VERSION,
    startedAt,
    finishedAt: new Date().toISOString(),
    inputs: [...inputs],
    counts,
    ...(interrupted ? { interrupted: true } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
  };
  if (interrupted) {
    // Journal first: were the process killed between the two renames, nothing would be lost.
    await Journal.compact(journal.file, staging, jsonLines<ManifestEntry>(documentsTmp), earlier);
    await writeManifest(out, staging, header, jsonLines<ManifestEntry>(documentsTmp));
  } else {
    await writeManifest(out, staging, header, jsonLines<ManifestEntry>(documentsTmp));
    await journal.remove();
  }
  await staging.remove();
  return { ...header, failures, reused };
}

/**
 * The earlier record of a document, when its key is unchanged (bytes, sidecar and `--dct`, pipeline
 * version) and its record file is present and matches; otherwise null and the document is redone.
 */
async function reuse(out: string, task: Task, known: Known | undefined): Promise<TaskResult | null> {
  if (!known || known.v !== PIPELINE_VERSION) return null;
  const { e } = known;
  if (e.sha256 !== task.sha256 || e.metaSha256 !== task.metaSha256 || e.record === undefined) return null;
  let json: string;
  try {
    json = (await readFile(path.join(out, e.record), 'utf8')).trim();
    const record = JSON.parse(json) as { id?: unknown; pipelineVersion?: unknown; source?: { sha256?: unknown } };
    if (record.id !== task.id || record.pipelineVersion !== PIPELINE_VERSION || record.source?.sha256 !== task.sha256) return null;
  } catch {
    return null;
  }
  return { entry: { ...e, path: task.path, reused: true }, json };
}
