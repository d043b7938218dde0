import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import type { Counts, Manifest, ManifestEntry, Shard } from '../schema/manifest.js';
import { SAFE_ID, SCHEMA_VERSION } from '../schema/record.js';
import { PIPELINE_VERSION } from '../version.js';
import { jsonLines, writeManifest } from './manifest.js';
import { ABANDONED, createExecutor, defaultWorkers, PER_WORKER, type Outcome } from './pool.js';
import { makeTask, readInputSync, type FileTask, type ProcessOptions, type Task, type TaskResult } from './process.js';
import { shardOf } from './shard.js';
import { Journal, loadState, type Known } from './state.js';
import { walk, type Found, type LinkMode } from './walk.js';
import { inside, LineFile, OutputLock, RECORDS_JSONL, recordFile, Staging } from './write.js';

export interface RunOptions extends ProcessOptions {
  out: string;
  /**
   * Sizes the window of documents in flight (at least 4 per unit; default 4). Files are read by the thread that
   * extracts them.
   */
  concurrency?: number;
  /** Worker threads for the CPU work (default: one per core); 0 runs it in this thread. */
  workers?: number;
  /** Redo every document, even when an earlier record could be reused. */
  force?: boolean;
  /** A record file per document (`records/<id>.json`) besides `records.jsonl` (default: only `records.jsonl`). */
  files?: boolean;
  /** Process only the inputs of this shard (by hash of the id). */
  shard?: Shard;
  /** Stops the run cleanly: nothing new is started, running work finishes, the manifest is written. */
  signal?: AbortSignal;
  /** Milliseconds one document may take in a worker before it is failed with E107 (0: no limit). */
  timeoutMs?: number;
  /** Filled with milliseconds per stage, summed over the documents extracted (benchmark). */
  stageTimes?: Map<string, number>;
  /** Symbolic links inside the input folders: followed (default), only inside them, or not at all (see LinkMode). */
  links?: LinkMode;
  /** A JSON-lines corpus read for the input `-` (`extract - --jsonl`: stdin), as a named `.jsonl` file is. */
  stdin?: NodeJS.ReadableStream;
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
 * Extracts every `.txt` under the inputs into `out`: `records.jsonl` in input order (with `files`,
 * also one `records/<id>.json` per record), and `manifest.json` listing every input as done, skipped
 * or failed, with where its record is.
 *
 * Streaming: the walk is lazy and results are written in walk order, whatever finishes first, with
 * at most a window of documents (and of bytes) in flight, so memory does not grow with the corpus
 * beyond a few hundred bytes per document of bookkeeping (ids, resume keys). A document is read,
 * extracted and its record file written where it runs (a worker thread, or this one with
 * `workers: 0`, reading ahead and writing in groups), with blocking calls; this thread walks, orders
 * the results, appends `records.jsonl` and commits the journal. With workers it never loads the
 * pipeline.
 *
 * Resume: a document whose bytes, sidecar/`--dct` and pipeline version match an earlier entry with
 * its record present (its line of the earlier `records.jsonl`, or its file) is not extracted again
 * (`reused`): its line is copied into the new `records.jsonl`, which is written whole every run
 * (see docs/DECISIONS.md). Every finished document is appended
 * to `journal.jsonl` and fsynced before it is reported (group commit: the documents finished while
 * one fsync runs go in the next), so a killed run loses nothing reported done.
 */
export async function runBatch(inputs: readonly string[], options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date().toISOString();
  const out = options.out;
  const lock = await OutputLock.take(out);
  try {
    return await runLocked(inputs, options, startedAt, out);
  } finally {
    await lock.release();
  }
}

async function runLocked(
  inputs: readonly string[],
  options: RunOptions,
  startedAt: string,
  out: string,
): Promise<RunSummary> {
  const staging = await Staging.create(out);
  const earlier: Map<string, Known> = options.force ? new Map() : await loadState(out);
  const journal = await Journal.open(out);
  const workers = options.workers ?? defaultWorkers();
  const files = options.files ?? false;
  // The executor writes the records where they are made (a worker, or this thread in bursts).
  const executor = createExecutor(workers, options.timeoutMs, { out, staging: staging.dir, files });
  // The earlier records.jsonl, read by reuse() until the new one replaces it.
  const earlierLines = new EarlierLines(path.join(out, RECORDS_JSONL));
  const concurrency = options.concurrency ?? 4;
  // Documents between the walk and the in-order writer: enough that a slow document at the head
  // does not leave the workers idle, few enough that results waiting for it stay small.
  const window = Math.max(32, 4 * concurrency, 2 * PER_WORKER * workers);
  const signal = options.signal;
  const read: ProcessOptions = {};
  if (options.dct !== undefined) read.dct = options.dct;
  if (options.lang !== undefined) read.lang = options.lang;
  if (options.maxBytes !== undefined) read.maxBytes = options.maxBytes;
  if (options.sentenceText) read.sentenceText = true;
  const timed = options.stageTimes !== undefined;

  const jsonlTmp = staging.file('records');
  const documentsTmp = staging.file('documents');
  const counts: Counts = { done: 0, skipped: 0, failed: 0 };
  const failures: ManifestEntry[] = [];
  // Ids (paths relative to their input) can only repeat across inputs: one input needs no record of
  // them, which would otherwise grow with the corpus (~220 bytes a document, 19 MB at 88k documents).
  const seenIds: Map<string, string> | null = inputs.length > 1 ? new Map() : null;
  let reused = 0;
  let abandoned = 0;
  let walked = false;

  /**
   * One document: a file task for the executor (read and extracted where it runs), unless an earlier
   * record may be reused: then it is read here, and redone only when its key changed.
   */
  const start = (found: Extract<Found, { kind: 'file' }>): Promise<Outcome> => {
    if (signal?.aborted) return Promise.resolve(ABANDONED);
    const known = earlier.get(found.id);
    if (known === undefined || known.v !== PIPELINE_VERSION) {
      const task: FileTask = { id: found.id, path: found.path, ...read };
      if (found.sidecar !== undefined) task.sidecar = found.sidecar;
      if (timed) task.timed = true;
      return executor.run(task);
    }
    const input = readInputSync(found.path, found.id, read, found.sidecar);
    if ('entry' in input) return Promise.resolve(input);
    const again = reuse(out, input.task, known, files, earlierLines);
    return again ? Promise.resolve(again) : executor.run(timed ? { ...input.task, timed } : input.task);
  };

  /** A document of a JSON-lines corpus: its text is here already, so the task carries its bytes. */
  const startInline = (found: Extract<Found, { kind: 'inline' }>): Promise<Outcome> => {
    if (signal?.aborted) return Promise.resolve(ABANDONED);
    const bytes = Buffer.from(found.text, 'utf8');
    const task = makeTask(
      found.path,
      found.id,
      bytes,
      createHash('sha256').update(bytes).digest('hex'),
      found.meta,
      JSON.stringify(found.meta),
      [],
      read,
    );
    if (timed) task.timed = true;
    const known = earlier.get(found.id);
    const again =
      known !== undefined && known.v === PIPELINE_VERSION ? reuse(out, task, known, files, earlierLines) : null;
    return again ? Promise.resolve(again) : executor.run(task);
  };

  interface Pending {
    promise: Promise<Outcome>;
    size: number;
  }
  const pending: Pending[] = [];
  let bytesInFlight = 0;
  const push = (promise: Promise<Outcome>, size?: number): void => {
    const item: Pending = { promise, size: size ?? 0 };
    bytesInFlight += item.size;
    promise.then(
      (o) => {
        // A file read where it runs counts once its size is known, until it is written.
        if (size !== undefined || o === ABANDONED || !pending.includes(item)) return;
        item.size = o.entry.bytes ?? 0;
        bytesInFlight += item.size;
      },
      () => undefined, // a record file that could not be written: thrown where the item is awaited
    );
    pending.push(item);
  };

  const jsonl = new LineFile(jsonlTmp);
  const documents = new LineFile(documentsTmp);
  const commits = new GroupCommit(journal, (entry) => options.onProgress?.(entry, counts));

  /**
   * Writes the head of the queue, in input order: its line of records.jsonl and its entry. Its record
   * file is already in place (written by the executor), so its journal line may go at once.
   */
  const writeHead = async (): Promise<void> => {
    const item = pending.shift()!;
    const outcome = await item.promise;
    bytesInFlight -= item.size;
    commits.check();
    if (outcome === ABANDONED) {
      abandoned++;
      return;
    }
    const { entry } = outcome;
    if (outcome.stageTimes)
      for (const [name, ms] of outcome.stageTimes)
        options.stageTimes!.set(name, (options.stageTimes!.get(name) ?? 0) + ms);
    const offset = jsonl.position;
    if (outcome.segment !== undefined) jsonl.copy(outcome.segment);
    else if (outcome.json !== undefined) jsonl.write(outcome.json + '\n');
    // Without --files the record is only in the staged records.jsonl until the run ends: the journal
    // line says where its line will be only once that file is in place, so it goes without it (a
    // killed run's documents are redone, see docs/DECISIONS.md); the manifest's entry has it.
    const journalLine = files || entry.reused || entry.record !== undefined ? null : JSON.stringify(entry);
    if (!files && jsonl.position > offset) {
      entry.record = RECORDS_JSONL;
      entry.offset = offset;
      entry.length = jsonl.position - offset;
    }
    const json = JSON.stringify(entry);
    documents.write(json + '\n');
    if (entry.reused) reused++;
    counts[entry.status]++;
    if (entry.status === 'failed' && failures.length < 100) failures.push(entry);
    commits.add(entry, entry.reused ? null : (journalLine ?? json));
  };

  let failure: unknown;
  const onAbort = (): void => executor.abandon();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    walking: {
      for await (const found of walk(inputs, options.links, options.maxBytes, options.stdin)) {
        if (signal?.aborted) break walking;
        if (options.shard && shardOf(found.id ?? found.path, options.shard.count) !== options.shard.index) continue;
        if (found.kind === 'bad') {
          push(
            Promise.resolve({
              entry: {
                id: found.id,
                path: found.path,
                status: found.code === 'E104' || found.code === 'E109' ? 'skipped' : 'failed',
                code: found.code,
                reason: found.reason,
              },
            }),
            0,
          );
        } else if (!SAFE_ID.test(found.id)) {
          // A file named `..txt` (id `.`), say: no record file could be named after it.
          const reason = `${found.path}: its id ${JSON.stringify(found.id)} is not a plain relative path; not processed`;
          push(Promise.resolve({ entry: { id: null, path: found.path, status: 'failed', code: 'E108', reason } }), 0);
        } else {
          const taken = seenIds?.get(found.id);
          if (taken !== undefined) {
            const reason = `${found.path}: id "${found.id}" is already taken by ${taken}; not processed`;
            push(
              Promise.resolve({ entry: { id: found.id, path: found.path, status: 'failed', code: 'E106', reason } }),
              0,
            );
          } else {
            seenIds?.set(found.id, found.path);
            push(
              found.kind === 'inline' ? startInline(found) : start(found),
              found.kind === 'inline' ? Buffer.byteLength(found.text) : found.size,
            );
          }
        }
        while (pending.length >= window || (bytesInFlight > BYTES_IN_FLIGHT && pending.length > 1)) await writeHead();
      }
      walked = !signal?.aborted;
    }
    if (!walked) executor.abandon();
    while (pending.length > 0) await writeHead();
    await commits.drain();
  } catch (err) {
    failure = err;
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Everything is closed, even after a failure; closing may fail again (a full disk, say), and then
    // the first error is the one reported.
    const ran = failure === undefined;
    const closing = async (close: () => unknown): Promise<void> => {
      try {
        await close();
      } catch (err) {
        failure ??= err;
      }
    };
    await closing(() => executor.close());
    // The disk is full: the workers' part files are copied already (what is not flushed yet is in the
    // buffer), so they go first, to make room for the records and entries still to be written.
    const full = failure !== undefined && FULL.has((failure as NodeJS.ErrnoException).code ?? '');
    if (full)
      for (const name of readdirSync(staging.dir))
        if (name.endsWith('.lines')) rmSync(path.join(staging.dir, name), { force: true });
    await commits.drain().catch(() => undefined);
    await closing(() => journal.close());
    // Entries first: they are small, and on a full disk salvage() keeps those whose records made it.
    await closing(() => documents.end());
    await closing(() => jsonl.end());
    earlierLines.close();
    if (failure !== undefined && FULL.has((failure as NodeJS.ErrnoException).code ?? '')) {
      const header = { startedAt, inputs, shard: options.shard };
      await salvage(out, staging, { jsonl: jsonlTmp, documents: documentsTmp }, header, files, journal.file).catch(
        () => undefined, // still no room: the next run starts from the last manifest and the journal
      );
    }
    if (ran && failure !== undefined) throw failure; // eslint-disable-line no-unsafe-finally
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

/** Errors of a device that is full: the manifest of what is done may still fit once staging is freed. */
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/**
 * After the disk filled up mid-run: the manifest (`interrupted`) of the documents whose records are
 * complete, and `records.jsonl` cut to them, so that what is done survives and a rerun after freeing
 * space goes on from there. The entries are read back from the staged `documents` file, in order, up
 * to the first one whose line (or its record line) was not written whole. Without `--files` the
 * journal (whose lines carry no record) is removed: it would override the manifest's entries.
 */
async function salvage(
  out: string,
  staging: Staging,
  staged: { jsonl: string; documents: string },
  run: { startedAt: string; inputs: readonly string[]; shard: Shard | undefined },
  files: boolean,
  journalFile: string,
): Promise<void> {
  const kept: ManifestEntry[] = [];
  /** End of records.jsonl after each kept entry's line. */
  const ends: number[] = [];
  const size = statSync(staged.jsonl).size;
  const lines = createInterface({ input: createReadStream(staged.jsonl, 'utf8'), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  let end = 0;
  const entries = createInterface({ input: createReadStream(staged.documents, 'utf8'), crlfDelay: Infinity });
  for await (const text of entries) {
    let entry: ManifestEntry;
    try {
      entry = JSON.parse(text) as ManifestEntry;
    } catch {
      break; // cut short by the full disk
    }
    if (entry.record !== undefined) {
      const line = await lines.next();
      if (line.done) break;
      const next = end + Buffer.byteLength(line.value) + 1;
      if (next > size) break;
      end = next;
    }
    kept.push(entry);
    ends.push(end);
  }
  await lines.return?.();
  rmSync(staged.documents, { force: true });
  // No room for the manifest: the later half of the records is dropped (their documents are redone)
  // until it fits.
  for (let count = kept.length; ; count = Math.floor(count / 2)) {
    truncateSync(staged.jsonl, count === 0 ? 0 : ends[count - 1]!);
    const documents = kept.slice(0, count);
    const counts: Counts = { done: 0, skipped: 0, failed: 0 };
    for (const e of documents) counts[e.status]++;
    const header: Omit<Manifest, 'documents'> = {
      schemaVersion: SCHEMA_VERSION,
      pipelineVersion: PIPELINE_VERSION,
      startedAt: run.startedAt,
      finishedAt: new Date().toISOString(),
      inputs: [...run.inputs],
      counts,
      interrupted: true,
      ...(run.shard ? { shard: run.shard } : {}),
    };
    try {
      await writeManifest(
        out,
        staging,
        header,
        (async function* () {
          yield* documents;
        })(),
      );
      break;
    } catch (err) {
      if (count === 0 || !FULL.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    }
  }
  // Were the process killed here, the manifest's offsets would not match the old records.jsonl: its
  // records are checked before reuse (id, bytes, version), so they would only be redone.
  await staging.commit(staged.jsonl, path.join(out, RECORDS_JSONL));
  if (!files) rmSync(journalFile, { force: true });
  await staging.remove();
}

/**
 * The earlier record of a document, when its key is unchanged (bytes, sidecar and `--dct`, pipeline
 * version) and its record is present and matches; otherwise null and the document is redone. Without
 * `--files` it may come from the earlier `records.jsonl` or from a record file; with `--files` only
 * from its file (a record only in `records.jsonl` is redone, which writes its file).
 */
function reuse(out: string, task: Task, known: Known, files: boolean, lines: EarlierLines): TaskResult | null {
  if (known.v !== PIPELINE_VERSION) return null;
  const { e } = known;
  if (e.sha256 !== task.sha256 || e.metaSha256 !== task.metaSha256) return null;
  let json: string | null;
  if (e.record === RECORDS_JSONL && e.offset !== undefined && e.length !== undefined) {
    if (files) return null;
    json = lines.read(e.offset, e.length);
  } else {
    // A record elsewhere than where this layout puts it (an older layout, or a manifest edited by hand) is redone.
    if (e.record !== recordFile(task.id)) return null;
    const file = inside(out, e.record);
    if (file === null) return null;
    try {
      json = readFileSync(file, 'utf8').trim();
    } catch {
      return null;
    }
  }
  if (json === null) return null;
  try {
    const record = JSON.parse(json) as { id?: unknown; pipelineVersion?: unknown; source?: { sha256?: unknown } };
    if (record.id !== task.id || record.pipelineVersion !== PIPELINE_VERSION || record.source?.sha256 !== task.sha256)
      return null;
  } catch {
    return null;
  }
  const entry: ManifestEntry = { ...e, path: task.path, reused: true };
  // Where it is in the new output is set when its line is written (or by its file, with --files).
  delete entry.offset;
  delete entry.length;
  return { entry, json };
}

/**
 * The `records.jsonl` an earlier run left, read line by line at the offsets its manifest (or journal)
 * gives; opened at the first reuse. A line that is not there (the file was replaced since, or cut
 * short) reads as null, and its document is redone.
 */
class EarlierLines {
  private fd: number | null | undefined;

  constructor(private readonly file: string) {}

  read(offset: number, length: number): string | null {
    if (this.fd === undefined) {
      try {
        this.fd = openSync(this.file, 'r');
      } catch {
        this.fd = null;
      }
    }
    if (this.fd === null) return null;
    const buffer = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, buffer, got, length - got, offset + got);
      if (n === 0) return null;
      got += n;
    }
    if (buffer[length - 1] !== 0x0a) return null;
    return buffer.toString('utf8', 0, length - 1);
  }

  close(): void {
    if (typeof this.fd === 'number') closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * Group commit of the journal: entries are added in input order; one append + fsync runs at a time and
 * takes every line added meanwhile, so a document costs an fsync only when the disk keeps up. An
 * entry is reported (`onProgress`) only once its line, and every line before it, is on disk.
 */
class GroupCommit {
  private entries: ManifestEntry[] = [];
  private lines: string[] = [];
  private running: Promise<void> | null = null;
  private error: unknown = null;

  constructor(
    private readonly journal: Journal,
    private readonly report: (entry: ManifestEntry) => void,
  ) {}

  /** `line`: the entry as JSON, for the journal; null for an entry reported without one (reused). */
  add(entry: ManifestEntry, line: string | null): void {
    this.entries.push(entry);
    if (line !== null) this.lines.push(line);
    this.running ??= this.loop();
  }

  /** Throws the error of a failed commit (the run stops: nothing more could be reported durably). */
  check(): void {
    if (this.error !== null) throw this.error;
  }

  async drain(): Promise<void> {
    while (this.running) await this.running;
    this.check();
  }

  private async loop(): Promise<void> {
    // Never settles synchronously (`running` is assigned before the loop can clear it), and waits for
    // the turn of the event loop to end, so that the entries of a whole burst, added one microtask
    // after another, go in one commit.
    await new Promise(setImmediate);
    try {
      while (this.entries.length > 0) {
        const entries = this.entries;
        const lines = this.lines;
        this.entries = [];
        this.lines = [];
        if (lines.length > 0) await this.journal.append(lines);
        for (const entry of entries) this.report(entry);
      }
    } catch (err) {
      this.error = err;
      this.entries = [];
      this.lines = [];
    } finally {
      this.running = null;
    }
  }
}
