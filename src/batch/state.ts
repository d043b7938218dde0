import { createReadStream } from 'node:fs';
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ManifestEntry } from '../schema/manifest.js';
import { PIPELINE_VERSION } from '../version.js';
import { named, type Staging } from './write.js';

/** Append-only log of finished documents in an output folder, fsynced in groups (survives `kill -9`). */
export const JOURNAL = 'journal.jsonl';
export const MANIFEST = 'manifest.json';

/** What a run knows about a document from an earlier run: the pipeline version and its entry. */
export interface Known {
  v: string;
  e: ManifestEntry;
}

/**
 * The resume state of an output folder: entries of the last manifest, overridden by the journal
 * (newer: written by a run that was killed or interrupted after that manifest). Only entries with a
 * record file are kept, as only they can be reused; a truncated last journal line is ignored.
 */
export async function loadState(out: string): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  const keep = (v: string, e: ManifestEntry): void => {
    if (e.id !== null && e.record !== undefined && e.sha256 !== undefined) known.set(e.id, { v, e });
  };
  try {
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as {
      pipelineVersion?: unknown;
      documents?: unknown;
    };
    if (typeof manifest.pipelineVersion === 'string' && Array.isArray(manifest.documents)) {
      for (const raw of manifest.documents) {
        const e = ManifestEntry.safeParse(raw);
        if (e.success) keep(manifest.pipelineVersion, e.data);
      }
    }
  } catch {
    // No manifest (first run) or an unreadable one: nothing to reuse from it.
  }
  for await (const k of readJournal(path.join(out, JOURNAL))) {
    if (k.e.record === undefined && k.e.id !== null) known.delete(k.e.id); // redone since, without a record
    keep(k.v, k.e);
  }
  return known;
}

async function* readJournal(file: string): AsyncGenerator<Known> {
  let stream;
  try {
    stream = createReadStream(file, 'utf8');
    await new Promise<void>((resolve, reject) => stream!.once('open', () => resolve()).once('error', reject));
  } catch {
    return;
  }
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    try {
      const raw = JSON.parse(line) as { v?: unknown; e?: unknown };
      const e = ManifestEntry.safeParse(raw.e);
      if (typeof raw.v === 'string' && e.success) yield { v: raw.v, e: e.data };
    } catch {
      // A line cut short by a kill: its document is simply done again.
    }
  }
}

/**
 * The journal of the running batch: `add` buffers, `commit` appends and fsyncs (group commit, once per
 * flush of finished documents). A document is reported done only after its line is committed.
 */
export class Journal {
  private lines: string[] = [];

  private constructor(
    private readonly handle: FileHandle,
    readonly file: string,
  ) {}

  static async open(out: string): Promise<Journal> {
    const file = path.join(out, JOURNAL);
    return new Journal(await open(file, 'a'), file);
  }

  add(entry: ManifestEntry): void {
    this.lines.push(JSON.stringify({ v: PIPELINE_VERSION, e: entry }) + '\n');
  }

  /** Appends entries given as JSON (`JSON.stringify(entry)`, not stringified again) and fsyncs them. */
  async append(entries: readonly string[]): Promise<void> {
    const head = `{"v":${JSON.stringify(PIPELINE_VERSION)},"e":`;
    try {
      await this.handle.appendFile(entries.map((e) => head + e + '}\n').join(''));
      await this.handle.datasync();
    } catch (err) {
      throw named(err, this.file);
    }
  }

  async commit(): Promise<void> {
    if (this.lines.length === 0) return;
    const data = this.lines.join('');
    this.lines = [];
    await this.handle.appendFile(data);
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.commit();
    await this.handle.close();
  }

  /** A complete manifest now holds everything: the journal is no longer needed. */
  async remove(): Promise<void> {
    await rm(this.file, { force: true });
  }

  /**
   * After an interruption the manifest lists only this run's documents, so the journal is rewritten
   * (atomically, before the manifest) to hold the full resume state: this run's entries and the
   * earlier ones it did not reach.
   */
  static async compact(
    file: string,
    staging: Staging,
    entries: AsyncIterable<ManifestEntry>,
    earlier: Map<string, Known>,
  ): Promise<void> {
    const tmp = staging.file('journal');
    const handle = await open(tmp, 'w');
    let chunk = '';
    const write = async (line: string, force = false): Promise<void> => {
      chunk += line;
      if (force || chunk.length > 1 << 18) {
        await handle.appendFile(chunk);
        chunk = '';
      }
    };
    try {
      const seen = new Set<string>();
      for await (const e of entries) {
        if (e.id !== null) seen.add(e.id);
        await write(JSON.stringify({ v: PIPELINE_VERSION, e }) + '\n');
      }
      for (const [id, k] of earlier) if (!seen.has(id)) await write(JSON.stringify(k) + '\n');
      await write('', true);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await staging.commit(tmp, file);
  }
}
