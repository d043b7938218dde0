import { randomUUID } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { SAFE_ID } from '../schema/record.js';
import type { Segment, TaskResult } from './process.js';

/**
 * Folder of the per-document record files (`--files`) in an output folder: apart from the output's
 * own files (`manifest.json`, `records.jsonl`, `journal.jsonl`, the staging folder), so that no input
 * name can collide with them (an input `manifest.txt` has the record `records/manifest.json`).
 */
export const RECORDS_DIR = 'records';

/** The records of an output folder, one line each, in input order: every layout has it. */
export const RECORDS_JSONL = 'records.jsonl';

/** Record file of a document id, relative to the output folder (`--files`). */
export function recordFile(id: string): string {
  return `${RECORDS_DIR}/${id}.json`;
}

/**
 * `rel` resolved inside `root`, when it is a plain relative path (as SAFE_ID: no `..`, `.`, empty
 * name or leading `/`) that stays there; else null. Every writer that names a file after data (an id,
 * a manifest's `record`) goes through it, so that no record or manifest can send a write elsewhere.
 */
export function inside(root: string, rel: string): string | null {
  if (!SAFE_ID.test(rel)) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  return full.startsWith(base + path.sep) ? full : null;
}

/**
 * Where an executor writes the records it makes: the output folder and the run's staging folder;
 * `files`: a file per document too (`--files`), else only the lines of `records.jsonl`.
 */
export interface RecordTarget {
  out: string;
  staging: string;
  files: boolean;
}

/** Record files written by a thread at once (see RecordFiles); its results wait for their burst. */
export const BURST = 16;

/**
 * Writes the records of finished documents, in the thread that made them (a worker, or the main
 * thread in-process), in bursts. With `--files`, a file per document: all staged files, then all
 * renames, with blocking calls. Measured on
 * the shared 2-core VM of docs/BENCHMARKS.md: creating a file costs ~0.8 ms of CPU here, and one
 * created between two extractions slowed the extraction around it by ~2 ms more (1,500 bulk
 * documents, alternating blocks), while files written together after the extractions did not.
 *
 * In a worker (`partFile`), the same lines are appended to the worker's part file in the staging
 * folder, and each result gives, instead of its JSON, where its line is there (`segment`): the main
 * thread copies the segments into `records.jsonl` in input order (LineFile) without the records
 * ever passing through its heap. In-process the JSON stays in the result (it is already in this heap).
 */
export class RecordFiles {
  private n = 0;
  /** This thread's part file and its length so far (null: in-process, no part file). */
  private readonly part: { file: string; length: number } | null;

  /** `prefix` keeps the staged names of threads sharing a staging folder apart. */
  constructor(
    private readonly target: RecordTarget,
    private readonly prefix: string,
    partFile: boolean,
  ) {
    this.part = partFile ? { file: path.join(target.staging, `${prefix}.lines`), length: 0 } : null;
  }

  /**
   * Writes the record of every result that has one (`json`) and names it in its entry (`record`); with a part file,
   * replaces its `json` by its `segment`.
   */
  write(results: readonly TaskResult[]): void {
    const made = results.filter((r) => r.json !== undefined && r.entry.id !== null);
    if (made.length === 0) return;
    if (this.target.files) this.writeFiles(made);
    const part = this.part;
    if (part === null) return;
    const lines = made.map((r) => r.json + '\n');
    try {
      appendFileSync(part.file, lines.join(''));
    } catch (err) {
      throw named(err, part.file);
    }
    made.forEach((result, i) => {
      const length = Buffer.byteLength(lines[i]!);
      result.segment = { part: part.file, offset: part.length, length };
      part.length += length;
      delete result.json;
    });
  }

  /** `--files`: all staged files, then all renames. */
  private writeFiles(made: readonly TaskResult[]): void {
    const staged: [string, TaskResult][] = [];
    for (const result of made) {
      const tmp = path.join(this.target.staging, `${this.prefix}.${++this.n}.r.tmp`);
      try {
        writeFileSync(tmp, result.json + '\n');
      } catch (err) {
        throw named(err, tmp);
      }
      staged.push([tmp, result]);
    }
    for (const [tmp, result] of staged) {
      const file = recordFile(result.entry.id!);
      const dest = inside(this.target.out, file);
      if (dest === null)
        throw new Error(
          `${result.entry.path}: id ${JSON.stringify(result.entry.id)} is not a plain relative path; no record file written`,
        );
      try {
        renameSync(tmp, dest);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        mkdirSync(path.dirname(dest), { recursive: true });
        renameSync(tmp, dest);
      }
      result.entry.record = file;
    }
  }
}

/**
 * A file of lines written by the main thread from one reused buffer, with blocking calls: `records.jsonl` (in
 * staging), in input order from the lines the executors left in their part files (`segment`, read
 * with `pread`, so no record passes through the heap of this thread) or given as JSON (reused from
 * an earlier run, or made by a caller's executor without a record target); and the run's manifest
 * entries.
 */
