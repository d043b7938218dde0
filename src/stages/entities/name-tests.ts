import { TITLE_TRIE } from '../../rules/gazetteers/index.js';
import * as L from '../../rules/gazetteers/lexicon.js';
import { F, T } from '../../rules/gazetteers/word-flags.js';
import type { EntityContext } from './context.js';

// Tests of words and runs that the typing rules (typing.ts) ask: is this a person's name, a speaker, …

const ACCEPT_ANY = (): boolean => true;
export const INITIAL = /^\p{Lu}$/u;
export const HAS_DIGIT = /\d/;
export const HAS_LOWER = /[a-z]/;
/** Two upper-case letters somewhere (`IoT`, `AI`), unlike a capitalised word (`Cat`). */
export const UPPER2 = /\p{Lu}.*\p{Lu}/u;
/** Ends in a capital (`IsDB`), unlike a word with a capitalised stem and a lower-case tail (`AKSes`). */
export const UPPER_LAST = /\p{Lu}$/u;
/** A Roman numeral as units and commands are numbered (`LLDIKTI Wilayah IX`, `Kodam XXIV`). */
export const ROMAN_NUMERAL = /^[IVXL]{1,6}$/;
/** A unit's number: up to three digits or a Roman numeral (`Wilayah 2`, `Wilayah IX`). */
export const unitNumber = (t: { text: string; kind: string } | undefined): boolean =>
  !!t && (t.kind === 'number' ? /^\d{1,3}$/.test(t.text) : ROMAN_NUMERAL.test(t.text));

/**
 * A body's short form by its shape: all capitals (`KPK`, `ICIEC`) or capitals inside the word (`IsDB`,
 * `KemenPAN`), but not a person's initials the press uses (`SBY`) nor a surname with an inner capital
 * (`McDonald`, `DiCaprio`, `LeBron`).
 */
export function bodyAcronym(text: string): boolean {
  if (!UPPER2.test(text) || /[\d-]/.test(text) || text.length > 8 || !/^\p{Lu}/u.test(text)) return false;
  if (L.PERSON_ACRONYMS.has(text.toLowerCase())) return false;
  return !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O')\p{Lu}\p{Ll}/u.test(text);
}

/**
 * A run that can be a speaker's name: one to four capitalised words, none a pronoun, title-like noun, date or acronym.
 */
export function speakerName(ctx: EntityContext, a: number, b: number): boolean {
  if (b - a > 4 || a >= b) return false;
  for (let k = a; k < b; k++) {
    const t = ctx.toks[k]!;
    if (t.kind !== 'word' || !ctx.wcap(k) || t.upper || ctx.quotedTitle(k)) return false;
    const f = ctx.fl(k);
    if (f & (F.STOP | F.NOT_NAME | F.HONORIFIC | F.PERSON_NOUN) || (PERSON_NOUN_PREFIX.test(t.norm) && ctx.isCommon(k)))
      return false;
  }
  return true;
}
/** `peneliti`, `pengamat`, `petugas`, `pejabat`: Indonesian agent nouns, not names (the speech override skips them). */
const PERSON_NOUN_PREFIX = /^pe(?:ng|ny|n|m|r|l)?[a-z]{3,}$/;

/** What may stand before the last of a list of speakers (`…, Nur Syarifah, menyampaikan`, `A dan B, mengungkapkan`). */
const LIST_BEFORE: ReadonlySet<string> = new Set([',', 'dan', 'serta']);

/** `, Name,` next to a title: `Direktur …, Sidharto R. Suryodipuro` or `Igor Morgulov, Wakil Menteri`. */
export function appositive(ctx: EntityContext, a: number, b: number): boolean {
  const next = ctx.toks[b];
  const after = ctx.toks[b + 1];
  if (next?.text !== ',' || !after) return false;
  // `Tsvangirai , mantan tokoh serikat pekerja`, `X , seorang penyanyi`: a description that only a person takes.
  // `…, Nur Syarifah, menyampaikan`: a name in commas before a speech verb is its speaker.
  if (!after.cap)
    return (
      after.kind === 'word' &&
      (L.PERSON_APPOSITION_OPENERS.has(after.norm) ||
        (LIST_BEFORE.has(ctx.toks[a - 1]?.norm ?? '') && (ctx.fl(b + 1) & F.SPEECH_AFTER) !== 0))
    );
  return TITLE_TRIE.match(ctx.norms, b + 1, ACCEPT_ANY, ctx.n) !== null;
}

