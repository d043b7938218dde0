/**
 * Reading records of an older schema (one release of grace): a v1 record (schema 1.0) becomes the v2 record that
 * `extract` makes of the same layers (src/record/ids.ts gives the ids, sentences, mention links and commitments'
 * `time`). Only the status evidence (`statusRule`, `statusCue`) stays absent: it is read from the tokens by the
 * commitment stage, and v1 did not keep it (nor `ongoing`, which v1 left unmarked). The readers
 * (`report`, `export`, `diff`, `eval`, `brat`) get records through `readRecord` and never see v1.
 */
import { DocRecord, SCHEMA_VERSION } from '../schema/record.js';
import { DocRecordV1, SCHEMA_VERSION_V1 } from '../schema/record-v1.js';
import { linkLayers } from './ids.js';

/** The v2 record of a v1 record. */
export function upgradeV1(v1: DocRecordV1): DocRecord {
  const layers = linkLayers(v1, v1.text, { sentenceText: true });
  const { schemaVersion: _v, ...rest } = v1;
  return DocRecord.parse({ ...rest, schemaVersion: SCHEMA_VERSION, ...layers });
}

export type ReadResult = { ok: true; record: DocRecord; from: string } | { ok: false; message: string };

const issueOf = (error: { issues: { path: PropertyKey[]; message: string }[] }): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
};

/**
 * A parsed JSON value as a current record: a v2 record as it is, a v1 record upgraded (`from` says which schema it
 * was written in), anything else an error naming the first problem.
 */
export function readRecord(data: unknown): ReadResult {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === SCHEMA_VERSION_V1) {
    const v1 = DocRecordV1.safeParse(data);
    if (!v1.success) return { ok: false, message: `not a ${SCHEMA_VERSION_V1} record (${issueOf(v1.error)})` };
    return { ok: true, record: upgradeV1(v1.data), from: SCHEMA_VERSION_V1 };
  }
  const parsed = DocRecord.safeParse(data);
  if (!parsed.success) return { ok: false, message: `not a record (${issueOf(parsed.error)})` };
  return { ok: true, record: parsed.data, from: SCHEMA_VERSION };
}

/** The one line a reader prints when it first meets a record of an older schema. */
export function upgradeNotice(where: string, from: string): string {
  return (
    `siaran: ${where}: a schema ${from} record, read as ${SCHEMA_VERSION} ` +
    `(older records are read for one release; extract again to write ${SCHEMA_VERSION})`
  );
}
