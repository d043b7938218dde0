import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes a file so that a reader never sees half of it: a temporary sibling, then a rename. */
export async function writeAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Record file of a document id, relative to the output folder. */
export function recordFile(id: string): string {
  return `${id}.json`;
}

/**
 * Record files written in bursts: lines are held until `flush` writes them all. Measured on the shared
 * VM of docs/BENCHMARKS.md: creating a file costs 0.2–0.4 ms of kernel time, and a file written between
 * two extractions slowed the extraction around it by ~1 ms more (caches; 5533 documents: +6.5 s),
 * while 50 written together cost little beyond their own time.
 */
export class RecordBurst {
  private files: string[] = [];
  private lines: Uint8Array[] = [];
  private bytes = 0;

  constructor(
    private readonly out: string,
    private readonly staging: Staging,
  ) {}

  get size(): number {
    return this.files.length;
  }
  get held(): number {
    return this.bytes;
  }

  add(file: string, line: Uint8Array): void {
    this.files.push(file);
    this.lines.push(line);
    this.bytes += line.length;
  }

  /**
   * Writes every held record: all staged files, then all renames, with blocking calls (measured faster
   * than the same writes on the thread pool, which competes with the extraction for the cores).
   */
  flush(): void {
    const tmps = this.lines.map((line) => {
      const tmp = this.staging.file('r');
      writeFileSync(tmp, line);
      return tmp;
    });
    this.files.forEach((file, i) => {
      const dest = path.join(this.out, file);
      try {
        renameSync(tmps[i]!, dest);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        mkdirSync(path.dirname(dest), { recursive: true });
        renameSync(tmps[i]!, dest);
      }
    });
    this.files = [];
    this.lines = [];
    this.bytes = 0;
  }
}

/**
 * A file written in large blocking appends from an in-memory buffer (`records.jsonl`, the manifest's
 * entries while a run goes): one system call per MB instead of a stream write per document.
 */
export class Appender {
  private readonly fd: number;
  private parts: (string | Uint8Array)[] = [];
  private length = 0;
  private closed = false;
  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }
  write(data: string | Uint8Array): void {
    this.parts.push(data);
    this.length += data.length;
    if (this.length >= 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const parts = this.parts;
    this.parts = [];
    this.length = 0;
    writeFileSync(this.fd, parts.every((p) => typeof p === 'string') ? parts.join('') : Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
  }
  end(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
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

  async writeAtomic(file: string, data: string): Promise<void> {
    const tmp = this.file();
    await writeFile(tmp, data);
    await this.commit(tmp, file);
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
