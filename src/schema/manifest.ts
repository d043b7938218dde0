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
  language: z.string().optional(),
  /** Record file relative to the output folder, when one was written. */
  record: z.string().optional(),
  warnings: z.number().int().nonnegative().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  pipelineVersion: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  inputs: z.array(z.string()),
  counts: z.object({
    done: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
  }),
  documents: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;
