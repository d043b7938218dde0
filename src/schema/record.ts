import { z } from 'zod';

/** Bumped when the record's shape changes; `pipelineVersion` (src/version.ts) tracks the rules. */
export const SCHEMA_VERSION = '2.0';

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

/**
 * Item ids: unique within a record, one letter per layer and the 1-based position in the layer (which is in
 * text order): `s1` is `sentences[0]`, `e12` is `entities[11]`, `t3`, `r4`, `q1`, `c2` likewise. `t0` is kept for
 * the document date (TimeML's DCT). Made by `src/record/ids.ts`, the same for the same record.
 */
const itemId = (letter: string, what: string) =>
  z
    .string()
    .regex(new RegExp(`^${letter}[1-9][0-9]*$`))
    .describe(`Id of the ${what} in this record: \`${letter}\` and its 1-based position in the layer.`);
const mentionRef = z
  .string()
  .regex(/^e[1-9][0-9]*$/)
  .nullable()
  .describe('Id of a mention in `entities` (`e12`), or null when the cluster has no mention.');
const sentenceIndex = z
  .number()
  .int()
  .nonnegative()
  .describe('Index into `sentences` (0-based; that sentence has id `s${index + 1}`).');

export const Sentence = z.object({
  id: itemId('s', 'sentence'),
  start: offsets.start,
  end: offsets.end,
  text: z
    .string()
    .optional()
    .describe('The sentence text, only in records made with `--sentence-text` (else slice `text` by the offsets).'),
  language: z.string().optional(),
  rule: z.string().optional(),
});
export type Sentence = z.infer<typeof Sentence>;

