import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Manifest, ManifestEntry } from '../schema/manifest.js';
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
