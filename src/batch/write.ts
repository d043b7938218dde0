import { mkdir, rename, writeFile } from 'node:fs/promises';
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
