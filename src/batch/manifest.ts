import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Manifest, ManifestEntry, type Counts } from '../schema/manifest.js';
import { MANIFEST } from './state.js';
import type { Staging } from './write.js';

export type ManifestHeader = Omit<Manifest, 'documents'>;

/** Lines of a JSON-lines file, parsed. */
export async function* jsonLines<T>(file: string): AsyncGenerator<T> {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line !== '') yield JSON.parse(line) as T;
  }
}

/** A write stream that honours backpressure. */
export class Lines {
  private readonly stream: WriteStream;
  constructor(readonly file: string) {
    this.stream = createWriteStream(file);
  }
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
  end(): Promise<void> {
    return new Promise((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

/**
 * Writes `<out>/manifest.json` atomically from a header and a stream of entries, so that a batch of
 * any size never holds its documents in memory. The text is what `JSON.stringify(manifest, null, 2)`
 * gives; the header and every entry are validated with the zod schema.
 */
export async function writeManifest(out: string, staging: Staging, header: ManifestHeader, entries: AsyncIterable<ManifestEntry>): Promise<void> {
  Manifest.parse({ ...header, documents: [] });
  const head = JSON.stringify({ ...header, documents: [] }, null, 2);
  const cut = head.lastIndexOf('[]');
  const tmp = staging.file('manifest');
  const lines = new Lines(tmp);
  await lines.write(head.slice(0, cut) + '[');
  let first = true;
  for await (const raw of entries) {
    const entry = ManifestEntry.parse(raw);
    await lines.write((first ? '\n    ' : ',\n    ') + JSON.stringify(entry, null, 2).replace(/\n/g, '\n    '));
    first = false;
  }
  await lines.write((first ? '' : '\n  ') + head.slice(cut + 1) + '\n');
  await lines.end();
  await staging.commit(tmp, path.join(out, MANIFEST));
}

/** Code-unit order: the same on every machine and locale. */
export const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A manifest entry in its final place, and the folder its record file is in when not yet in `out`. */
export interface OutputEntry {
  entry: ManifestEntry;
  recordDir?: string;
}

export interface WrittenOutput {
  header: ManifestHeader;
  /** The first failed entries (at most 100). */
  failures: ManifestEntry[];
}

/**
 * Writes `records.jsonl` and `manifest.json` of `out` from entries already in their final order, as
 * `siaran merge` and `siaran status --manifest` both need: each entry's record is copied into `out`
 * (when it comes from another folder) and appended to `records.jsonl`; an entry whose record cannot
 * be read becomes a failure (E101). The header is made from the resulting counts.
 */
export async function writeOutput(
  out: string,
  staging: Staging,
  entries: Iterable<OutputEntry>,
  headerOf: (counts: Counts) => ManifestHeader,
): Promise<WrittenOutput> {
  const jsonlTmp = staging.file('records');
  const jsonl = new Lines(jsonlTmp);
  const counts: Counts = { done: 0, skipped: 0, failed: 0 };
  const failures: ManifestEntry[] = [];
  const written: ManifestEntry[] = [];
  try {
    for (const { entry, recordDir } of entries) {
      let result: ManifestEntry = { ...entry };
      delete result.reused; // true of the run that made the output, not of the joined one
      if (entry.record !== undefined) {
        const from = path.join(recordDir ?? out, entry.record);
        try {
          if (recordDir !== undefined) {
            const tmp = staging.file('record');
            await copyFile(from, tmp);
            await staging.commit(tmp, path.join(out, entry.record));
          }
          await jsonl.write((await readFile(path.join(out, entry.record), 'utf8')).trim() + '\n');
        } catch (err) {
          result = { id: entry.id, path: entry.path, status: 'failed', code: 'E101', reason: `${entry.path}: its record ${from} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
        }
      }
      counts[result.status]++;
      if (result.status === 'failed' && failures.length < 100) failures.push(result);
      written.push(result);
    }
  } finally {
    await jsonl.end();
  }
  await staging.commit(jsonlTmp, path.join(out, 'records.jsonl'));
  const header = headerOf(counts);
  await writeManifest(out, staging, header, (async function* () {
    yield* written;
  })());
  return { header, failures };
}
