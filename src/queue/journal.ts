import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Segment } from '../batch/process.js';
import { ManifestEntry } from '../schema/manifest.js';
import { PIPELINE_VERSION } from '../version.js';

/** One line of a worker's journal: a job finished (done, skipped or failed for good). */
export interface JournalLine {
  /** Pipeline version of the worker. */
  v: string;
  /** BullMQ job id of the document (for a document of a batch: the id it would have alone). */
  job: string;
  /** The batch job that carried the document, if one did. */
  batch?: string;
  /** The enqueue argument the document was found under. */
  input: string;
  /** When the worker took the job and when it finished it (ISO 8601). */
  started: string;
  at: string;
  /** The worker (`host:pid`). */
  by: string;
  e: ManifestEntry;
}

/** A random suffix: worker files on a shared folder must not collide across machines (pids can). */
const tag = (): string => `${hostname().replace(/[^A-Za-z0-9.-]/g, '_')}-${process.pid}-${randomUUID().slice(0, 8)}`;

/** How a worker's records part is named next to its journal part (not `.jsonl`: readJournals skips it). */
export const RECORDS_PART_EXT = '.records';

/**
 * A worker's own journal part, `<out>/.siaran-queue/<queue>/<host>-<pid>-<random>.jsonl`, and its records
 * part next to it (`….records`, a record a line, as `records.jsonl`): one worker appends to them, so workers
 * on several machines never write the same file. A journal line names its record's line in the records part
 * (`record`, `offset`, `length`, as a manifest entry of `extract` names its line of `records.jsonl`), for
 * `siaran status --manifest` to copy into `records.jsonl`. Both are on disk (fsynced, records first)
 * before `append` resolves, and so before the job is reported complete to Redis. Group commit, as
 * `extract`'s journal: one write + fsync runs at a time and takes every line added meanwhile, so that
 * jobs finishing together cost one write and one fsync of each file, and no file is created per record
 * (about 1 ms of CPU each on the 2-core machine of docs/BENCHMARKS.md, as much as extracting a small
 * document).
 */
export class PartJournal {
  private pending: {
    line: Omit<JournalLine, 'v'>;
    record: string | Segment | null;
    done: () => void;
    failed: (err: unknown) => void;
  }[] = [];
  private running: Promise<void> | null = null;
  private recordsLength = 0;
  /** Part files of this worker's extraction threads (Segment.part), open for their fsync. */
  private readonly threadParts = new Map<string, FileHandle>();

  private constructor(
    private readonly handle: FileHandle,
    private readonly records: FileHandle,
    /** The records part, relative to the output folder (what journal lines name). */
    private readonly recordsPart: string,
    private readonly out: string,
    readonly file: string,
    /**
     * Where this worker's extraction threads append the records they make (one part file each, `w<thread>.lines`):
     * a journal line names its record's line there, and no record passes through the main thread.
     */
    readonly partsDir: string,
  ) {}

  static async open(dir: string, out: string): Promise<PartJournal> {
    await mkdir(dir, { recursive: true });
    const name = tag();
    const file = path.join(dir, `${name}.jsonl`);
    const recordsFile = path.join(dir, `${name}${RECORDS_PART_EXT}`);
    const records = await open(recordsFile, 'a');
    const partsDir = path.join(dir, `${name}.parts`);
    await mkdir(partsDir, { recursive: true });
    return new PartJournal(await open(file, 'a'), records, path.relative(out, recordsFile), out, file, partsDir);
  }

  /**
   * Appends `line`, with its record: its JSON (written to the records part), or where an extraction thread
   * appended it (fsynced with the group), or none.
   */
  append(line: Omit<JournalLine, 'v'>, record: string | Segment | null = null): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.pending.push({ line, record, done, failed });
      this.running ??= this.loop();
    });
  }

  private async loop(): Promise<void> {
    // Waits for the turn of the event loop to end, so that lines added one after another go in one commit.
    await new Promise(setImmediate);
    try {
      while (this.pending.length > 0) {
        const group = this.pending;
        this.pending = [];
        const start = this.recordsLength;
        try {
          const records: string[] = [];
          const lines: string[] = [];
          const parts = new Set<FileHandle>();
          for (const { line, record } of group) {
            if (record !== null && typeof record === 'object') {
              let part = this.threadParts.get(record.part);
              if (!part) {
                part = await open(record.part, 'r');
                this.threadParts.set(record.part, part);
              }
              parts.add(part);
              const rel = path.relative(this.out, record.part);
              line.e = { ...line.e, record: rel, offset: record.offset, length: record.length };
            } else if (record !== null) {
              const text = record + '\n';
              const length = Buffer.byteLength(text);
              line.e = { ...line.e, record: this.recordsPart, offset: this.recordsLength, length };
              this.recordsLength += length;
              records.push(text);
            }
            lines.push(JSON.stringify({ v: PIPELINE_VERSION, ...line }) + '\n');
          }
          if (records.length > 0) {
            await this.records.appendFile(records.join(''));
            await this.records.datasync();
          }
          for (const part of parts) await part.datasync();
          await this.handle.appendFile(lines.join(''));
          await this.handle.datasync();
          for (const g of group) g.done();
        } catch (err) {
          // What was appended of this group is named by no journal line; the next group starts after it.
          this.recordsLength = await this.records.stat().then(
            (st) => st.size,
            () => start,
          );
          for (const g of group) g.failed(err);
        }
      }
    } finally {
      this.running = null;
    }
  }

  async close(): Promise<void> {
    while (this.running) await this.running;
    await this.handle.close();
    await this.records.close();
    for (const part of this.threadParts.values()) await part.close();
  }
}

/** Every line of every journal part of a queue's folder (a line cut short by a kill is skipped). */
export async function* readJournals(dir: string): AsyncGenerator<JournalLine> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort();
  } catch {
    return;
  }
  for (const name of names) {
    for await (const text of createInterface({
      input: createReadStream(path.join(dir, name), 'utf8'),
      crlfDelay: Infinity,
    })) {
      if (text.trim() === '') continue;
      let raw: Partial<JournalLine>;
      try {
        raw = JSON.parse(text) as Partial<JournalLine>;
      } catch {
        continue;
      }
      const e = ManifestEntry.safeParse(raw.e);
      if (!e.success || typeof raw.job !== 'string' || typeof raw.at !== 'string') continue;
      yield {
        v: typeof raw.v === 'string' ? raw.v : '?',
        job: raw.job,
        ...(typeof raw.batch === 'string' ? { batch: raw.batch } : {}),
        input: typeof raw.input === 'string' ? raw.input : '',
        started: typeof raw.started === 'string' ? raw.started : raw.at,
        at: raw.at,
        by: typeof raw.by === 'string' ? raw.by : '?',
        e: e.data,
      };
    }
  }
}