/**
 * The comma at token `comma` closes a title phrase: a title's run, then at most a bracketed short form and a
 * qualifying name (`Menteri Pertahanan (Menhan) RI , Sjafrie Sjamsoeddin`): the name after it holds the title.
 */
export function titleBeforeComma(ctx: EntityContext, comma: number): boolean {
  const toks = ctx.toks;
  for (let k = comma; k >= 0 && comma - k <= 6; k--) {
    if (ctx.titleRunEnds.has(k)) return true;
    const t = toks[k - 1];
    if (!t || !(ctx.wcap(k - 1) || t.text === '(' || t.text === ')')) return false;
  }
  return false;
}

// Word tests by token index, for `everyWord` and `someWord` (plain functions: no closure per call).
/**
 * `and` in lower case, or a capitalised word that is neither common nor an English function word (`Bill and Melinda
 * Gates`).
 */
export const joinedName = (ctx: EntityContext, k: number): boolean => {
  const w = ctx.toks[k]!;
  return (w.norm === 'and' && !w.cap) || (w.cap && !ctx.common(k) && !(ctx.fl(k) & F.ENGLISH_FUNCTION));
};
export const commonLower = (ctx: EntityContext, k: number): boolean => ctx.common(k) && !ctx.toks[k]!.upper;
export const commonOrAcronym = (ctx: EntityContext, k: number): boolean =>
  ctx.common(k) || UPPER2.test(ctx.toks[k]!.text);
export const commonOrEnglish = (ctx: EntityContext, k: number): boolean => ctx.common(k) || ctx.isEnglish(k);
export const englishName = (ctx: EntityContext, k: number): boolean => (ctx.tf(k) & T.ENGLISH_NAME) !== 0;

/**
 * Endings of Javanese and Arabic personal names (`Waryono`, `Haryanto`, `Soeharto`, `Herawati`,
 * `Syaifuddin`, `Hidayatullah`), tested only on words outside the root-word list.
 */
const NAME_ENDING = /^[a-z]{2,}(?:[iy]ono|[dj]ono|[nrw]ono|anto|yanto|harto|wati|ningsih|ningrum|uddin|ullah)$/;

/**
 * A word (token `k`) that is evidence of a person by itself: a listed given name, a name's ending, or a given name
 * compromise knows (`Melanie`).
 */
export function givenName(ctx: EntityContext, k: number): boolean {
  const w = ctx.toks[k]!;
  if (!w.cap || w.upper || HAS_DIGIT.test(w.text)) return false;
  const f = ctx.fl(k);
  if (f & F.GIVEN_NAME) return true;
  if (ctx.isCommon(k)) return false;
  return NAME_ENDING.test(w.norm) || (ctx.tf(k) & T.ENGLISH_FIRST_NAME) !== 0;
}

/**
 * Verbs of what the people in releases do and think (me-/ber- verbs), but not the copulas and measures that programmes
 * and figures take (`merupakan`, `mencapai`).
 */
