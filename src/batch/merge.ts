import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Manifest, type ManifestEntry } from '../schema/manifest.js';
import { SCHEMA_VERSION } from '../schema/record.js';
import { byKey, writeOutput, type ManifestHeader, type OutputEntry } from './manifest.js';
import { JOURNAL, MANIFEST } from './state.js';
import { OutputLock, Staging } from './write.js';

export interface MergeSummary extends ManifestHeader {
  failures: ManifestEntry[];
  /** Problems with the set of outputs as a whole (missing or repeated shards, interrupted runs). */
  problems: string[];
}

/** An output folder that cannot be merged (no readable manifest). */
export class MergeError extends Error {}

/**
 * Joins the outputs of several runs (typically the shards of one corpus) into `out`: `records.jsonl`
 * in id order (and with `files` a record file per document, whichever layout the inputs have), one
 * manifest listing every document once. An id found in two outputs keeps the first output's record
 * and is listed again as failed (E106), so overlapping shards show; missing shards of a `--shard i/n`
 * set are reported as problems. Holds the manifest entries (not the records) in memory.
 */
export async function mergeOutputs(dirs: readonly string[], out: string, files = false): Promise<MergeSummary> {
  const resolvedOut = path.resolve(out);
  const manifests: { dir: string; manifest: Manifest }[] = [];
  for (const dir of dirs) {
    if (path.resolve(dir) === resolvedOut) throw new MergeError(`${dir}: the merge output cannot be one of its inputs`);
    let raw: string;
    try {
      raw = await readFile(path.join(dir, MANIFEST), 'utf8');
    } catch (err) {
      throw new MergeError(
        `${path.join(dir, MANIFEST)}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)}); is ${dir} an output of siaran extract?`,
      );
    }
    const parsed = Manifest.safeParse(JSON.parse(raw));
    if (!parsed.success)
      throw new MergeError(
        `${path.join(dir, MANIFEST)}: not a siaran manifest (${parsed.error.issues[0]?.message ?? 'invalid'})`,
      );
    manifests.push({ dir, manifest: parsed.data });
  }

  const problems: string[] = [];
  for (const { dir, manifest } of manifests) {
    if (manifest.interrupted)
      problems.push(`${dir}: its run was interrupted; run it again to complete it before merging`);
  }
  // Queue outputs (one per machine): what one lacks, another may hold; what none holds is missing.
  const held = new Set(manifests.flatMap((m) => m.manifest.documents.map((d) => d.id ?? `\uffff${d.path}`)));
  const lost = [
    ...new Map(
      manifests.flatMap((m) => (m.manifest.missing ?? []).map((j) => [j.id ?? `\uffff${j.path}`, j] as const)),
    ).entries(),
  ]
    .filter(([key]) => !held.has(key))
    .map(([, j]) => j);
  if (lost.length > 0)
    problems.push(
      `${lost.length} documents that queue.json expects are in none of the outputs (${lost
        .slice(0, 5)
        .map((j) => j.id ?? j.path)
        .join(', ')}${lost.length > 5 ? ', …' : ''}): run siaran enqueue of the same inputs again`,
    );
  const shards = manifests.map((m) => m.manifest.shard);
  if (shards.some((s) => s !== undefined)) {
    const count = shards.find((s) => s !== undefined)!.count;
    if (shards.some((s) => s === undefined || s.count !== count))
      problems.push(`the outputs are not shards of one --shard i/${count} set`);
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
    return await mergeLocked(manifests, problems, all, out, files);
  } finally {
    await lock.release();
  }
}

async function mergeLocked(
  manifests: { dir: string; manifest: Manifest }[],
  problems: string[],
  all: { entry: ManifestEntry; dir: string; order: number }[],
  out: string,
  files: boolean,
): Promise<MergeSummary> {
  const staging = await Staging.create(out);
  const placed: OutputEntry[] = [];
  const owner = new Map<string, string>();
  for (const { entry, dir } of all) {
    const first = entry.id === null ? undefined : owner.get(entry.id);
    if (first === undefined) {
      if (entry.id !== null) owner.set(entry.id, dir);
      placed.push({ entry, recordDir: dir });
      continue;
    }
    const twice: ManifestEntry = {
      id: entry.id,
      path: entry.path,
      status: 'failed',
      code: 'E106',
      reason: `${entry.path}: id "${entry.id}" is in both ${first} and ${dir}; the record of ${first} is kept`,
    };
    if (entry.sha256 !== undefined) twice.sha256 = entry.sha256;
    placed.push({ entry: twice });
  }

  const versions = [...new Set(manifests.map((m) => m.manifest.pipelineVersion))];
  const inputs = [...new Set(manifests.flatMap((m) => m.manifest.inputs))];
  const startedAt = manifests.map((m) => m.manifest.startedAt).sort(byKey)[0] ?? new Date().toISOString();
  const { header, failures } = await writeOutput(
    out,
    staging,
    placed,
    (counts) => ({
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
    }),
    files,
  );
  if (versions.length > 1)
    problems.push(`the outputs were made by different pipeline versions (${versions.join(', ')})`);
  await rm(path.join(out, JOURNAL), { force: true }); // a stale journal would override the merged manifest
  await staging.remove();
  return { ...header, failures, problems };
}
