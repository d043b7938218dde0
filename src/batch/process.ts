import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ManifestEntry } from '../schema/manifest.js';
import type { Warning } from '../schema/record.js';
import { readSidecar } from './sidecar.js';
import { errCode } from './walk.js';

/** Files larger than this are not read (`--max-bytes`): listed as skipped, E103. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export interface ProcessOptions {
  /** Document date for every input (`--dct`); a sidecar's own `dct` wins over it. */
  dct?: string;
  /** Language asserted for every input (`--lang`): identification is skipped; a sidecar's own `language` wins. */
  lang?: string;
  /** Larger files are skipped with E103 (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Keep each sentence's text in the records (`--sentence-text`); by default sentences are offsets only. */
  sentenceText?: boolean;
}

/**
 * The CPU half of one document, as plain data so that it can cross to a worker thread: the bytes
 * read, their hash and the metadata found next to them.
 */
export interface Task {
  id: string;
  path: string;
  bytes: Uint8Array;
  sha256: string;
  metaSha256: string;
  meta: Record<string, unknown>;
  warnings: Warning[];
  dct?: string;
  lang?: string;
  sentenceText?: boolean;
  /** Return per-stage milliseconds (benchmark). */
  timed?: boolean;
  /**
   * The bytes are posted to a worker thread as a copy, not transferred (the queue worker's inline documents): the
   * task can then wait behind others on a thread and be written with its burst, since it can be run again
   * elsewhere should that thread die.
   */
  copy?: boolean;
}

/**
 * A document to read as well as extract, where it runs (a worker thread reads its own files, so the
 * main thread only orders results): the path, what the walk saw next to it, and the options.
 */
export interface FileTask {
  id: string;
  path: string;
  /** Whether the walk listed a sidecar next to it (undefined: not known, look). */
  sidecar?: boolean;
  dct?: string;
  lang?: string;
  maxBytes?: number;
  sentenceText?: boolean;
  timed?: boolean;
}

/** Where a record's line (its JSON and a newline) is in a file: bytes `offset` to `offset + length`. */
export interface Segment {
  part: string;
  offset: number;
  length: number;
}

/**
 * What a task gives back: the manifest entry and, when a record was made, its JSON (one line), or
 * where its line was written (`segment`) once an executor with a record target wrote its file.
 */
export interface TaskResult {
  entry: ManifestEntry;
  json?: string;
  segment?: Segment;
  stageTimes?: [string, number][];
}

export { sidecarPath } from './sidecar.js';

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/**
 * The I/O half: opens, checks and reads one file and its sidecar. Never throws: a file that cannot
 * become a task (unreadable, vanished, not a regular file, empty, over `maxBytes`) is a final entry.
 * Memory: at most `maxBytes` are read; a larger file is only hashed, streaming.
 */
export async function readInput(
  file: string,
  id: string,
  options: ProcessOptions = {},
): Promise<{ entry: ManifestEntry } | { task: Task }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const failed = (reason: string): { entry: ManifestEntry } => ({
    entry: { id, path: file, status: 'failed', code: 'E101', reason: `${file}: ${reason}` },
  });
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    const code = errCode(err);
    return failed(code === 'ENOENT' ? 'vanished before it could be read (ENOENT)' : `cannot read (${code})`);
  }
  let bytes: Buffer;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return failed('not a regular file; not read');
    if (info.size > maxBytes) {
      const hash = createHash('sha256');
      const chunk = Buffer.allocUnsafe(1 << 20);
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        hash.update(chunk.subarray(0, bytesRead));
        total += bytesRead;
      }
      const reason = `${file}: ${total} bytes, over the --max-bytes limit of ${maxBytes}; not read (raise --max-bytes to process it)`;
      return {
        entry: { id, path: file, status: 'skipped', code: 'E103', reason, sha256: hash.digest('hex'), bytes: total },
      };
    }
    bytes = await handle.readFile();
  } catch (err) {
    return failed(`cannot read (${errCode(err)})`);
  } finally {
    await handle.close().catch(() => undefined);
  }
  const hash = sha256(bytes);
  const base = { id, path: file, sha256: hash, bytes: bytes.length };
  if (bytes.length === 0) return { entry: { ...base, status: 'skipped', code: 'E110', reason: `${file}: empty file` } };
  if (bytes.length > maxBytes) {
    return {
      entry: {
        ...base,
        status: 'skipped',
        code: 'E103',
        reason: `${file}: ${bytes.length} bytes, over the --max-bytes limit of ${maxBytes}; not processed`,
      },
    };
  }

  const warnings: Warning[] = [];
  const { meta, raw } = readSidecar(file, warnings); // small and opened non-blocking: no need for the thread pool
  return { task: makeTask(file, id, bytes, hash, meta, raw, warnings, options) };
}

