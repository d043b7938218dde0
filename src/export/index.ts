import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { DocRecord } from '../schema/record.js';
import { openRecords, type LoadProblem } from '../batch/records.js';
import { inside } from '../batch/write.js';
import { toTimeML } from './timeml.js';
import { csvRow, offsetMapper, type CsvValue, type OffsetUnit } from './csv.js';
import { lastStartingAtOrBefore } from '../text/spans.js';
import { sentenceText as textOf } from '../record/ids.js';

export { csvField, csvRow, offsetMapper, type OffsetUnit } from './csv.js';
export { toTimeML } from './timeml.js';

/**
 * The tables and their columns. Each row is keyed by `doc_id` and the item's id in its record (`mention_id` `e12`,
 * `timex_id` `t3`, `commitment_id` `c2`, `quote_id` `q1`), so the tables join: `commitment_actors` has a row per
 * party of a commitment (actor, target or object) with its cluster and mention, `commitment_times` a row per timex
 * that dates one. `start`/`end` columns are in the chosen offset unit.
 */
export const CSV_COLUMNS = {
  mentions: [
    'doc_id',
    'mention_id',
    'start',
    'end',
    'text',
    'type',
    'cluster',
    'canonical',
    'sentence',
    'sentence_text',
    'rule',
  ],
  timex: [
    'doc_id',
    'timex_id',
    'start',
    'end',
    'text',
    'type',
    'value',
    'mod',
    'begin_value',
    'end_value',
    'anchor_offset',
    'sentence',
    'sentence_text',
    'rule',
  ],
  commitments: [
    'doc_id',
    'commitment_id',
    'type',
    'negated',
    'status',
    'status_rule',
    'status_cue',
    'actors',
    'actor_ids',
    'actor_mentions',
    'target',
    'object',
    'time_ids',
    'time_values',
    'trigger_start',
    'trigger_end',
    'trigger_text',
    'content_start',
    'content_end',
    'content_text',
    'basis',
    'cameo',
    'plover',
    'sentence',
    'sentence_text',
    'rule',
  ],
  commitment_actors: ['doc_id', 'commitment_id', 'role', 'position', 'cluster', 'canonical', 'mention_id'],
  commitment_times: ['doc_id', 'commitment_id', 'timex_id', 'value'],
  quotes: [
    'doc_id',
    'quote_id',
    'start',
    'end',
    'text',
    'speaker',
    'speaker_id',
    'speaker_mention',
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
  const values = new Map(record.timex.map((t) => [t.id, t.value]));
  const sentences = record.sentences;
  const sentenceText = (i: number | undefined) => (i === undefined ? '' : textOf(record, i));
  /** Index of the sentence holding `offset`, or undefined (between two sentences). */
  const sentenceAt = (offset: number): number | undefined => {
    const i = lastStartingAtOrBefore(sentences, offset);
    return i >= 0 && offset < sentences[i]!.end ? i : undefined;
  };
  /** The text of every sentence a span touches (from sentence `first`, the one it starts in). */
  const sentencesOf = (first: number, start: number, end: number): string => {
    const last = sentenceAt(Math.max(start, end - 1));
    if (last === undefined || last <= first) return sentenceText(first);
    return sentences
      .slice(first, last + 1)
      .map((_, k) => textOf(record, first + k))
      .join(' ');
  };
  const id = record.id;
  const parties: CsvValue[][] = [];
  const times: CsvValue[][] = [];
  for (const c of record.commitments) {
    const add = (role: string, clusters: string[], mentions: (string | null)[]) =>
      clusters.forEach((x, k) => parties.push([id, c.id, role, k + 1, x, name(x), mentions[k] ?? null]));
    add('actor', c.actors, c.actorMentions);
    add('target', c.target, c.targetMentions);
    add('object', c.object, c.objectMentions);
    for (const t of c.time) times.push([id, c.id, t, values.get(t) ?? null]);
  }
  return {
    mentions: record.entities.map((e) => [
      id,
      e.id,
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
    timex: record.timex.map((t) => [
      id,
      t.id,
      at(t.start),
      at(t.end),
      t.text,
      t.type,
      t.value,
      t.mod,
      t.beginPoint?.value,
      t.endPoint?.value,
      t.anchor?.offset,
      t.sentence,
      sentencesOf(t.sentence, t.start, t.end),
      t.rule,
    ]),
    commitments: record.commitments.map((c) => [
      id,
      c.id,
      c.type,
      c.negated,
      c.status,
      c.statusRule,
      c.statusCue?.text,
      c.actors.map(name).join('; '),
      c.actors.join('; '),
      c.actorMentions.map((m) => m ?? '').join('; '),
      c.target.map(name).join('; '),
      c.object.map(name).join('; '),
      c.time.join('; '),
      c.time.map((t) => values.get(t) ?? '').join('; '),
      at(c.trigger.start),
      at(c.trigger.end),
      c.trigger.text,
      c.content ? at(c.content.start) : null,
      c.content ? at(c.content.end) : null,
      c.content?.text,
      c.basis?.join('; '),
      c.cameo,
      c.plover,
      c.sentence,
      sentenceText(c.sentence),
      c.rule,
    ]),
    commitment_actors: parties,
    commitment_times: times,
    quotes: record.quotes.map((q) => [
      id,
      q.id,
      at(q.start),
      at(q.end),
      q.text,
      name(q.speaker),
      q.speaker,
      q.speakerMention,
      q.cue ? at(q.cue.start) : null,
      q.cue ? at(q.cue.end) : null,
      q.cue?.text,
      q.sentence,
      sentencesOf(q.sentence, q.start, q.end),
      q.rule,
    ]),
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

export interface TimeMLResult {
  records: number;
  files: number;
  timex: number;
  problems: LoadProblem[];
}

/** Writes `<out>/<id>.tml`, one TimeML document per record of `input` (src/export/timeml.ts). */
export async function exportTimeML(input: string, out: string): Promise<TimeMLResult> {
  const source = await openRecords(input);
  await mkdir(out, { recursive: true });
  const result: TimeMLResult = { records: 0, files: 0, timex: 0, problems: source.problems };
  for await (const record of source.records) {
    result.records++;
    // The id was validated with the record (SAFE_ID); checked again here because it names the file.
    const file = inside(out, `${record.id}.tml`);
    if (file === null) {
      source.problems.push({ where: record.id, message: 'its id is not a plain relative path; no file written' });
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, toTimeML(record));
    result.files++;
    result.timex += record.timex.length;
  }
  return result;
}

async function put(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Streams the records of `input` into `<out>/mentions.csv`, `timex.csv`, `commitments.csv`, `commitment_actors.csv`,
 * `commitment_times.csv` and `quotes.csv`.
 */
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
