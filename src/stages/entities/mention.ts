import type { Words } from '../../text/words.js';
import type { EntityType } from '../../schema/record.js';
import type { EntityRuleId } from '../../rules/entity-patterns.js';
import type { GazHit, TitleHit } from '../../rules/gazetteers/index.js';
import type { Token } from '../../text/tokens.js';
import type { Group } from '../clusters.js';

/** A token as the entity rules see it: `ASEAN-Rusia` split into `ASEAN`, `-`, `Rusia`. */
export type Tok = Token;

/**
 * What a mention's type rests on, set where the type is decided. The refiners read this, never
 * `rule`: rule ids are output only.
 * - `gazetteer`: a whole gazetteer entry (`ent.gazetteer`);
 * - `gazetteer-part`: a gazetteer name split off a hyphenated word (`ent.split-hyphen`);
 * - `shape`: no cue at all, only the run's shape (`ent.name`), a type a stronger cue may override;
 * - `acronym`: an unknown acronym taken for a body (`ent.acronym-org`), overridable as `shape`;
 * - `place-cue`: a place preposition before it, or coordination with a place (`ent.location-prep`);
 * - `defined`: an acronym defined in the text by a long name (`ent.acronym-def`);
 * - `document`: a person shown by the rest of the document (`ent.person-doc`);
 * - `cue`: any other cue: a head word, a title, an honorific, speech, a law's number …
 */
export type Basis = 'gazetteer' | 'gazetteer-part' | 'shape' | 'acronym' | 'place-cue' | 'defined' | 'document' | 'cue';

/** A mention before clustering: token range, type, rule, and what the gazetteer knew. */
export interface Mention {
  a: number;
  b: number;
  start: number;
  end: number;
  type: EntityType;
  rule: EntityRuleId;
  basis: Basis;
  hit?: GazHit;
  /** Country of a body named with one (`Kementerian Luar Negeri Rusia` → RUS). */
  country?: string;
  /** Text of the long name this acronym was defined by (`ARSOM` → the meeting's name). */
  definedBy?: string;
  /**
   * A default PERSON (`ent.name`) with no person evidence yet: kept only when the document gives some
   * (refiners/weak-persons.ts).
   */
  weak?: boolean;
  /** Set by clustering: the surface without edition and with single spaces, and the group. */
  plain?: string;
  group?: Group;
}

/** A role title found at tokens [a, b), for the roles stage. */
export interface TitleSpan {
  a: number;
  b: number;
  hit: TitleHit;
}

/** The tokens the entity rules read (the `entityTokens` layer of the Doc); the roles stage reads them too. */
export interface EntityTokens {
  toks: readonly Tok[];
  /** Per token: 1 when it is the first word of its sentence (after opening quotes and bullets). */
  initial: Uint8Array;
  /** Per token: index of its sentence. */
  sent: Int32Array;
  /** The token-feature layer of `toks` (the Doc's own when no token was split). */
  words: Words;
}

/** What a typing decision adds to a mention besides its range, type and rule. */
export type MentionExtra = Partial<Pick<Mention, 'hit' | 'country' | 'definedBy' | 'weak'>>;

/** A mention over tokens [a, b), in the one object shape every mention has (no optional fields added later). */
export function makeMention(
  toks: readonly Tok[],
  a: number,
  b: number,
  type: EntityType,
  rule: EntityRuleId,
  basis: Basis,
  extra?: MentionExtra,
): Mention {
  return {
    a,
    b,
    start: toks[a]!.start,
    end: toks[b - 1]!.end,
    type,
    rule,
    basis,
    hit: extra?.hit,
    country: extra?.country,
    definedBy: extra?.definedBy,
    weak: extra?.weak ?? false,
    plain: undefined,
    group: undefined,
  };
}

/** Adds a mention over tokens [a, b) (none when empty). */
export type Push = (
  a: number,
  b: number,
  type: EntityType,
  rule: EntityRuleId,
  basis: Basis,
  extra?: MentionExtra,
) => void;

/**
 * Mentions in order of `key` already (as most are: they are made left to right), so a stable sort would change nothing.
 */
export function sortedBy(mentions: readonly Mention[], key: 'a' | 'start'): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]![key] < mentions[i - 1]![key]) return false;
  return true;
}
