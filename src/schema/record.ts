import { z } from 'zod';

/** Bumped when the record's shape changes; `pipelineVersion` (src/version.ts) tracks the rules. */
export const SCHEMA_VERSION = '1.0';

const offsets = {
  start: z.number().int().nonnegative().describe('UTF-16 code unit offset into `text`, inclusive.'),
  end: z
    .number()
    .int()
    .nonnegative()
    .describe('UTF-16 code unit offset into `text`, exclusive: `text.slice(start, end) === span.text`.'),
  text: z.string(),
};
export const Span = z.object(offsets);
export type Span = z.infer<typeof Span>;

export const Warning = z.object({
  code: z.string().describe('Stable code, e.g. `W101`; listed in the README.'),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Warning = z.infer<typeof Warning>;

export const LanguageGuess = z.object({
  code: z.string().describe('ISO 639-3 code; `und` when undecidable.'),
  confidence: z.number().min(0).max(1).describe('0..1'),
  candidates: z.array(z.object({ code: z.string(), score: z.number() })),
  rule: z.string().optional().describe('Rule or method that decided, e.g. `lid.franc+markers`.'),
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
  cluster: z.string().describe('Id of the cluster in `clusters`.'),
  sentence: z.number().int().nonnegative().describe('Index into `sentences`.'),
  rule: z.string(),
});
export type Entity = z.infer<typeof Entity>;

export const Cluster = z.object({
  id: z.string(),
  type: EntityType,
  canonical: z.string(),
  aliases: z.array(z.string()),
  country: z
    .string()
    .optional()
    .describe('ISO 3166-1 alpha-3 for countries, and for places and bodies of a known country.'),
  ref: z.string().optional().describe('Gazetteer entry id when the cluster was matched against one.'),
});
export type Cluster = z.infer<typeof Cluster>;

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET', 'RANGE']);
export const Timex = z.object({
  ...offsets,
  type: TimexType,
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
export type Timex = z.infer<typeof Timex>;

export const Role = z.object({
  ...offsets,
  holder: z.string().nullable().describe('Cluster id of the holder (a PERSON or a LOCATION), or null.'),
  organization: z.string().nullable().describe('Cluster id of the organisation, or null.'),
  rule: z.string(),
});
export type Role = z.infer<typeof Role>;

export const CommitmentType = z.enum(['AGREE', 'PLEDGE', 'PROPOSE', 'OFFER', 'SUPPORT', 'ENCOURAGE', 'SIGN']);
export const Commitment = z.object({
  type: CommitmentType,
  trigger: Span,
  actors: z.array(z.string()).describe('Cluster ids of the parties that commit.'),
  target: z.array(z.string()).describe('Cluster ids of whom an ENCOURAGE addresses.'),
  object: z.array(z.string()).describe('Cluster ids of what is given, signed or agreed.'),
  content: Span.nullable(),
  sentence: z.number().int().nonnegative(),
  status: z.enum(['done', 'intended']).optional(),
  negated: z.boolean(),
  confidence: z.number().min(0).max(1).optional(),
  cameo: z.string().optional().describe('Event codes for analysts: CAMEO code and PLOVER category.'),
  plover: z.string().optional(),
  rule: z.string(),
});
export type Commitment = z.infer<typeof Commitment>;

export const Quote = z.object({
  ...offsets,
  speaker: z.string().nullable().describe('Cluster id of the speaker, or null.'),
  cue: Span.nullable(),
  rule: z.string().optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Dateline = z.object({
  ...offsets,
  place: Span.nullable().describe('The place span of the dateline.'),
  date: z
    .object({ ...offsets, value: z.string().nullable() })
    .nullable()
    .describe('The date span inside the dateline, if any, with its ISO value.'),
  rule: z.string(),
});
export type Dateline = z.infer<typeof Dateline>;

export const Dct = z.object({
  value: z.string().describe('`YYYY-MM-DD` or a date-time with offset (`2021-01-27T10:00:00+07:00`).'),
  source: z.enum(['metadata', 'option', 'dateline']),
});
export type Dct = z.infer<typeof Dct>;

export const Source = z.object({
  path: z.string().nullable().describe('Path of the input file as given, or null for text passed to the API or stdin.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  encoding: z.string().describe('The encoding the text was decoded from: utf-8, utf-16le, utf-16be, windows-1252.'),
});

/**
 * A document id: a plain relative path (names separated by `/`, none empty, `.` or `..`, no NUL), as
 * every id made from a file's path inside its input is. Record files, brat files and merged copies
 * are named after ids, so an id from a record read back (`report`, `export`, `brat`, `merge`) cannot
 * name a file outside the folder it is written to.
 */
export const SAFE_ID = /^(?!\.\.?(?:\/|$))[^/\0]+(?:\/(?!\.\.?(?:\/|$))[^/\0]+)*$/;

export const DocRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  pipelineVersion: z.string(),
  id: z
    .string()
    .regex(SAFE_ID)
    .describe('Path relative to the input root, without extension: `/`-separated names, none empty, `.` or `..`.'),
  source: Source.describe('The file the text came from.'),
  meta: z
    .record(z.string(), z.unknown())
    .describe(
      'Sidecar metadata as given ({title, url, …}), without id, dct and dctSource, which have fields of their own.',
    ),
  text: z.string().describe('The decoded text every offset indexes.'),
  dct: Dct.nullable().describe('Document creation date, or null when none is known (never guessed).'),
  language: LanguageGuess.describe('Language of the whole document.'),
  dateline: Dateline.nullable().describe('Place (and date) before the first dash of a release, or null.'),
  sentences: z.array(Sentence).describe('Every sentence, ordered, trailing white space excluded.'),
  entities: z.array(Entity).describe('Flat, non-overlapping mentions of named things.'),
  clusters: z.array(Cluster).describe('One per real-world entity the mentions refer to.'),
  roles: z.array(Role).describe('Job titles and positions with their holder and organisation.'),
  timex: z.array(Timex).describe('Temporal expressions, TIMEX3 style, normalised to ISO 8601.'),
  quotes: z.array(Quote).describe('Direct speech: the span inside the quote marks, its speaker and cue.'),
  commitments: z
    .array(Commitment)
    .describe('Who agreed, pledged, proposed, offered, supported, urged or signed what; one per trigger.'),
  warnings: z.array(Warning).describe('Problems met while decoding or extracting, with offsets where they apply.'),
});
export type DocRecord = z.infer<typeof DocRecord>;
