import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Manifest } from '../schema/manifest.js';
import type { DocRecord } from '../schema/record.js';
import { readRecord, upgradeNotice } from '../record/upgrade.js';
import { RECORDS_DIR } from './write.js';

/** A record file (or records.jsonl line) that could not be read as a `DocRecord`. */
export interface LoadProblem {
  /** File, with `:line` for records.jsonl. */
  where: string;
  message: string;
}

export interface RecordSource {
  /** Records one at a time, in order: records.jsonl when present, else every `*.json` record file. */
  records: AsyncIterable<DocRecord>;
  /** Filled while `records` is iterated. */
  problems: LoadProblem[];
  /** What was read: `records.jsonl`, `json files` or the file given. */
  origin: string;
  /** Records read from an older schema and upgraded (src/record/upgrade.ts); counted while `records` is iterated. */
  upgraded: { count: number };
}

/** Called once per source, at the first record of an older schema (by default one line on stderr). */
export type UpgradeNotice = (line: string) => void;
const stderrNotice: UpgradeNotice = (line) => process.stderr.write(line + '\n');

interface Reading {
  problems: LoadProblem[];
  upgraded: { count: number };
  notice: UpgradeNotice;
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

function parseRecord(text: string, where: string, reading: Reading): DocRecord | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    reading.problems.push({ where, message: `not JSON (${firstLine(err)})` });
    return undefined;
  }
  const read = readRecord(data);
  if (!read.ok) {
    reading.problems.push({ where, message: read.message });
    return undefined;
  }
  if (read.record.schemaVersion !== read.from && reading.upgraded.count++ === 0)
    reading.notice(upgradeNotice(where, read.from));
  return read.record;
}

async function* jsonl(file: string, reading: Reading): AsyncGenerator<DocRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const record = parseRecord(line, `${file}:${n}`, reading);
    if (record) yield record;
  }
}

/**
 * Record files under a folder, sorted, depth first; skips the manifest, gold files and dot files unless `all`
 * (records/).
 */
async function recordFiles(dir: string, all = false): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (!all && entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await recordFiles(full, all)));
    else if (
      entry.isFile() &&
      entry.name.endsWith('.json') &&
      (all || (entry.name !== 'manifest.json' && !entry.name.endsWith('.gold.json')))
    ) {
      out.push(full);
    }
  }
  return out;
}

async function* jsonFiles(files: string[], reading: Reading): AsyncGenerator<DocRecord> {
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      reading.problems.push({ where: file, message: `cannot be read (${firstLine(err)})` });
      continue;
    }
    const record = parseRecord(text, file, reading);
    if (record) yield record;
  }
}

/**
 * Opens the records of an `extract` output folder (or one `.jsonl` / `.json` file) for streaming.
 * Throws `ENOENT`-style errors only for a path that does not exist.
 */
export async function openRecords(input: string, notice: UpgradeNotice = stderrNotice): Promise<RecordSource> {
  const problems: LoadProblem[] = [];
  const upgraded = { count: 0 };
  const reading: Reading = { problems, upgraded, notice };
  const info = await stat(input);
  if (info.isFile()) {
    const records = input.endsWith('.jsonl') ? jsonl(input, reading) : jsonFiles([input], reading);
    return { records, problems, origin: input, upgraded };
  }
  const lines = path.join(input, 'records.jsonl');
  const hasJsonl = await stat(lines).then(
    (s) => s.isFile(),
    () => false,
  );
  if (hasJsonl) return { records: jsonl(lines, reading), problems, origin: lines, upgraded };
  // The record files of an extract output are under records/ (where any name is a record's); a folder
  // without one is read whole, minus the manifest and gold files.
  const files = path.join(input, RECORDS_DIR);
  const hasFiles = await stat(files).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (hasFiles)
    return {
      records: jsonFiles(await recordFiles(files, true), reading),
      problems,
      origin: `${files} (*.json)`,
      upgraded,
    };
  return { records: jsonFiles(await recordFiles(input), reading), problems, origin: `${input} (*.json)`, upgraded };
}

/** The folder's `manifest.json`, or null when there is none; a manifest that does not validate is reported. */
export async function readManifest(dir: string): Promise<{ manifest: Manifest | null; problem?: LoadProblem }> {
  const file = path.join(dir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { manifest: null };
  }
  try {
    const parsed = Manifest.safeParse(JSON.parse(text));
    if (parsed.success) return { manifest: parsed.data };
    return { manifest: null, problem: { where: file, message: `not a manifest (${firstLine(parsed.error)})` } };
  } catch (err) {
    return { manifest: null, problem: { where: file, message: `not JSON (${firstLine(err)})` } };
  }
}

/** All records of a folder by id (for `diff`); a record that cannot be read is an error naming it. */
export async function recordsById(dir: string, notice?: UpgradeNotice): Promise<Map<string, DocRecord>> {
  const source = await openRecords(dir, notice);
  const map = new Map<string, DocRecord>();
  for await (const r of source.records) map.set(r.id, r);
  if (source.problems.length) throw new Error(source.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return map;
}
