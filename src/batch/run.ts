import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { Manifest, type ManifestEntry } from '../schema/manifest.js';
import { SCHEMA_VERSION } from '../schema/record.js';
import { PIPELINE_VERSION } from '../version.js';
import { processFile, type Processed, type ProcessOptions } from './process.js';
import { walk } from './walk.js';
import { recordFile, writeAtomic } from './write.js';

export interface RunOptions extends ProcessOptions {
  out: string;
  /** Files read and processed at once. */
  concurrency?: number;
  /** Called after each document with the running counts (the CLI shows progress on a TTY). */
  onProgress?: (entry: ManifestEntry, counts: Manifest['counts']) => void;
}

/**
 * Extracts every `.txt` under the inputs into `out`: one `<id>.json` per record, `records.jsonl` in
 * input order, and `manifest.json` listing every input as done, skipped or failed. Results are
 * written in walk order whatever finishes first; at most `4 × concurrency` are held in memory.
 */
export async function runBatch(inputs: readonly string[], options: RunOptions): Promise<Manifest> {
  const startedAt = new Date().toISOString();
  const out = options.out;
  await mkdir(out, { recursive: true });
  const limit = pLimit(options.concurrency ?? 4);
  const window = (options.concurrency ?? 4) * 4;

  const jsonlPath = path.join(out, 'records.jsonl');
  const jsonlTmp = `${jsonlPath}.${process.pid}.tmp`;
  const jsonl = createWriteStream(jsonlTmp);
  const documents: ManifestEntry[] = [];
  const counts = { done: 0, skipped: 0, failed: 0 };
  const seenIds = new Map<string, string>();

  const pending: Promise<Processed>[] = [];
  const flush = async (): Promise<void> => {
    const { entry, record } = await pending.shift()!;
    if (record) {
      const file = recordFile(record.id);
      const json = JSON.stringify(record);
      await writeAtomic(path.join(out, file), json + '\n');
      if (!jsonl.write(json + '\n')) await new Promise<void>((resolve) => jsonl.once('drain', () => resolve()));
      entry.record = file;
    }
    documents.push(entry);
    counts[entry.status]++;
    options.onProgress?.(entry, counts);
  };

  for await (const found of walk(inputs)) {
    if (found.kind === 'bad') {
      pending.push(Promise.resolve({ entry: { id: found.id, path: found.path, status: found.code === 'E104' ? 'skipped' : 'failed', code: found.code, reason: found.reason } }));
    } else {
      const earlier = seenIds.get(found.id);
      if (earlier !== undefined) {
        const reason = `${found.path}: id "${found.id}" is already taken by ${earlier}; not processed`;
        pending.push(Promise.resolve({ entry: { id: found.id, path: found.path, status: 'failed', code: 'E106', reason } }));
      } else {
        seenIds.set(found.id, found.path);
        pending.push(limit(() => processFile(found.path, found.id, options)));
      }
    }
    while (pending.length >= window) await flush();
  }
  while (pending.length > 0) await flush();

  await new Promise<void>((resolve, reject) => jsonl.end((err?: Error | null) => (err ? reject(err) : resolve())));
  await rename(jsonlTmp, jsonlPath);

  const manifest: Manifest = Manifest.parse({
    schemaVersion: SCHEMA_VERSION,
    pipelineVersion: PIPELINE_VERSION,
    startedAt,
    finishedAt: new Date().toISOString(),
    inputs: [...inputs],
    counts,
    documents,
  });
  await writeAtomic(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