const ACTOR_VERB = /^(?:me|ber)[a-z]{3,}$/;
const NOT_ACTOR_VERBS = new Set([
  'merupakan',
  'menjadi',
  'memiliki',
  'mempunyai',
  'mencapai',
  'meningkat',
  'menurun',
  'melemah',
  'menguat',
  'berada',
  'berlaku',
  'bertujuan',
  'berfungsi',
  'berisi',
  'berupa',
  'bernilai',
  'berjumlah',
  'menyediakan',
  'memberikan',
  'mencakup',
  'meliputi',
  'berbasis',
  'bertema',
  'berlangsung',
  'berjalan',
  'menunjukkan',
  'tumbuh',
  'mengalami',
]);
const ACTOR_WORDS = new Set([
  'percaya',
  'yakin',
  'enggan',
  'optimistis',
  'optimis',
  'sempat',
  'pernah',
  'kini',
  'sendiri',
]);
/**
 * Token `k` is an actor's verb (`menargetkan`, `percaya`), or with `adverb`, a pre-verb adverb and such a verb (`juga
 * menjamin`).
 */
export function actorVerb(ctx: EntityContext, k: number, adverb: boolean): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (adverb && k + 1 < ctx.n && L.PRE_VERB_ADVERBS.has(t.norm)) return actorVerb(ctx, k + 1, false);
  if (ACTOR_WORDS.has(t.norm)) return true;
  return ACTOR_VERB.test(t.norm) && !NOT_ACTOR_VERBS.has(t.norm) && ctx.isCommon(k);
}

/** Indonesian derived words (`Terpilih`, `Keamanan`, `Pembangunan`): a title's tail, never the first word of a name. */
export const DERIVED_WORD = /^(?:ter|ke|pe|per|pem|pen|peng|peny)[a-z]{3,}$/;
/** A noun made with `-an` (`Layanan`, `Jabatan`, `Pangkalan`) or `-isasi`. */
const AN_NOUN = /^[a-z]{3,}(?:an|isasi)$/;

/** Token `k` is a dictionary word with a derivational affix (`Keterisian`, `Layanan`, `Terdaftar`). */
export function derivedCommon(ctx: EntityContext, k: number): boolean {
  const w = ctx.toks[k]!.norm;
  // Seven letters at least: shorter derived words are often given names too (`Kemala`, `Permana`); the longer
  // ones that are (`Pertiwi`) are in the given-name list, which the typing rule checks first.
  return w.length >= 7 && (DERIVED_WORD.test(w) || AN_NOUN.test(w)) && ctx.common(k);
}

/**
 * Indonesian derived nouns (`Kepemimpinan`, `Pengembangan`, `Literasi`, `Digitalisasi`), not name words; `-wan` names
 * (`Setiawan`) excepted.
 */
const DERIVED_NOUN = /^(?:(?:ke|pe|per|pem|pen|peng|peny)[a-z]{3,}(?<!w)an|[a-z]{3,}(?:asi|itas|ologi|isme))$/;

/**
 * Two to six words in a person's name shape (`Ferry Juliantono`, `Sindy C. Nelwan`, `Abdul Mu'ti`):
 * each capitalised with lower case after its first letter, or a one-letter initial, or a name
 * particle (`bin`, `van`); no digits, no acronyms or capitals (`UNU NTB`, `PPN DTP`), no derived
 * Indonesian nouns (`Kinerja Pendapatan Negara` has `pendapatan`), and fewer than two English words
 * that are not personal names making half the run (`Countercyclical Capital Buffer`).
 */
export function nameShaped(ctx: EntityContext, a: number, b: number, count: number): boolean {
  if (count < 2 || count > 6) return false;
  let english = 0;
  let initials = 0;
  for (let k = a; k < b; k++) {
    const w = ctx.toks[k]!;
    if (w.kind !== 'word') continue;
    const t = w.text;
    if (!w.cap) {
      if (!(ctx.fl(k) & F.NAME_PARTICLE)) return false;
      continue;
    }
    if (INITIAL.test(t)) {
      initials++;
      continue;
    }
    if (HAS_DIGIT.test(t) || UPPER2.test(t) || !HAS_LOWER.test(t)) return false;
    if (DERIVED_NOUN.test(w.norm)) return false;
    if ((ctx.tf(k) & (T.COMMON | T.ENGLISH_NAME)) === 0 && ctx.isEnglish(k)) english++;
  }
  if (initials === count) return false;
  return !(english >= 2 && english * 2 >= count);
}
