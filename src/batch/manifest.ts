import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Manifest, ManifestEntry, type Counts } from '../schema/manifest.js';
import { DocRecord, SAFE_ID } from '../schema/record.js';
import { MANIFEST } from './state.js';
import { inside, RECORDS_JSONL, recordFile, type Staging } from './write.js';

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
  /** Bytes written so far: where the next line starts. */
  position = 0;
  constructor(readonly file: string) {
    this.stream = createWriteStream(file);
  }
  async write(text: string): Promise<void> {
    this.position += Buffer.byteLength(text);
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
export async function writeManifest(
  out: string,
  staging: Staging,
  header: ManifestHeader,
  entries: AsyncIterable<ManifestEntry>,
): Promise<void> {
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
 * be placed becomes a failure (`placeRecord`). The header is made from the resulting counts. With
 * `files`, a record from another folder is also copied as its own file; a record file already in
 * `out` stays.
 */
export async function writeOutput(
  out: string,
  staging: Staging,
  entries: Iterable<OutputEntry>,
  headerOf: (counts: Counts) => ManifestHeader,
  files = false,
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
      if (entry.record !== undefined) result = await placeRecord(result, recordDir, out, staging, jsonl, files);
      counts[result.status]++;
      if (result.status === 'failed' && failures.length < 100) failures.push(result);
      written.push(result);
    }
  } finally {
    await jsonl.end();
  }
  await staging.commit(jsonlTmp, path.join(out, 'records.jsonl'));
  const header = headerOf(counts);
  await writeManifest(
    out,
    staging,
    header,
    (async function* () {
      yield* written;
    })(),
  );
  return { header, failures };
}

/**
 * Appends the record of one manifest entry to `records.jsonl`, copying it first from `recordDir` into
 * `out` (as `recordFile(id)`) when it is in another output and `files` is set. A record is read
 * from its file, or from its line of `records.jsonl` (`offset`, `length`). Outputs and journals are data from
 * elsewhere: `record` must be a plain relative path inside its folder naming a regular file (not a
 * link out), holding a valid record of that id; anything else fails the entry (E108 for a path or id
 * that would leave its folder, E101 for a record that cannot be read or is not that record), and
 * nothing is read or written outside the two folders.
 */
async function placeRecord(
  entry: ManifestEntry,
  recordDir: string | undefined,
  out: string,
  staging: Staging,
  jsonl: Lines,
  files: boolean,
): Promise<ManifestEntry> {
  const fail = (code: string, why: string): ManifestEntry => {
    const failed: ManifestEntry = {
      id: entry.id,
      path: entry.path,
      status: 'failed',
      code,
      reason: `${entry.path}: ${why}`,
    };
    if (entry.sha256 !== undefined) failed.sha256 = entry.sha256;
    return failed;
  };
  const dir = recordDir ?? out;
  const from = inside(dir, entry.record!);
  if (from === null)
    return fail(
      'E108',
      `its record path ${JSON.stringify(entry.record)} in ${dir} is not a plain relative path inside that folder; not read`,
    );
  const line =
    entry.offset !== undefined && entry.length !== undefined ? { offset: entry.offset, length: entry.length } : null;
  // A record file already in out stays where it is; any other record is a line, and a file with --files.
  const keepFile = recordDir === undefined && line === null;
  const target = keepFile
    ? entry.record!
    : entry.id === null || !SAFE_ID.test(entry.id)
      ? null
      : files
        ? recordFile(entry.id)
        : RECORDS_JSONL;
  const to = target === null ? null : inside(out, target);
  if (to === null)
    return fail('E108', `its id ${JSON.stringify(entry.id)} is not a plain relative path; no record written`);
  let json: string;
  try {
    // A link (the file or a folder on the way) may point anywhere: where it really is must be inside too.
    if (!(await realpath(from)).startsWith((await realpath(dir)) + path.sep))
      return fail('E108', `its record ${from} is a link to a file outside ${dir}; not read`);
    if (!(await stat(from)).isFile()) return fail('E101', `its record ${from} is not a regular file; not read`);
    json = line === null ? (await readFile(from, 'utf8')).trim() : await readLine(from, line.offset, line.length);
  } catch (err) {
    return fail('E101', `its record ${from} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let record: DocRecord;
  try {
    record = DocRecord.parse(JSON.parse(json));
  } catch (err) {
    return fail(
      'E101',
      `its record ${from} is not a valid record (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`,
    );
  }
  if (record.id !== entry.id)
    return fail('E101', `its record ${from} is the record of ${JSON.stringify(record.id)}, not of this id`);
  const placed: ManifestEntry = { ...entry, record: target! };
  delete placed.offset;
  delete placed.length;
  if (!keepFile && files) {
    const tmp = staging.file('record');
    await writeFile(tmp, json + '\n');
    await staging.commit(tmp, to);
  }
  if (!keepFile && !files) {
    placed.offset = jsonl.position;
    placed.length = Buffer.byteLength(json) + 1;
  }
  await jsonl.write(json + '\n');
  return placed;
}

/** The line of `records.jsonl` at `offset` (`length` bytes with its newline), without the newline. */
async function readLine(file: string, offset: number, length: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    if (bytesRead !== length || buffer[length - 1] !== 0x0a)
      throw new Error(`no record line of ${length} bytes at offset ${offset}`);
    return buffer.toString('utf8', 0, length - 1);
  } finally {
    await handle.close();
  }
}
