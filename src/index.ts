import { hash } from 'node:crypto';
import { Doc, type DocMeta } from './doc.js';
import { runPipeline } from './pipeline.js';
import { DocRecord, SCHEMA_VERSION } from './schema/record.js';
import { fastCheck } from './schema/validate.js';
import { PIPELINE_VERSION } from './version.js';
import { linkLayers } from './record/ids.js';

export type { DocMeta } from './doc.js';
export { Doc } from './doc.js';
export { STAGES, runPipeline } from './pipeline.js';
export * from './schema/record.js';
export { PIPELINE_VERSION } from './version.js';

/** Where the text came from, when it came from a file (the CLI fills this in). */
export interface SourceInfo {
  path: string | null;
  /** sha256 of the bytes read; defaults to the sha256 of the text's UTF-8 bytes. */
  sha256?: string;
  bytes?: number;
  encoding?: string;
}

export interface ExtractOptions {
  source?: SourceInfo;
  /** Warnings met before the text existed, e.g. while decoding bytes. */
  warnings?: DocRecord['warnings'];
  /** Collect per-stage timings (for the benchmark). */
  timed?: boolean;
  /**
   * Keep each sentence's text in the record. Default true here: in memory a sentence's text is a slice sharing the
   * document's string, so it costs little, and code reading `sentence.text` keeps working. Whatever writes records
   * (`siaran extract`, the batch, the queue worker) passes false unless `--sentence-text` is given: on disk the
   * texts are copies, ~30 % of a record (docs/DECISIONS.md).
   */
  sentenceText?: boolean;
}

/**
 * Text and metadata in, validated record out. No I/O, no state between calls beyond loaded rules,
 * so worker threads and queues can run it as it is.
 */
export function extract(text: string, meta: DocMeta = {}, options: ExtractOptions = {}): DocRecord {
  const doc = new Doc(text, meta);
  if (options.warnings) doc.warnings.push(...options.warnings);
  runPipeline(doc, undefined, options.timed);
  return toRecord(doc, options.source, options.sentenceText ?? true);
}

/** `DocRecord` compiled to a check that reads the record without copying it (src/schema/validate.ts). */
const isCanonicalRecord = fastCheck(DocRecord);

/**
 * The document as a record, validated against the zod schema `DocRecord`. A record that the compiled
 * check accepts is one `DocRecord.parse` would return unchanged (same JSON), so it is returned as
 * it is; anything else goes through `DocRecord.parse`, which throws on an invalid record.
 */
export function toRecord(doc: Doc, source: SourceInfo = { path: null }, sentenceText = true): DocRecord {
  const { id, dct: _dct, dctSource: _dctSource, ...rest } = doc.meta;
  const layers = linkLayers(doc, doc.text, { sentenceText });
  const record: DocRecord = {
    schemaVersion: SCHEMA_VERSION,
    pipelineVersion: PIPELINE_VERSION,
    id: id ?? 'doc',
    source: {
      path: source.path,
      // One-shot hash: no Hash object per document (about 2 µs of the fixed cost of a record).
      sha256: source.sha256 ?? hash('sha256', doc.text),
      bytes: source.bytes ?? Buffer.byteLength(doc.text, 'utf8'),
      encoding: source.encoding ?? 'utf-8',
    },
    meta: rest,
    text: doc.text,
    dct: doc.dct,
    language: doc.language ?? { code: 'und', confidence: 0, candidates: [] },
    dateline: doc.dateline,
    sentences: layers.sentences,
    entities: layers.entities,
    clusters: doc.clusters,
    roles: layers.roles,
    timex: layers.timex,
    quotes: layers.quotes,
    commitments: layers.commitments,
    warnings: doc.warnings,
  };
  return isCanonicalRecord?.(record) ? record : DocRecord.parse(record);
}
