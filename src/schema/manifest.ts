import { z } from 'zod';
import { SCHEMA_VERSION } from './record.js';

export const DocStatus = z.enum(['done', 'skipped', 'failed']);
export type DocStatus = z.infer<typeof DocStatus>;

export const ManifestEntry = z.object({
  /** Path relative to the input root, without extension (the record's id); null when no id applies. */
  id: z.string().nullable(),
  /** The input path as found. */
  path: z.string(),
  status: DocStatus,
  /** Why a document was skipped or failed, naming the file; absent when done. */
  reason: z.string().optional(),
  /** Stable code of the reason, e.g. `E101` (listed in the README). */
  code: z.string().optional(),
  sha256: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
  /**
   * sha256 of what besides the bytes shapes the record: the sidecar `.meta.json` and `--dct`. With
   * `sha256` and the pipeline version it is the resume key.
   */
  metaSha256: z.string().optional(),
  language: z.string().optional(),
  /**
   * Where the record is, relative to the output folder, when one was written: `records.jsonl` (with
   * `offset` and `length`), or its own file with `--files` (`records/<id>.json`).
   */
  record: z.string().optional(),
  /** Byte offset of the record's line in `records.jsonl`. */
  offset: z.number().int().nonnegative().optional(),
  /** Bytes of the record's line in `records.jsonl`, with its newline. */
  length: z.number().int().positive().optional(),
  warnings: z.number().int().nonnegative().optional(),
  /** True when the record of an earlier run was kept (same bytes, metadata and pipeline version). */
  reused: z.boolean().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Counts = z.object({
  done: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof Counts>;

/** `--shard index/count`: this output holds the inputs whose id hashes to `index` (1-based) of `count`. */
export const Shard = z.object({
  index: z.number().int().positive(),
  count: z.number().int().positive(),
});
export type Shard = z.infer<typeof Shard>;

export const Manifest = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Pipeline version of the records; several joined by `,` only in a merge of mixed outputs. */
  pipelineVersion: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  inputs: z.array(z.string()),
  counts: Counts,
  /** True when the run was stopped (SIGINT/SIGTERM) before every input was seen: run it again to complete. */
  interrupted: z.boolean().optional(),
  /**
   * Queue mode (`siaran status --manifest`): false when jobs its `queue.json` expects have not
   * finished (lost by Redis, or still queued); `missing` lists them. `siaran merge` refuses such an
   * output unless the other outputs merged hold the missing documents.
   */
  complete: z.boolean().optional(),
  missing: z.array(z.object({ job: z.string(), id: z.string().nullable(), path: z.string() })).optional(),
  shard: Shard.optional(),
  /** For `siaran merge`: the output folders joined, with their shard and counts. */
  merged: z
    .array(
      z.object({
        dir: z.string(),
        shard: Shard.optional(),
        pipelineVersion: z.string(),
        counts: Counts,
        interrupted: z.boolean().optional(),
      }),
    )
    .optional(),
  documents: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;