export const EntityType = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'DOCUMENT', 'PRODUCT']);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.object({
  id: itemId('e', 'mention'),
  ...offsets,
  type: EntityType,
  cluster: z.string().describe('Id of the cluster in `clusters`.'),
  sentence: sentenceIndex,
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

/** TIMEX3 types (TimeML 1.2.1). A range (`2018-2021`, `5 hingga 7 Januari`) is a DURATION with begin and end points. */
export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const TimexMod = z.enum(['START', 'MID', 'END', 'APPROX', 'LESS_THAN']);

/** How a relative value is computed from the document date, in fields (`src/record/timex3.ts` reads the recipe). */
export const TimexAnchor = z.object({
  anchor: z.literal('DCT'),
  offset: z.string().describe('ISO 8601 duration the DCT is moved by: `P-1D` (kemarin), `P1Y` (tahun depan), `P0D`.'),
  granularity: z
    .string()
    .optional()
    .describe(
      'The exact recipe `resolveAnchor` follows (grammar in src/stages/timex.ts); the fields below spell it out.',
    ),
  unit: z
    .string()
    .describe(
      'What is placed: a calendar unit (`day`, `week`, `month`, `quarter`, `half`, `year`, `decade`, `century`), a ' +
        '`weekday`, `month` or `date` near the moved DCT, a `dom` (day of the month), or `range` (two ends).',
    ),
  direction: z
    .enum(['past', 'future', 'same'])
    .describe("Before the DCT (`kemarin`, `Senin lalu`), after it (`besok`), or in the DCT's own unit (`tahun ini`)."),
  weekday: z.number().int().min(1).max(7).optional().describe('ISO weekday (1 = Monday) for a `weekday` anchor.'),
  month: z.number().int().min(1).max(12).optional().describe('Month of a `month` or `date` anchor.'),
  day: z.number().int().min(1).max(31).optional().describe('Day of the month of a `date` or `dom` anchor.'),
  suffix: z.string().optional().describe('Appended to the resolved value: a time (`T10:00+07:00`), a part (`-Q1`).'),
});
export type TimexAnchor = z.infer<typeof TimexAnchor>;

/** One end of a range, as TimeML's beginPoint / endPoint (written as a non-consuming DATE by the TimeML export). */
export const TimexPoint = z.object({
  value: z.string().nullable().describe('ISO 8601 value of this end; null when it needs a DCT that is not known.'),
  anchor: TimexAnchor.optional(),
});

export const Timex = z.object({
  id: itemId('t', 'temporal expression').describe(
    "The TIMEX3 `tid`: `t` and the 1-based position; `t0` is the document date (`dct`), TimeML's DCT.",
  ),
  ...offsets,
  type: TimexType,
  value: z
    .string()
    .nullable()
    .describe(
      'ISO 8601 (TIMEX3 style; a range as an ISO 8601 interval `2018/2021`); null when it needs a document date ' +
        'that is not known.',
    ),
  mod: TimexMod.optional().describe(
    'TimeML mod: START / MID / END (`awal`, `pertengahan`, `akhir`), APPROX (`sekitar`, `kurang lebih`, `kira-kira`), ' +
      'LESS_THAN (`hampir`).',
  ),
  beginPoint: TimexPoint.optional().describe("A range's first end (TimeML beginPoint)."),
  endPoint: TimexPoint.optional().describe("A range's last end (TimeML endPoint)."),
  anchorTimeID: z
    .literal('t0')
    .optional()
    .describe('The timex the value is computed from, when it is relative: always the DCT, `t0`.'),
  anchor: TimexAnchor.optional().describe(
    'How the relative value is computed from the DCT, so that it can be resolved later when the DCT is not known.',
  ),
  sentence: sentenceIndex,
  rule: z.string(),
});
export type Timex = z.infer<typeof Timex>;

export const Role = z.object({
  id: itemId('r', 'role'),
  ...offsets,
  holder: z.string().nullable().describe('Cluster id of the holder (a PERSON or a LOCATION), or null.'),
  holderMention: mentionRef.describe('Id of the mention of the holder nearest the title (`e12`), or null.'),
  organization: z.string().nullable().describe('Cluster id of the organisation, or null.'),
  organizationMention: mentionRef.describe('Id of the mention of the organisation nearest the title, or null.'),
  sentence: sentenceIndex,
  rule: z.string(),
});
export type Role = z.infer<typeof Role>;

export const CommitmentType = z.enum(['AGREE', 'PLEDGE', 'PROPOSE', 'OFFER', 'SUPPORT', 'ENCOURAGE', 'SIGN']);
export const Commitment = z.object({
  id: itemId('c', 'commitment'),
  type: CommitmentType,
  trigger: Span,
  actors: z.array(z.string()).describe('Cluster ids of the parties that commit.'),
  actorMentions: z
    .array(mentionRef)
    .describe('Mention ids of the actors, one per entry of `actors` (same order): the mention that names it.'),
  target: z.array(z.string()).describe('Cluster ids of whom an ENCOURAGE addresses.'),
  targetMentions: z.array(mentionRef).describe('Mention ids of the targets, one per entry of `target`.'),
  object: z.array(z.string()).describe('Cluster ids of what is given, signed or agreed.'),
  objectMentions: z
    .array(mentionRef)
    .describe('Mention ids of the objects, one per entry of `object` (mentions inside `content`).'),
  content: Span.nullable(),
  sentence: sentenceIndex,
  time: z
    .array(z.string().regex(/^t[1-9][0-9]*$/))
    .describe(
      'Ids of the timex that date the commitment: DATE and TIME timex and ranges between its trigger and the end of its ' +
        'content, else those of its sentence outside every commitment there (`Pada 26 Januari 2021, … sepakat …`). ' +
        'A timex inside a name, or the year after one (`APEC 2017`), dates no commitment.',
    ),
  status: z
    .enum(['done', 'intended', 'ongoing'])
    .optional()
    .describe('`done` (telah, sudah), `intended` (akan, siap …) or `ongoing` (sedang, tengah); absent when unmarked.'),
  statusRule: z
    .string()
    .optional()
    .describe('Rule id of the status evidence: the marker word class (`commit-words.done` …) or the trigger rule.'),
  statusCue: Span.optional().describe('The word the status was read from (`telah`, `akan`, `sedang`, `siap`).'),
  negated: z.boolean(),
  basis: z
    .array(z.string().regex(/^(?:actor|trigger)\.[a-z]+$/))
    .optional()
    .describe(
      'The kinds of evidence the commitment rests on, instead of a confidence no data measured: how its actors were ' +
        'found (`actor.subject`, `actor.agent` of a passive, `actor.possessor` of a noun, `actor.both` for ' +
        "`kedua negara`, `actor.clause` for the main clause's subject, `actor.speaker` of the quote it is in, " +
        "`actor.pronoun`, `actor.implicit` when none is named) and the trigger's form (`trigger.active`, " +
        '`trigger.passive`, `trigger.noun`). Absent in records upgraded from schema 1.0.',
    ),
  cameo: z.string().optional().describe('Event codes for analysts: CAMEO code and PLOVER category.'),
  plover: z.string().optional(),
  rule: z.string(),
});
export type Commitment = z.infer<typeof Commitment>;

export const Quote = z.object({
  id: itemId('q', 'quote'),
  ...offsets,
  speaker: z.string().nullable().describe('Cluster id of the speaker, or null.'),
  speakerMention: mentionRef.describe('Id of the mention of the speaker nearest the cue (else the quote), or null.'),
  cue: Span.nullable().describe('The speech cue (`ujar`, `demikian disampaikan`), or null.'),
  sentence: sentenceIndex.describe('Index into `sentences` of the sentence the quote starts in.'),
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
