import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SAFE_ID } from '../schema/record.js';
import type { Found } from './walk.js';

/** Fields of a JSON-lines document that siaran reads itself; every other field goes into `meta`. */
const OWN = new Set(['id', 'text', 'dct', 'date']);

/**
 * The documents of a JSON-lines corpus, one per line: `{"id", "text", "dct" | "date", …}` as analysts'
 * corpora come. `id` is required, a plain relative path (it names a record file) and unique in the
 * file; `dct` (or `date`) is the document date; other fields are kept in `record.meta`. A bad line is
 * one failed entry naming the file and line (E112; E106 for an id given twice, E108 for an id that is
 * not a plain relative path, E103 for a text over `maxBytes`), never the end of the run. Streamed:
 * memory holds one line and the ids seen. `file` names the corpus in paths and reasons; the lines are
 * read from `input` when given (stdin, as `stdin`), else from that file.
 */
export async function* jsonlDocuments(
  file: string,
  maxBytes: number,
  input?: NodeJS.ReadableStream,
): AsyncGenerator<Found> {
  const seen = new Set<string>();
  let lineNo = 0;
  const bad = (code: string, reason: string, id: string | null = null): Found => ({
    kind: 'bad',
    path: `${file}:${lineNo}`,
    id,
    code,
    reason: `${file}, line ${lineNo}: ${reason}`,
  });
  const lines = createInterface({ input: input ?? createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (err) {
      yield bad('E112', `not JSON (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      yield bad('E112', 'not a JSON object');
      continue;
    }
    const fields = doc as Record<string, unknown>;
    const { id, text } = fields;
    const dct = fields['dct'] ?? fields['date'];
    if (typeof id !== 'string' || id === '') {
      yield bad('E112', 'no "id" (a non-empty string)');
      continue;
    }
    if (!SAFE_ID.test(id)) {
      yield bad('E108', `its id ${JSON.stringify(id)} is not a plain relative path; not processed`);
      continue;
    }
    if (seen.has(id)) {
      yield bad('E106', `id "${id}" is given twice in this file; not processed`, id);
      continue;
    }
    seen.add(id);
    if (typeof text !== 'string') {
      yield bad('E112', 'no "text" (a string)', id);
      continue;
    }
    if (dct !== undefined && dct !== null && typeof dct !== 'string') {
      yield bad('E112', '"dct" / "date" must be a string', id);
      continue;
    }
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
      yield {
        kind: 'bad',
        path: `${file}:${lineNo}`,
        id,
        code: 'E103',
        reason: `${file}, line ${lineNo}: text larger than --max-bytes (${maxBytes}); not processed`,
      };
      continue;
    }
    const meta: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (!OWN.has(key)) meta[key] = value;
    if (typeof dct === 'string') meta['dct'] = dct;
    yield { kind: 'inline', path: `${file}:${lineNo}`, id, text, meta };
  }
}
