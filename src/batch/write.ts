import { randomUUID } from 'node:crypto';
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
