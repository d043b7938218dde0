import { readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Manifest, type Counts, type ManifestEntry } from '../schema/manifest.js';
import { DocRecord, SCHEMA_VERSION } from '../schema/record.js';
import { Lines, writeManifest, type ManifestHeader } from './manifest.js';
import { JOURNAL, MANIFEST } from './state.js';
import { inside, OutputLock, recordFile, Staging } from './write.js';

export interface MergeSummary extends ManifestHeader {
  failures: ManifestEntry[];
  /** Problems with the set of outputs as a whole (missing or repeated shards, interrupted runs). */
  problems: string[];
}

/** An output folder that cannot be merged (no readable manifest). */
export class MergeError extends Error {}

/** Code-unit order: the same on every machine and locale. */
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Joins the outputs of several runs (typically the shards of one corpus) into `out`: record files
 * copied, `records.jsonl` in id order, one manifest listing every document once. An id found in two
 * outputs keeps the first output's record and is listed again as failed (E106), so overlapping shards
 * show; missing shards of a `--shard i/n` set are reported as problems. Holds the manifest entries
 * (not the records) in memory.
 */
export async function mergeOutputs(dirs: readonly string[], out: string): Promise<MergeSummary> {
  const resolvedOut = path.resolve(out);
  const manifests: { dir: string; manifest: Manifest }[] = [];
  for (const dir of dirs) {
    if (path.resolve(dir) === resolvedOut) throw new MergeError(`${dir}: the merge output cannot be one of its inputs`);
    let raw: string;
    try {
      raw = await readFile(path.join(dir, MANIFEST), 'utf8');
    } catch (err) {
      throw new MergeError(`${path.join(dir, MANIFEST)}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)}); is ${dir} an output of siaran extract?`);
    }
    const parsed = Manifest.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new MergeError(`${path.join(dir, MANIFEST)}: not a siaran manifest (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    manifests.push({ dir, manifest: parsed.data });
  }

  const problems: string[] = [];
  for (const { dir, manifest } of manifests) {
    if (manifest.interrupted) problems.push(`${dir}: its run was interrupted; run it again to complete it before merging`);
  }
  const shards = manifests.map((m) => m.manifest.shard);
  if (shards.some((s) => s !== undefined)) {
    const count = shards.find((s) => s !== undefined)!.count;
    if (shards.some((s) => s === undefined || s.count !== count)) problems.push(`the outputs are not shards of one --shard i/${count} set`);
    else {
      const have = new Set(shards.map((s) => s!.index));
      const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
      if (missing.length > 0) problems.push(`shards missing: ${missing.map((i) => `${i}/${count}`).join(', ')}`);
      if (have.size < shards.length) problems.push('a shard is given twice');
    }
  }

  const all: { entry: ManifestEntry; dir: string; order: number }[] = [];
  manifests.forEach(({ dir, manifest }, d) => {
    for (const entry of manifest.documents) all.push({ entry, dir, order: d });
  });
  const keyOf = (e: ManifestEntry): string => (e.id === null ? `\uffff${e.path}` : e.id);
  all.sort((a, b) => byKey(keyOf(a.entry), keyOf(b.entry)) || a.order - b.order);

  const lock = await OutputLock.take(out);
  try {
    return await mergeLocked(manifests, problems, all, out);
  } finally {
    await lock.release();
  }
}

async function mergeLocked(manifests: { dir: string; manifest: Manifest }[], problems: string[], all: { entry: ManifestEntry; dir: string; order: number }[], out: string): Promise<MergeSummary> {
  const staging = await Staging.create(out);
  const jsonlTmp = staging.file('records');
  const jsonl = new Lines(jsonlTmp);
  const counts: Counts = { done: 0, skipped: 0, failed: 0 };
  const failures: ManifestEntry[] = [];
  const merged: ManifestEntry[] = [];
  const owner = new Map<string, string>();
  try {
    for (const { entry, dir } of all) {
      let result: ManifestEntry = { ...entry };
      const first = entry.id === null ? undefined : owner.get(entry.id);
      if (first !== undefined) {
        result = { id: entry.id, path: entry.path, status: 'failed', code: 'E106', reason: `${entry.path}: id "${entry.id}" is in both ${first} and ${dir}; the record of ${first} is kept` };
        if (entry.sha256 !== undefined) result.sha256 = entry.sha256;
      } else {
        if (entry.id !== null) owner.set(entry.id, dir);
        if (entry.record !== undefined) result = await copyRecord(entry, dir, out, staging, jsonl);
      }
      delete result.reused;
      counts[result.status]++;
      if (result.status === 'failed' && failures.length < 100) failures.push(result);
      merged.push(result);
    }
  } finally {
    await jsonl.end();
  }
  await staging.commit(jsonlTmp, path.join(out, 'records.jsonl'));

  const versions = [...new Set(manifests.map((m) => m.manifest.pipelineVersion))];
  const inputs = [...new Set(manifests.flatMap((m) => m.manifest.inputs))];
  const startedAt = manifests.map((m) => m.manifest.startedAt).sort(byKey)[0] ?? new Date().toISOString();
  const header: ManifestHeader = {
    schemaVersion: SCHEMA_VERSION,
    pipelineVersion: versions.join(','),
    startedAt,
    finishedAt: new Date().toISOString(),
    inputs,
    counts,
    ...(manifests.some((m) => m.manifest.interrupted) ? { interrupted: true } : {}),
    merged: manifests.map(({ dir, manifest }) => ({
      dir,
      ...(manifest.shard ? { shard: manifest.shard } : {}),
      pipelineVersion: manifest.pipelineVersion,
      counts: manifest.counts,
      ...(manifest.interrupted ? { interrupted: true } : {}),
    })),
  };
  if (versions.length > 1) problems.push(`the outputs were made by different pipeline versions (${versions.join(', ')})`);
  await writeManifest(out, staging, header, (async function* () {
    yield* merged;
  })());
  await rm(path.join(out, JOURNAL), { force: true }); // a stale journal would override the merged manifest
  await staging.remove();
  return { ...header, failures, problems };
}

/**
 * Copies the record of one manifest entry from a merged output into `out` (as `recordFile(id)`) and
 * appends it to `records.jsonl`. A shard is data from elsewhere: its `record` must be a plain relative
 * path inside it naming a regular file (not a link), holding a valid record of that id; anything else
 * fails the entry (E108 for a path or id that would leave its folder, E101 for a record that cannot
 * be read or is not that record), and nothing is read or written outside the two folders.
 */
async function copyRecord(entry: ManifestEntry, dir: string, out: string, staging: Staging, jsonl: Lines): Promise<ManifestEntry> {
  const fail = (code: string, why: string): ManifestEntry => ({ id: entry.id, path: entry.path, status: 'failed', code, reason: `${entry.path}: ${why}` });
  const from = inside(dir, entry.record!);
  const target = entry.id === null ? null : recordFile(entry.id);
  const to = target === null ? null : inside(out, target);
  if (from === null) return fail('E108', `its record path ${JSON.stringify(entry.record)} in ${dir} is not a plain relative path inside that folder; not read`);
  if (to === null) return fail('E108', `its id ${JSON.stringify(entry.id)} is not a plain relative path; no record written`);
  let json: string;
  try {
    // A link (the file or a folder on the way) may point anywhere: where it really is must be inside too.
    if (!(await realpath(from)).startsWith((await realpath(dir)) + path.sep)) return fail('E108', `its record ${from} is a link to a file outside ${dir}; not read`);
    if (!(await stat(from)).isFile()) return fail('E101', `its record ${from} is not a regular file; not read`);
    json = (await readFile(from, 'utf8')).trim();
  } catch (err) {
    return fail('E101', `its record ${from} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let record: DocRecord;
  try {
    record = DocRecord.parse(JSON.parse(json));
  } catch (err) {
    return fail('E101', `its record ${from} is not a valid record (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`);
  }
  if (record.id !== entry.id) return fail('E101', `its record ${from} is the record of ${JSON.stringify(record.id)}, not of this id`);
  const tmp = staging.file('record');
  await writeFile(tmp, json + '\n');
  await staging.commit(tmp, to);
  await jsonl.write(json + '\n');
  return { ...entry, record: target! };
}