export class LineFile {
  private readonly fd: number;
  private readonly parts = new Map<string, number>();
  private buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private closed = false;
  /** Bytes written so far (flushed or not): where the next line starts. */
  position = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  copy(segment: Segment): void {
    if (this.used + segment.length > this.buffer.length) this.flush();
    if (segment.length > this.buffer.length) this.buffer = Buffer.allocUnsafe(segment.length);
    let fd = this.parts.get(segment.part);
    if (fd === undefined) this.parts.set(segment.part, (fd = openSync(segment.part, 'r')));
    for (let got = 0; got < segment.length;) {
      const n = readSync(fd, this.buffer, this.used + got, segment.length - got, segment.offset + got);
      if (n === 0)
        throw new Error(`${segment.part}: ended before the record line at ${segment.offset} (${segment.length} bytes)`);
      got += n;
    }
    this.used += segment.length;
    this.position += segment.length;
  }

  write(line: string): void {
    const length = Buffer.byteLength(line);
    this.position += length;
    if (this.used + length > this.buffer.length) this.flush();
    if (length > this.buffer.length) return void this.put(line);
    this.used += this.buffer.write(line, this.used);
  }

  private flush(): void {
    if (this.used > 0) this.put(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** A write by descriptor: its error (a full disk, say) is given the file's name, for the one line reported. */
  private put(data: string | Buffer): void {
    try {
      writeFileSync(this.fd, data);
    } catch (err) {
      throw named(err, this.file);
    }
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
      for (const fd of this.parts.values()) closeSync(fd);
    }
  }
}

/** `err` with `path` set to `file` when it names none (errors of writes by descriptor or handle). */
export function named(err: unknown, file: string): unknown {
  const e = err as NodeJS.ErrnoException | null;
  if (e && typeof e === 'object' && e.path === undefined) e.path = file;
  return e;
}

/** Folder under an output folder where a run stages its files before renaming them into place. */
export const STAGING_DIR = '.siaran-tmp';

/**
 * A run's staging folder, `<out>/.siaran-tmp/<pid>.<random>/`: every file of the output is written
 * there first and renamed into place (same file system, so the rename is atomic). Whatever a killed
 * run left behind is in a folder whose process is gone; the next run removes it.
 */
export class Staging {
  private n = 0;
  private readonly made = new Set<string>();

  private constructor(readonly dir: string) {}

  static async create(out: string): Promise<Staging> {
    const parent = path.join(out, STAGING_DIR);
    await mkdir(parent, { recursive: true });
    for (const name of await readdir(parent).catch(() => [] as string[])) {
      const pid = Number(name.split('.')[0]);
      if (!Number.isInteger(pid) || !alive(pid)) await rm(path.join(parent, name), { recursive: true, force: true });
    }
    const dir = path.join(parent, `${process.pid}.${randomUUID().slice(0, 8)}`);
    await mkdir(dir);
    return new Staging(dir);
  }

  /** A fresh path inside the staging folder. */
  file(name = 'f'): string {
    return path.join(this.dir, `${++this.n}.${name}.tmp`);
  }

  /** Renames a staged file to `file`, making its folder once. */
  async commit(tmp: string, file: string): Promise<void> {
    const dir = path.dirname(file);
    if (!this.made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
    await rename(tmp, file);
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await rmdir(path.dirname(this.dir)).catch(() => undefined); // only when empty
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A problem with the output folder (locked by another run, cannot be written): exit 1 with this one line. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** The lock file of an output folder (see OutputLock). */
export const LOCK_FILE = '.siaran-lock';

/**
 * An exclusive lock on an output folder, held while a run or a merge writes there: `<out>/.siaran-lock`,
 * created with O_EXCL and holding the host and pid of its owner. A second run into the folder stops
 * with an OutputError naming the holder, so two runs never interleave their records and manifests,
 * and a run removes stale staging only while it holds the lock. A lock left by a killed process of
 * this host is taken over; one from another host (or another PID namespace, which looks alike) is not:
 * the message says to remove it by hand if no run is using the folder. (Node has no flock(2), and a
 * dependency for it was not worth it: O_EXCL is atomic on local file systems and NFSv3+.)
 */
export class OutputLock {
  private constructor(private readonly file: string) {}

  static async take(out: string): Promise<OutputLock> {
    await mkdir(out, { recursive: true });
    const file = path.join(out, LOCK_FILE);
    const me = { host: hostname(), pid: process.pid, since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(file, 'wx');
        await handle.writeFile(JSON.stringify(me) + '\n');
        await handle.close();
        return new OutputLock(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new OutputError(
            `${file}: cannot create the lock file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
          );
      }
      let holder: { host?: unknown; pid?: unknown; since?: unknown } = {};
      try {
        holder = JSON.parse(await readFile(file, 'utf8')) as typeof holder;
      } catch {
        // Being written by its owner this very moment, or garbage: treated as held.
      }
      const stale = holder.host === me.host && typeof holder.pid === 'number' && !alive(holder.pid);
      if (!stale || attempt > 0) {
        const who =
          typeof holder.pid === 'number'
            ? `process ${holder.pid} on ${String(holder.host)} (since ${String(holder.since)})`
            : 'another process';
        throw new OutputError(
          `${out}: locked by ${who}, which is writing there; wait for it, or remove ${file} if no siaran run uses this folder`,
        );
      }
      await rm(file, { force: true });
    }
    throw new OutputError(`${file}: cannot take the lock`);
  }

  async release(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
