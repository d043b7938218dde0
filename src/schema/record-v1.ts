/**
 * The record as schema version 1.0 wrote it, frozen: read by `src/record/upgrade.ts` so that `report`, `export`,
 * `diff`, `eval` and `brat` keep reading v1 records for one release. Nothing writes this shape any more; remove it
 * with the upgrade in the release after 2.0.
 */
import { z } from 'zod';
import { SAFE_ID } from './record.js';

export const SCHEMA_VERSION_V1 = '1.0';

const offsets = {
  start: z.number().int().nonnegative().describe('UTF-16 code unit offset into `text`, inclusive.'),
  end: z
    .number()
    .int()
    .nonnegative()
    .describe('UTF-16 code unit offset into `text`, exclusive: `text.slice(start, end) === span.text`.'),
  text: z.string(),
};
export const SpanV1 = z.object(offsets);
export type SpanV1 = z.infer<typeof SpanV1>;

export const WarningV1 = z.object({
  code: z.string().describe('Stable code, e.g. `W101`; listed in the README.'),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type WarningV1 = z.infer<typeof WarningV1>;

export const LanguageGuessV1 = z.object({
  code: z.string().describe('ISO 639-3 code; `und` when undecidable.'),
  confidence: z.number().min(0).max(1).describe('0..1'),
  candidates: z.array(z.object({ code: z.string(), score: z.number() })),
  rule: z.string().optional().describe('Rule or method that decided, e.g. `lid.franc+markers`.'),
});
export type LanguageGuessV1 = z.infer<typeof LanguageGuessV1>;

export const SentenceV1 = z.object({
  ...offsets,
  language: z.string().optional(),
  rule: z.string().optional(),
});
export type SentenceV1 = z.infer<typeof SentenceV1>;

export const EntityTypeV1 = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'DOCUMENT', 'PRODUCT']);
export type EntityTypeV1 = z.infer<typeof EntityTypeV1>;

export const EntityV1 = z.object({
  ...offsets,
  type: EntityTypeV1,
  cluster: z.string().describe('Id of the cluster in `clusters`.'),
  sentence: z.number().int().nonnegative().describe('Index into `sentences`.'),
  rule: z.string(),
});
export type EntityV1 = z.infer<typeof EntityV1>;

export const ClusterV1 = z.object({
  id: z.string(),
  type: EntityTypeV1,
  canonical: z.string(),
  aliases: z.array(z.string()),
  country: z
    .string()
    .optional()
    .describe('ISO 3166-1 alpha-3 for countries, and for places and bodies of a known country.'),
  ref: z.string().optional().describe('Gazetteer entry id when the cluster was matched against one.'),
});
export type ClusterV1 = z.infer<typeof ClusterV1>;

export const TimexTypeV1 = z.enum(['DATE', 'TIME', 'DURATION', 'SET', 'RANGE']);
export const TimexV1 = z.object({
  ...offsets,
  type: TimexTypeV1,
  value: z
    .string()
    .nullable()
    .describe('ISO 8601 (TIMEX3 style); null when it needs a document date that is not known.'),
  mod: z.enum(['START', 'MID', 'END']).optional().describe('START / MID / END for `awal` / `pertengahan` / `akhir`.'),
  anchor: z
    .object({ anchor: z.literal('DCT'), offset: z.string(), granularity: z.string().optional() })
    .optional()
    .describe(
      "How to resolve a relative value later: the anchor and the offset, e.g. {anchor: 'DCT', offset: 'P-1D'}.",
    ),
  rule: z.string(),
});
export type TimexV1 = z.infer<typeof TimexV1>;

export const RoleV1 = z.object({
  ...offsets,
  holder: z.string().nullable().describe('Cluster id of the holder (a PERSON or a LOCATION), or null.'),
  organization: z.string().nullable().describe('Cluster id of the organisation, or null.'),
  rule: z.string(),
});
export type RoleV1 = z.infer<typeof RoleV1>;

