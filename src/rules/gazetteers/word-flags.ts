import * as L from './lexicon.js';
import {
  detached,
  isCommonWord,
  isEnglishFirstName,
  isEnglishName,
  isEnglishWord,
  signature,
  SIGNATURES,
  STOP_WORDS,
} from './words.js';

/**
 * What the entity rules ask about a word, as bit sets: which lexicon lists hold it (`listFlags`, one
 * lookup in a small map of the listed words), and what the tests of words.ts answer (`testFlags`:
 * Indonesian common word, English word and name, kept per word in a bounded table, as these are
 * asked of far fewer tokens and cost more to answer). The rules ask these questions several times
 * per capitalised word and its neighbours; src/stages/entities.ts keeps both answers per token.
 * Each bit is one list in lexicon.ts or one test in words.ts; the lists stay the data.
 */
export const F = {
  /** Set on every answer, so that 0 can mean "not looked up yet" in a per-token array. */
  KNOWN: 1 << 0,
  STOP: 1 << 1,
  NOT_NAME: 1 << 2,
  GIVEN_NAME: 1 << 3,
  NAME_CONNECTOR: 1 << 4,
  HONORIFIC: 1 << 5,
  WEAK_HONORIFIC: 1 << 6,
  SPEECH_BEFORE: 1 << 7,
  SPEECH_BEFORE_STRICT: 1 << 8,
  SPEECH_AFTER: 1 << 9,
  ORG_CUE: 1 << 10,
  PRODUCT_CUE: 1 << 11,
  LOC_PREP: 1 << 12,
  ENGLISH_FUNCTION: 1 << 13,
  /** Any head word: ORG_HEADS, EVENT_HEADS, EVENT_HEADS_NEED_MORE, DOC_HEADS, LOC_HEADS. */
  HEAD: 1 << 14,
  ORG_HEAD: 1 << 15,
  LAW_FIRST: 1 << 16,
  LOWER_LOC_HEAD: 1 << 17,
  NUMBERED_HEAD: 1 << 18,
  CORPS: 1 << 19,
  RANK: 1 << 20,
  NAME_PARTICLE: 1 << 21,
  PERSON_NOUN: 1 << 22,
  /** Any word that types an English name: EVENT_TAILS_EN, ORG_TAILS_EN, LOC_TAILS_EN, DOC_WORDS_EN. */
  ENGLISH_TYPE_WORD: 1 << 23,
  ORG_TAIL_EN: 1 << 24,
} as const;

/** Bits of `testFlags`. */
export const T = {
  /** Set on every answer, as `F.KNOWN`. */
  KNOWN: 1 << 0,
  /** `isCommonWord`. */
  COMMON: 1 << 1,
  /** `isEnglishName`. */
  ENGLISH_NAME: 1 << 2,
  /** `isEnglishFirstName`. */
  ENGLISH_FIRST_NAME: 1 << 3,
  /** ENGLISH_WORD has been looked up (WordNet is loaded only when a rule first asks; see `withEnglishWord`). */
  ENGLISH_CHECKED: 1 << 4,
  /** `isEnglishWord`. */
  ENGLISH_WORD: 1 << 5,
} as const;

/** The bits that come from fixed lists, for the words those lists hold. */
const LISTED: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? F.KNOWN) | bit);
  };
  mark(STOP_WORDS, F.STOP);
  mark(L.NOT_NAMES, F.NOT_NAME);
  mark(L.GIVEN_NAMES, F.GIVEN_NAME);
  mark(L.NAME_CONNECTORS, F.NAME_CONNECTOR);
  mark(L.HONORIFICS, F.HONORIFIC);
  mark(L.WEAK_HONORIFICS, F.WEAK_HONORIFIC);
  mark(L.SPEECH_BEFORE, F.SPEECH_BEFORE);
  mark(L.SPEECH_BEFORE_STRICT, F.SPEECH_BEFORE_STRICT);
  mark(L.SPEECH_AFTER, F.SPEECH_AFTER);
  mark(L.ORG_CUES, F.ORG_CUE);
  mark(L.PRODUCT_CUES, F.PRODUCT_CUE);
  mark(L.LOC_PREPS, F.LOC_PREP);
  mark(L.ENGLISH_FUNCTION, F.ENGLISH_FUNCTION);
  for (const heads of [L.ORG_HEADS, L.EVENT_HEADS, L.EVENT_HEADS_NEED_MORE, L.DOC_HEADS, L.LOC_HEADS])
    mark(heads, F.HEAD);
  mark(L.ORG_HEADS, F.ORG_HEAD);
  mark(L.LAW_FIRST, F.LAW_FIRST);
  mark(L.LOWER_LOC_HEADS, F.LOWER_LOC_HEAD);
  mark(L.NUMBERED_HEADS, F.NUMBERED_HEAD);
  mark(L.CORPS, F.CORPS);
  mark(L.RANKS, F.RANK);
  mark(L.NAME_PARTICLES, F.NAME_PARTICLE);
  mark(L.PERSON_NOUNS, F.PERSON_NOUN);
  for (const words of [L.EVENT_TAILS_EN, L.ORG_TAILS_EN, L.LOC_TAILS_EN, L.DOC_WORDS_EN])
    mark(words, F.ENGLISH_TYPE_WORD);
  mark(L.ORG_TAILS_EN, F.ORG_TAIL_EN);
  return m;
})();

/**
 * `signature` of every listed word: most words of a text are in no list, and this answers them without a map lookup.
 */
const LISTED_SIGNATURES: Uint8Array = (() => {
  const a = new Uint8Array(SIGNATURES);
  for (const w of LISTED.keys()) a[signature(w)] = 1;
  return a;
})();

/** The `F` flags of a lower-cased word (a token's `norm`). */
export function listFlags(norm: string): number {
  if (LISTED_SIGNATURES[signature(norm)] === 0) return F.KNOWN;
  return LISTED.get(norm) ?? F.KNOWN;
}

/** `T` flags by word, for every word asked. Bounded: starts over when full (a large batch sees many distinct words). */
const tested = new Map<string, number>();
const TESTED_MAX = 200_000;

/** The `T` flags of a lower-cased word, ENGLISH_WORD not yet looked up. */
export function testFlags(norm: string): number {
  const known = tested.get(norm);
  if (known !== undefined) return known;
  let f = T.KNOWN;
  if (isCommonWord(norm)) f |= T.COMMON;
  if (isEnglishName(norm)) f |= T.ENGLISH_NAME;
  if (isEnglishFirstName(norm)) f |= T.ENGLISH_FIRST_NAME;
  if (tested.size >= TESTED_MAX) tested.clear();
  tested.set(detached(norm), f);
  return f;
}

/** `flags` (the word's `testFlags`) with ENGLISH_WORD looked up. */
export function withEnglishWord(norm: string, flags: number): number {
  if (flags & T.ENGLISH_CHECKED) return flags;
  const f = flags | T.ENGLISH_CHECKED | (isEnglishWord(norm) ? T.ENGLISH_WORD : 0);
  if (tested.has(norm)) tested.set(norm, f);
  return f;
}
