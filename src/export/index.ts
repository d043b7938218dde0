import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { DocRecord } from '../schema/record.js';
import { openRecords, type LoadProblem } from '../batch/records.js';
import { csvRow, offsetMapper, type CsvValue, type OffsetUnit } from './csv.js';
import { lastStartingAtOrBefore } from '../text/spans.js';
import { sentenceText as textOf } from '../record/ids.js';

export { csvField, csvRow, offsetMapper, type OffsetUnit } from './csv.js';

/** The four tables and their columns. `start`/`end` columns are in the chosen offset unit. */
export const CSV_COLUMNS = {
  entities: ['doc_id', 'start', 'end', 'text', 'type', 'cluster', 'canonical', 'sentence', 'sentence_text', 'rule'],
  timex: [
    'doc_id',
    'start',
    'end',
    'text',
    'type',
    'value',
    'mod',
    'anchor_offset',
    'sentence',
    'sentence_text',
    'rule',
  ],
  commitments: [
    'doc_id',
    'type',
    'negated',
    'status',
    'actors',
    'actor_ids',
    'target',
    'object',
    'trigger_start',
    'trigger_end',
    'trigger_text',
    'content_start',
    'content_end',
    'content_text',
    'confidence',
    'cameo',
    'plover',
    'sentence',
    'sentence_text',
    'rule',
  ],
  quotes: [
    'doc_id',
    'start',
    'end',
    'text',
    'speaker',
    'speaker_id',
    'cue_start',
    'cue_end',
    'cue_text',
    'sentence',
    'sentence_text',
    'rule',
  ],
} as const;
export type CsvTable = keyof typeof CSV_COLUMNS;

/** Rows of one record, per table (offsets already in `unit`). */
export function recordRows(record: DocRecord, unit: OffsetUnit = 'utf16'): Record<CsvTable, CsvValue[][]> {
  const at = offsetMapper(record.text, unit);
  const names = new Map(record.clusters.map((c) => [c.id, c.canonical]));
  const name = (id: string | null) => (id === null ? '' : (names.get(id) ?? id));
  const sentences = record.sentences;
  const sentenceText = (i: number | undefined) => (i === undefined ? '' : textOf(record, i));
  /** Index of the sentence holding `offset`, or undefined (between two sentences). */
  const sentenceAt = (offset: number): number | undefined => {
    const i = lastStartingAtOrBefore(sentences, offset);
    return i >= 0 && offset < sentences[i]!.end ? i : undefined;
  };
  /** Sentence index (first one) and the text of every sentence a span touches. */
  const sentenceOf = (start: number, end: number): [number | undefined, string] => {
    const first = sentenceAt(start);
    const last = sentenceAt(Math.max(start, end - 1));
    if (first === undefined) return [undefined, ''];
    if (last === undefined || last === first) return [first, sentenceText(first)];
    return [
      first,
      sentences
        .slice(first, last + 1)
        .map((_, k) => textOf(record, first + k))
        .join(' '),
    ];
  };
  const id = record.id;
  return {
    entities: record.entities.map((e) => [
      id,
      at(e.start),
      at(e.end),
      e.text,
      e.type,
      e.cluster,
      name(e.cluster),
      e.sentence,
      sentenceText(e.sentence),
      e.rule,
    ]),
    timex: record.timex.map((t) => {
      const [i, s] = sentenceOf(t.start, t.end);
      return [id, at(t.start), at(t.end), t.text, t.type, t.value, t.mod, t.anchor?.offset, i, s, t.rule];
    }),
    commitments: record.commitments.map((c) => [
      id,
      c.type,
      c.negated,
      c.status,
      c.actors.map(name).join('; '),
      c.actors.join('; '),
      c.target.map(name).join('; '),
      c.object.map(name).join('; '),
      at(c.trigger.start),
      at(c.trigger.end),
      c.trigger.text,
      c.content ? at(c.content.start) : null,
      c.content ? at(c.content.end) : null,
      c.content?.text,
      c.confidence,
      c.cameo,
      c.plover,
      c.sentence,
      sentenceText(c.sentence),
      c.rule,
    ]),
    quotes: record.quotes.map((q) => {
      const [i, s] = sentenceOf(q.start, q.end);
      return [
        id,
        at(q.start),
        at(q.end),
        q.text,
        name(q.speaker),
        q.speaker,
        q.cue ? at(q.cue.start) : null,
        q.cue ? at(q.cue.end) : null,
        q.cue?.text,
        i,
        s,
        q.rule,
      ];
    }),
  };
}

export interface ExportOptions {
  offsets?: OffsetUnit;
  /** Start each file with a UTF-8 byte-order mark (for spreadsheets that guess the encoding). */
  bom?: boolean;
  /** Write text cells as they are, without the `'` that keeps a spreadsheet from reading `=…` as a formula. */
  rawCells?: boolean;
}

export interface ExportResult {
  records: number;
  rows: Record<CsvTable, number>;
  files: Record<CsvTable, string>;
  problems: LoadProblem[];
}

async function put(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Streams the records of `input` into `<out>/entities.csv`, `timex.csv`, `commitments.csv` and `quotes.csv`. */
export async function exportCsv(input: string, out: string, options: ExportOptions = {}): Promise<ExportResult> {
  const source = await openRecords(input);
  await mkdir(out, { recursive: true });
  const tables = Object.keys(CSV_COLUMNS) as CsvTable[];
  const files = Object.fromEntries(tables.map((t) => [t, path.join(out, `${t}.csv`)])) as Record<CsvTable, string>;
  const streams = Object.fromEntries(tables.map((t) => [t, createWriteStream(files[t], 'utf8')])) as Record<
    CsvTable,
    WriteStream
  >;
  const rows = Object.fromEntries(tables.map((t) => [t, 0])) as Record<CsvTable, number>;
  let records = 0;
  try {
    for (const t of tables) await put(streams[t], (options.bom ? '\uFEFF' : '') + csvRow(CSV_COLUMNS[t]));
    for await (const record of source.records) {
      records++;
      const byTable = recordRows(record, options.offsets ?? 'utf16');
      for (const t of tables) {
        for (const row of byTable[t]) await put(streams[t], csvRow(row, options.rawCells));
        rows[t] += byTable[t].length;
      }
    }
  } finally {
    await Promise.all(
      tables.map(
        (t) =>
          new Promise<void>((resolve, reject) => {
            streams[t].once('error', reject);
            streams[t].end(() => resolve());
          }),
      ),
    );
  }
  return { records, rows, files, problems: source.problems };
}
