import { z } from 'zod';

/** Bumped when the record's shape changes; `pipelineVersion` (src/version.ts) tracks the rules. */
export const SCHEMA_VERSION = '1.0';

const offsets = {
  /** UTF-16 code unit offset into `text`, inclusive. */
  start: z.number().int().nonnegative(),
  /** UTF-16 code unit offset into `text`, exclusive: `text.slice(start, end) === span.text`. */
  end: z.number().int().nonnegative(),
  text: z.string(),
};
export const Span = z.object(offsets);
export type Span = z.infer<typeof Span>;

export const Warning = z.object({
  /** Stable code, e.g. `W101`; listed in the README. */
  code: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Warning = z.infer<typeof Warning>;

export const LanguageGuess = z.object({
  /** ISO 639-3 code; `und` when undecidable. */
  code: z.string(),
  /** 0..1 */
  confidence: z.number().min(0).max(1),
  candidates: z.array(z.object({ code: z.string(), score: z.number() })),
  /** Rule or method that decided, e.g. `lid.franc+markers`. */
  rule: z.string().optional(),
});
export type LanguageGuess = z.infer<typeof LanguageGuess>;

export const Sentence = z.object({
  ...offsets,
  language: z.string().optional(),
  rule: z.string().optional(),
});
export type Sentence = z.infer<typeof Sentence>;

export const EntityType = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'DOCUMENT', 'PRODUCT']);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.object({
  ...offsets,
  type: EntityType,
  /** Id of the cluster in `clusters`. */
  cluster: z.string(),
  /** Index into `sentences`. */
  sentence: z.number().int().nonnegative(),
  rule: z.string(),
});
export type Entity = z.infer<typeof Entity>;

export const Cluster = z.object({
  id: z.string(),
  type: EntityType,
  canonical: z.string(),
  aliases: z.array(z.string()),
  /** ISO 3166-1 alpha-3 for countries, and for places and bodies of a known country. */
  country: z.string().optional(),
  /** Gazetteer entry id when the cluster was matched against one. */
  ref: z.string().optional(),
});
export type Cluster = z.infer<typeof Cluster>;

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET', 'RANGE']);
export const Timex = z.object({
  ...offsets,
  type: TimexType,
  /** ISO 8601 (TIMEX3 style); null when it needs a document date that is not known. */
  value: z.string().nullable(),
  /** START / MID / END for `awal` / `pertengahan` / `akhir`. */
  mod: z.enum(['START', 'MID', 'END']).optional(),
  /** How to resolve a relative value later: the anchor and the offset, e.g. {anchor: 'DCT', offset: 'P-1D'}. */
  anchor: z.object({ anchor: z.literal('DCT'), offset: z.string(), granularity: z.string().optional() }).optional(),
  rule: z.string(),
});
export type Timex = z.infer<typeof Timex>;

export const Role = z.object({
  ...offsets,
  /** Cluster id of the holder (a PERSON or a LOCATION), or null. */
  holder: z.string().nullable(),
  /** Cluster id of the organisation, or null. */
  organization: z.string().nullable(),
  rule: z.string(),
});
export type Role = z.infer<typeof Role>;

export const CommitmentType = z.enum(['AGREE', 'PLEDGE', 'PROPOSE', 'OFFER', 'SUPPORT', 'ENCOURAGE', 'SIGN']);
export const Commitment = z.object({
  type: CommitmentType,
  trigger: Span,
  /** Cluster ids of the parties that commit. */
  actors: z.array(z.string()),
  /** Cluster ids of whom an ENCOURAGE addresses. */
  target: z.array(z.string()),
  /** Cluster ids of what is given, signed or agreed. */
  object: z.array(z.string()),
  content: Span.nullable(),
  sentence: z.number().int().nonnegative(),
  status: z.enum(['done', 'intended']).optional(),
  negated: z.boolean(),
  confidence: z.number().min(0).max(1).optional(),
  /** Event codes for analysts: CAMEO code and PLOVER category. */
  cameo: z.string().optional(),
  plover: z.string().optional(),
  rule: z.string(),
});
export type Commitment = z.infer<typeof Commitment>;

export const Quote = z.object({
  ...offsets,
  /** Cluster id of the speaker, or null. */
  speaker: z.string().nullable(),
  cue: Span.nullable(),
  rule: z.string().optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Dateline = z.object({
  ...offsets,
  /** The place span of the dateline. */
  place: Span.nullable(),
  /** The date span inside the dateline, if any, with its ISO value. */
  date: z.object({ ...offsets, value: z.string().nullable() }).nullable(),
  rule: z.string(),
});
export type Dateline = z.infer<typeof Dateline>;

export const Dct = z.object({
  /** `YYYY-MM-DD` or a date-time with offset (`2021-01-27T10:00:00+07:00`). */
  value: z.string(),
  source: z.enum(['metadata', 'option', 'dateline']),
});
export type Dct = z.infer<typeof Dct>;

export const Source = z.object({
  /** Path of the input file as given, or null for text passed to the API or stdin. */
  path: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** The encoding the text was decoded from: utf-8, utf-16le, utf-16be, windows-1252. */
  encoding: z.string(),
});

export const DocRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  pipelineVersion: z.string(),
  /** Path relative to the input root, without extension. */
  id: z.string(),
  source: Source,
  /** Sidecar metadata as given ({title, url, …}), minus nothing. */
  meta: z.record(z.string(), z.unknown()),
  /** The decoded text every offset indexes. */
  text: z.string(),
  dct: Dct.nullable(),
  language: LanguageGuess,
  dateline: Dateline.nullable(),
  sentences: z.array(Sentence),
  entities: z.array(Entity),
  clusters: z.array(Cluster),
  roles: z.array(Role),
  timex: z.array(Timex),
  quotes: z.array(Quote),
  commitments: z.array(Commitment),
  warnings: z.array(Warning),
});
export type DocRecord = z.infer<typeof DocRecord>;
