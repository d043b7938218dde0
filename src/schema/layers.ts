/**
 * The layers as the stages make them (src/doc.ts): record items before `src/record/ids.ts` gives them ids,
 * sentences and mention links. They are also the items of a v1 record (src/schema/record-v1.ts), which is why one
 * function makes the record from either.
 */
import type * as R from './record.js';

export type { Cluster, Dateline, Dct, EntityType, LanguageGuess, Span, Warning } from './record.js';

/** A sentence as the sentence stage makes it: with its text (the record keeps it only with `--sentence-text`). */
export type Sentence = Omit<R.Sentence, 'id' | 'text'> & { text: string };
export type Entity = Omit<R.Entity, 'id'>;
/** A timex as the stage makes it: ranges typed RANGE, the anchor as the stage's recipe (src/record/timex3.ts). */
export type Timex = Omit<
  R.Timex,
  'id' | 'sentence' | 'type' | 'mod' | 'beginPoint' | 'endPoint' | 'anchorTimeID' | 'anchor'
> & {
  type: R.Timex['type'] | 'RANGE';
  mod?: R.Timex['mod'];
  anchor?: { anchor: 'DCT'; offset: string; granularity?: string };
};
export type Role = Omit<R.Role, 'id' | 'holderMention' | 'organizationMention' | 'sentence'>;
export type Quote = Omit<R.Quote, 'id' | 'speakerMention' | 'sentence'>;
export type Commitment = Omit<R.Commitment, 'id' | 'actorMentions' | 'targetMentions' | 'objectMentions' | 'time'>;