/**
 * {@link readInput} with blocking calls, for a worker thread (or the in-process executor, whose thread
 * does the CPU work anyway): no thread-pool round trip per call, five system calls for a file and its
 * sidecar. The file and its sidecar are opened non-blocking, so a FIFO that appeared after the walk is
 * reported, not waited on. `sidecar: false` (the walk listed the folder and saw none) skips looking for it.
 */
export function readInputSync(
  file: string,
  id: string,
  options: ProcessOptions = {},
  sidecar?: boolean,
): { entry: ManifestEntry } | { task: Task } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const failed = (reason: string): { entry: ManifestEntry } => ({
    entry: { id, path: file, status: 'failed', code: 'E101', reason: `${file}: ${reason}` },
  });
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = errCode(err);
    return failed(code === 'ENOENT' ? 'vanished before it could be read (ENOENT)' : `cannot read (${code})`);
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return failed('not a regular file; not read');
    if (info.size > maxBytes) {
      const hash = createHash('sha256');
      const chunk = Buffer.allocUnsafe(1 << 20);
      let total = 0;
      for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; total += n) hash.update(chunk.subarray(0, n));
      const reason = `${file}: ${total} bytes, over the --max-bytes limit of ${maxBytes}; not read (raise --max-bytes to process it)`;
      return {
        entry: { id, path: file, status: 'skipped', code: 'E103', reason, sha256: hash.digest('hex'), bytes: total },
      };
    }
    // As readFileSync: the size fstat gave (a file growing meanwhile is read up to it).
    bytes = Buffer.allocUnsafeSlow(info.size);
    let got = 0;
    for (let n; got < bytes.length && (n = readSync(fd, bytes, got, bytes.length - got, null)) > 0;) got += n;
    if (got < bytes.length) bytes = bytes.subarray(0, got);
  } catch (err) {
    return failed(`cannot read (${errCode(err)})`);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do
    }
  }
  const hash = sha256(bytes);
  const base = { id, path: file, sha256: hash, bytes: bytes.length };
  if (bytes.length === 0) return { entry: { ...base, status: 'skipped', code: 'E110', reason: `${file}: empty file` } };
  const warnings: Warning[] = [];
  const { meta, raw } = sidecar === false ? { meta: {}, raw: null } : readSidecar(file, warnings);
  return { task: makeTask(file, id, bytes, hash, meta, raw, warnings, options) };
}

/** {@link readInputSync} of a file task, with its options; the task read keeps its `timed`. */
export function readFileTask(given: FileTask): { entry: ManifestEntry } | { task: Task } {
  const options: ProcessOptions = {};
  if (given.dct !== undefined) options.dct = given.dct;
  if (given.lang !== undefined) options.lang = given.lang;
  if (given.maxBytes !== undefined) options.maxBytes = given.maxBytes;
  if (given.sentenceText) options.sentenceText = true;
  const input = readInputSync(given.path, given.id, options, given.sidecar);
  if ('task' in input && given.timed) input.task.timed = true;
  return input;
}

export function makeTask(
  file: string,
  id: string,
  bytes: Uint8Array,
  hash: string,
  meta: Record<string, unknown>,
  raw: string | null,
  warnings: Warning[],
  options: ProcessOptions,
): Task {
  // --dct counts only for a document without a dct of its own.
  const key: unknown[] = [raw, meta['dct'] === undefined ? (options.dct ?? null) : null];
  // --lang too (only when given, so that keys made before it existed still match).
  if (options.lang !== undefined && meta['language'] === undefined) key.push({ lang: options.lang });
  // --sentence-text changes the record: a record made without it is not reused with it, nor the other way.
  if (options.sentenceText) key.push({ sentenceText: true });
  const metaSha256 = sha256(JSON.stringify(key));
  const task: Task = { id, path: file, bytes, sha256: hash, metaSha256, meta, warnings };
  if (options.dct !== undefined) task.dct = options.dct;
  if (options.lang !== undefined) task.lang = options.lang;
  if (options.sentenceText) task.sentenceText = true;
  return task;
}

export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