export const CommitmentTypeV1 = z.enum(['AGREE', 'PLEDGE', 'PROPOSE', 'OFFER', 'SUPPORT', 'ENCOURAGE', 'SIGN']);
export const CommitmentV1 = z.object({
  type: CommitmentTypeV1,
  trigger: SpanV1,
  actors: z.array(z.string()).describe('Cluster ids of the parties that commit.'),
  target: z.array(z.string()).describe('Cluster ids of whom an ENCOURAGE addresses.'),
  object: z.array(z.string()).describe('Cluster ids of what is given, signed or agreed.'),
  content: SpanV1.nullable(),
  sentence: z.number().int().nonnegative(),
  status: z.enum(['done', 'intended']).optional(),
  negated: z.boolean(),
  confidence: z.number().min(0).max(1).optional(),
  cameo: z.string().optional().describe('Event codes for analysts: CAMEO code and PLOVER category.'),
  plover: z.string().optional(),
  rule: z.string(),
});
export type CommitmentV1 = z.infer<typeof CommitmentV1>;

export const QuoteV1 = z.object({
  ...offsets,
  speaker: z.string().nullable().describe('Cluster id of the speaker, or null.'),
  cue: SpanV1.nullable(),
  rule: z.string().optional(),
});
export type QuoteV1 = z.infer<typeof QuoteV1>;

export const DatelineV1 = z.object({
  ...offsets,
  place: SpanV1.nullable().describe('The place span of the dateline.'),
  date: z
    .object({ ...offsets, value: z.string().nullable() })
    .nullable()
    .describe('The date span inside the dateline, if any, with its ISO value.'),
  rule: z.string(),
});
export type DatelineV1 = z.infer<typeof DatelineV1>;

export const DctV1 = z.object({
  value: z.string().describe('`YYYY-MM-DD` or a date-time with offset (`2021-01-27T10:00:00+07:00`).'),
  source: z.enum(['metadata', 'option', 'dateline']),
});
export type DctV1 = z.infer<typeof DctV1>;

export const SourceV1 = z.object({
  path: z.string().nullable().describe('Path of the input file as given, or null for text passed to the API or stdin.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string().describe('The encoding the text was decoded from: utf-8, utf-16le, utf-16be, windows-1252.'),
});

export const DocRecordV1 = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION_V1),
  pipelineVersion: z.string(),
  id: z
    .string()
    .regex(SAFE_ID)
    .describe('Path relative to the input root, without extension: `/`-separated names, none empty, `.` or `..`.'),
  source: SourceV1.describe('The file the text came from.'),
  meta: z
    .record(z.string(), z.unknown())
    .describe(
      'Sidecar metadata as given ({title, url, …}), without id, dct and dctSource, which have fields of their own.',
    ),
  text: z.string().describe('The decoded text every offset indexes.'),
  dct: DctV1.nullable().describe('Document creation date, or null when none is known (never guessed).'),
  language: LanguageGuessV1.describe('Language of the whole document.'),
  dateline: DatelineV1.nullable().describe('Place (and date) before the first dash of a release, or null.'),
  sentences: z.array(SentenceV1).describe('Every sentence, ordered, trailing white space excluded.'),
  entities: z.array(EntityV1).describe('Flat, non-overlapping mentions of named things.'),
  clusters: z.array(ClusterV1).describe('One per real-world entity the mentions refer to.'),
  roles: z.array(RoleV1).describe('Job titles and positions with their holder and organisation.'),
  timex: z.array(TimexV1).describe('Temporal expressions, TIMEX3 style, normalised to ISO 8601.'),
  quotes: z.array(QuoteV1).describe('Direct speech: the span inside the quote marks, its speaker and cue.'),
  commitments: z
    .array(CommitmentV1)
    .describe('Who agreed, pledged, proposed, offered, supported, urged or signed what; one per trigger.'),
  warnings: z.array(WarningV1).describe('Problems met while decoding or extracting, with offsets where they apply.'),
});
export type DocRecordV1 = z.infer<typeof DocRecordV1>;
