import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ManifestEntry } from '../schema/manifest.js';
import { PIPELINE_VERSION } from '../version.js';
import { QUEUE_DIR } from './jobs.js';

/** One line of a worker's journal: a job finished (done, skipped or failed for good). */
export interface JournalLine {
  /** Pipeline version of the worker. */
  v: string;
  /** BullMQ job id. */
  job: string;
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

/**
 * A worker's own journal part, `<out>/.siaran-queue/<queue>/<host>-<pid>-<random>.jsonl`: one worker
 * appends to it, so workers on several machines never write the same file. Each line is appended
 * and fsynced before its job is reported complete to Redis (appends are serialised).
 */
export class PartJournal {
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly handle: FileHandle,
    readonly file: string,
  ) {}

  static async open(dir: string): Promise<PartJournal> {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${tag()}.jsonl`);
    return new PartJournal(await open(file, 'a'), file);
  }

  append(line: Omit<JournalLine, 'v'>): Promise<void> {
    const data = JSON.stringify({ v: PIPELINE_VERSION, ...line }) + '\n';
    const next = this.chain.then(async () => {
      await this.handle.appendFile(data);
      await this.handle.datasync();
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.handle.close();
  }
}

/**
 * Atomic record writes for a worker: a temporary file in `<out>/.siaran-queue/tmp/<host>-<pid>-<random>/`
 * (inside the output folder, so on the same file system) renamed into place. Two workers writing the
 * same record (a job taken over after its worker was killed) each rename a complete file.
 */
export class RecordWriter {
  private n = 0;
  private readonly made = new Set<string>();

  private constructor(
    private readonly out: string,
    readonly dir: string,
  ) {}

  static async create(out: string): Promise<RecordWriter> {
    const dir = path.join(out, QUEUE_DIR, 'tmp', tag());
    await mkdir(dir, { recursive: true });
    return new RecordWriter(out, dir);
  }

  /** Writes `<out>/<relative>`; refuses a path outside the output folder (job data comes from Redis). */
  async write(relative: string, data: string): Promise<void> {
    const target = path.resolve(this.out, relative);
    const rel = path.relative(path.resolve(this.out), target);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep)[0] === QUEUE_DIR) {
      throw new Error(`record path ${JSON.stringify(relative)} is outside the output folder`);
    }
    const parent = path.dirname(target);
    if (!this.made.has(parent)) {
      await mkdir(parent, { recursive: true });
      this.made.add(parent);
    }
    const tmp = path.join(this.dir, `${++this.n}.tmp`);
    await writeFile(tmp, data);
    await rename(tmp, target);
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
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
        input: typeof raw.input === 'string' ? raw.input : '',
        started: typeof raw.started === 'string' ? raw.started : raw.at,
        at: raw.at,
        by: typeof raw.by === 'string' ? raw.by : '?',
        e: e.data,
      };
    }
  }
}
