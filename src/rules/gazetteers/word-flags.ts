import * as L from './lexicon.js';
import { wordColumn } from '../../text/words.js';
import {
  isCommonWord,
  isEnglishFirstName,
  isEnglishName,
  isEnglishWord,
  signature,
  signatures,
  STOP_WORDS,
} from './words.js';

/**
 * What the entity rules ask about a word, as bit sets and columns of the token-feature layer
 * (src/text/words.ts): which lexicon lists hold it (`LIST_FLAGS`), and what the tests of words.ts
 * answer (`TEST_FLAGS`: Indonesian common word, English name; `ENGLISH_WORD`). The rules ask these
 * several times per capitalised word and its neighbours; each is answered once per word.
 * Each bit is one list in lexicon.ts or one test in words.ts; the lists stay the data.
 */
export const F = {
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

/** Bits of `TEST_FLAGS`. */
export const T = {
  /** `isCommonWord`. */
  COMMON: 1 << 1,
  /** `isEnglishName`. */
  ENGLISH_NAME: 1 << 2,
  /** `isEnglishFirstName`. */
  ENGLISH_FIRST_NAME: 1 << 3,
} as const;

/** The bits that come from fixed lists, for the words those lists hold. */
const LISTED: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
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

/** `signature` of every listed word: most words of a text are in no list, and this answers them unhashed. */
const LISTED_SIGNATURES = signatures(LISTED.keys());

/** The `F` flags of a word (a token's `norm`): one column of the token-feature layer. */
export const LIST_FLAGS = wordColumn('entity.list-flags', (norm: string): number => LISTED.get(norm) ?? 0, {
  skip: (norm) => LISTED_SIGNATURES[signature(norm)] === 0,
  none: 0,
});

/** The `T` flags of a word: the tests of words.ts, asked of fewer tokens than the lists and dearer to answer. */
export const TEST_FLAGS = wordColumn(
  'entity.test-flags',
  (norm: string): number =>
    (isCommonWord(norm) ? T.COMMON : 0) |
    (isEnglishName(norm) ? T.ENGLISH_NAME : 0) |
    (isEnglishFirstName(norm) ? T.ENGLISH_FIRST_NAME : 0),
);

/** `isEnglishWord` (WordNet's lemmas), apart from `TEST_FLAGS`: asked of far fewer words. */
export const ENGLISH_WORD = wordColumn('entity.english-word', isEnglishWord);
