import type { Doc, Stage } from '../doc.js';
import type { EntityType } from '../schema/record.js';
import type { EntityRuleId } from '../rules/entity-patterns.js';
import { GAZETTEER, TITLE_TRIE, type GazHit, type TitleHit } from '../rules/gazetteers/index.js';
import * as L from '../rules/gazetteers/lexicon.js';
import { F, listFlags, T, testFlags, withEnglishWord } from '../rules/gazetteers/word-flags.js';

/** Off with SIARAN_NO_ENGLISH=1 (for measuring what the English-word test changes). */
const ENGLISH_TEST = process.env.SIARAN_NO_ENGLISH !== '1';
import type { Token } from '../text/tokens.js';
import { buildClusters, type Group } from './clusters.js';

/** A token as the entity rules see it: `ASEAN-Rusia` split into `ASEAN`, `-`, `Rusia`. */
export type Tok = Token;

/** A mention before clustering: token range, type, rule, and what the gazetteer knew. */
export interface Mention {
  a: number;
  b: number;
  start: number;
  end: number;
  type: EntityType;
  rule: EntityRuleId;
  hit?: GazHit;
  /** Country of a body named with one (`Kementerian Luar Negeri Rusia` → RUS). */
  country?: string;
  /** Text of the long name this acronym was defined by (`ARSOM` → the meeting's name). */
  definedBy?: string;
  /** A default PERSON (`ent.name`) with no person evidence yet: kept only when the document gives some (see `resolveWeakPersons`). */
  weak?: boolean;
  /** Set by clustering: the surface without edition and with single spaces, and the group. */
  plain?: string;
  group?: Group;
}

export interface EntityAnalysis {
  toks: readonly Tok[];
  /** Per token: 1 when it is the first word of its sentence (after opening quotes and bullets). */
  initial: Uint8Array;
  /** Per token: index of its sentence. */
  sent: Int32Array;
  mentions: Mention[];
  /** Role titles found at token ranges, for the roles stage. */
  titles: { a: number; b: number; hit: TitleHit }[];
}

// ---- tokens --------------------------------------------------------------------------------------

const LETTER = /\p{L}/gu;
const LOWER_START = /^[a-z]+[A-Z]/;

/** Splits `ASEAN-Rusia` when a part is a known name and the whole is not a gazetteer key token. Returns the input when nothing splits. */
function splitTokens(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const parts = t.kind === 'word' && t.cap && t.norm.includes('-') && !GAZETTEER.hyphenated.has(t.norm) && !TITLE_TRIE.hyphenated.has(t.norm) ? knownParts(t.norm) : null;
    if (!parts) {
      if (out) out.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    let prev = t.start;
    for (let k = 0; k < parts.length; k += 2) {
      const s = parts[k]!;
      const e = parts[k + 1]!;
      if (k > 0) out.push(sub(t, prev, t.start + s, 'punct', false));
      out.push(sub(t, t.start + s, t.start + e, 'word', k === 0 ? t.spaceBefore : false));
      prev = t.start + e;
    }
  }
  return out ?? tokens;
}
const ACCEPT_ANY = (): boolean => true;
/** Offsets [s0, e0, s1, e1 …] of the parts of a hyphenated word when one part is a known name. */
function knownParts(norm: string): number[] | null {
  const parts: number[] = [];
  let known = false;
  let s = 0;
  for (let k = 0; k <= norm.length; k++) {
    if (k < norm.length && norm[k] !== '-') continue;
    if (k > s) {
      parts.push(s, k);
      if (!known && GAZETTEER.match([norm.slice(s, k)], 0, ACCEPT_ANY)) known = true;
    }
    s = k + 1;
  }
  return known ? parts : null;
}
function sub(t: Token, start: number, end: number, kind: Token['kind'], spaceBefore: boolean): Token {
  const text = t.text.slice(start - t.start, end - t.start);
  const letters = (text.match(LETTER) ?? []).join('');
  return {
    start,
    end,
    text,
    norm: t.norm.slice(start - t.start, end - t.start),
    kind,
    cap: kind === 'word' && text[0] !== text[0]!.toLowerCase(),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    spaceBefore,
  };
}

const OPENERS = new Set(['"', "'", '(', '[', '-', '*', '•', '·', '–', '—', ':']);

/** Per token: sentence-initial flag and sentence index, without copying tokens. */
function markSentences(doc: Doc, tokens: readonly Token[]): { initial: Uint8Array; sent: Int32Array } {
  const n = tokens.length;
  const initial = new Uint8Array(n);
  const sentOf = new Int32Array(n);
  let sent = 0;
  let fresh = true;
  const starts = doc.sentences;
  let nextStart = starts.length > 1 ? starts[1]!.start : Infinity;
  const view = doc.view;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (starts.length > 0) {
      while (t.start >= nextStart) {
        sent++;
        fresh = true;
        nextStart = sent + 1 < starts.length ? starts[sent + 1]!.start : Infinity;
      }
    } else if (i > 0) {
      // No sentence layer: a line break or a sentence-final mark before the token starts a sentence.
      const prevTok = tokens[i - 1]!;
      const nl = view.indexOf('\n', prevTok.end);
      const prev = prevTok.text;
      if ((nl >= 0 && nl < t.start) || ((prev === '.' || prev === '!' || prev === '?') && t.start > prevTok.end)) {
        fresh = true;
        sent++;
      }
    }
    if (fresh && t.kind === 'word') initial[i] = 1;
    if (fresh && (t.kind === 'word' || t.kind === 'number' || !OPENERS.has(t.text))) fresh = false;
    sentOf[i] = sent;
  }
  return { initial, sent: sentOf };
}

/** Longest quoted stretch (in tokens) that can be a title of a work rather than speech. */
const MAX_TITLE_QUOTE = 8;
const CLAUSE_END = new Set([',', '.', '!', '?', ';', ':']);

/**
 * Per token: 1 inside a short double-quoted stretch that reads as a title (`" Bad Romance "`,
 * `" Ich bau ' dir ein Schloss "`): at most 8 tokens between the marks, no sentence or clause
 * mark right before the closing one (speech ends `… ," kata X`). One forward pass over the quote marks.
 */
function markQuotedTitles(toks: readonly Token[], out: Uint8Array): void {
  let open = -1;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.text !== '"') continue;
    if (open < 0) {
      open = i;
      continue;
    }
    if (i - open - 1 <= MAX_TITLE_QUOTE && i - open > 1 && !CLAUSE_END.has(toks[i - 1]!.text)) for (let k = open + 1; k < i; k++) out[k] = 1;
    open = -1;
  }
}

// ---- per-analysis state (the stage is synchronous; these are reset by `analyse`) ----------------

/** Sentence-initial flags of the current analysis' tokens. */
let INI: Uint8Array = new Uint8Array(0);
/** Capitalised-word flags (`Rusia`, `ASEAN`, `iPhone`) of the current analysis' tokens. */
let WCAP: Uint8Array = new Uint8Array(0);
/** Per token: 1 inside a short quoted title (`" Black Date "`, `" Once Upon a Time in China "`), see `markQuotedTitles`. */
let QTITLE: Uint8Array = new Uint8Array(0);
/** Per token: its word's list flags and test flags (word-flags.ts), each looked up on first use; 0 until then. */
let FLAGS: Int32Array = new Int32Array(0);
let TESTS: Uint8Array = new Uint8Array(0);
const ini = (k: number): boolean => INI[k] === 1;
const wcap = (k: number): boolean => WCAP[k] === 1;
/** The `F` (list) flags of token `k`'s norm (any kind of token: `&` is a name connector). `k` must be a token index. */
function fl(k: number): number {
  const f = FLAGS[k]!;
  return f !== 0 ? f : (FLAGS[k] = listFlags(NORMS[k]!));
}
/** The `T` (test) flags of token `k`'s norm: common word, English name. */
function tf(k: number): number {
  const f = TESTS[k]!;
  return f !== 0 ? f : (TESTS[k] = testFlags(NORMS[k]!));
}
/** Token `k` is an Indonesian common word (`isCommonWord`). */
const isCommon = (k: number): boolean => (tf(k) & T.COMMON) !== 0;
/** Token `k` is an English word (`isEnglishWord`; loads WordNet on first use). */
function isEnglish(k: number): boolean {
  let f = tf(k);
  if (!(f & T.ENGLISH_CHECKED)) f = TESTS[k] = withEnglishWord(NORMS[k]!, f);
  return (f & T.ENGLISH_WORD) !== 0;
}

// ---- word tests ----------------------------------------------------------------------------------

const ENGLISH_NOUN = /(?:ity|tion|sion|ment|ness|ism|ance|ence|ship|ing|ies)$/;
const EDITION = /^ke-\d+$/;
const INITIAL = /^\p{Lu}$/u;
const HAS_DIGIT = /\d/;
const HAS_LOWER = /[a-z]/;
/** Two upper-case letters somewhere (`IoT`, `AI`), unlike a capitalised word (`Cat`). */
const UPPER2 = /\p{Lu}.*\p{Lu}/u;

/** A word that is ordinary language when capitalised: Indonesian common words and English abstract nouns. Token `k` of the current analysis. */
function common(k: number): boolean {
  const t = CUR[k]!;
  if (t.upper && t.norm.length <= 6) return false;
  const f = fl(k);
  // `Bambang`, `Agus`, `Siti` are in the root-word list, but capitalised they are names.
  return (f & F.GIVEN_NAME) === 0 && ((f & F.NOT_NAME) !== 0 || isCommon(k) || ENGLISH_NOUN.test(t.norm));
}

const isEdition = (t: Tok): boolean => t.kind === 'word' && t.norm.length > 3 && t.norm.charCodeAt(0) === 107 /* k */ && EDITION.test(t.norm);

// ---- the analysis --------------------------------------------------------------------------------

// Indonesian blends that name bodies: `Kompolnas`, `KemenPAN`, `Mapolda`, `Pemkot`.
const BODY_BLEND = /^(?:Kemen|Kemenko|Komnas|Kompol|Bappe|Pem(?:kab|kot|prov)|Ma?pol(?:da|res|sek)|Kodam|Korem|Kodim|Lanud|Lantamal|Dispen|Disdik|Dinkes)/;

/** Token indices right after a run that held a title (`Direktur Jenderal …|, Name`), per analysis. */
let titleRunEnds = new Set<number>();
/** Tokens of the current analysis, for the trie accept callbacks (no closure per token). */
let CUR: readonly Tok[] = [];
/** Token norms of the current analysis; only the first `N` entries are its own (see `scratch`). */
let NORMS: string[] = [];
let N = 0;

type Hit<V> = { end: number; value: V } | null;

// ---- per-token scratch arrays, reused from one document to the next --------------------------

/** Documents of up to this many tokens reuse the scratch arrays; a longer one gets its own, dropped after it. */
const SCRATCH_KEPT = 1 << 16;
let GAZ: Hit<GazHit>[] = [];
let TTL: Hit<TitleHit>[] = [];
/** Mentions by a token boundary, for one pass at a time (`indexMentions` … `clearMentionIndex`); all undefined between uses. */
let MENTION_AT: (Mention | undefined)[] = [];

/**
 * Sets WCAP, QTITLE, FLAGS, TESTS, NORMS, GAZ and TTL for `n` tokens, cleared over [0, n] (one
 * past the end, so that a look at token `n` reads 0 or null, as for a fresh array of that size).
 * Typed arrays of this size live outside the JS heap and cost an allocation and a finaliser each:
 * six per document added up. Their contents are only read while `analyse` runs.
 */
function scratch(n: number): void {
  const need = n + 1;
  if (need > FLAGS.length) {
    const size = need > SCRATCH_KEPT ? need : Math.min(SCRATCH_KEPT, Math.max(need, 2 * FLAGS.length, 1024));
    WCAP = new Uint8Array(size);
    QTITLE = new Uint8Array(size);
    FLAGS = new Int32Array(size);
    TESTS = new Uint8Array(size);
    NORMS = new Array<string>(size).fill('');
    GAZ = new Array<Hit<GazHit>>(size).fill(null);
    TTL = new Array<Hit<TitleHit>>(size).fill(null);
    MENTION_AT = new Array<Mention | undefined>(size).fill(undefined);
  } else {
    WCAP.fill(0, 0, need);
    QTITLE.fill(0, 0, need);
    FLAGS.fill(0, 0, need);
    TESTS.fill(0, 0, need);
    GAZ.fill(null, 0, need);
    TTL.fill(null, 0, need);
  }
  N = n;
}

/** Drops what the scratch arrays hold of the document (norms are slices of its text) and a long document's own arrays. */
function releaseScratch(n: number): void {
  if (FLAGS.length > SCRATCH_KEPT) {
    WCAP = QTITLE = TESTS = new Uint8Array(0);
    FLAGS = new Int32Array(0);
    NORMS = [];
    GAZ = [];
    TTL = [];
    MENTION_AT = [];
  } else NORMS.fill('', 0, n);
}

/** Puts every mention in MENTION_AT at its end (`b`) or start (`a`); a later mention replaces an earlier one there, as `Map.set` would. */
function indexMentions(mentions: readonly Mention[], byEnd: boolean): (Mention | undefined)[] {
  for (const m of mentions) MENTION_AT[byEnd ? m.b : m.a] = m;
  return MENTION_AT;
}
/** Empties MENTION_AT again (the mentions' `a`/`b` as they were indexed). */
function clearMentionIndex(mentions: readonly Mention[], byEnd: boolean): void {
  for (const m of mentions) MENTION_AT[byEnd ? m.b : m.a] = undefined;
}

/** Mentions in order of `key` already (as most are: they are made left to right), so a stable sort would change nothing. */
function sortedBy(mentions: readonly Mention[], key: 'a' | 'start'): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]![key] < mentions[i - 1]![key]) return false;
  return true;
}

export function analyse(doc: Doc): EntityAnalysis {
  titleRunEnds = new Set<number>();
  const toks = splitTokens(doc.tokens);
  const { initial, sent } = markSentences(doc, toks);
  const n = toks.length;
  INI = initial;
  CUR = toks;
  scratch(n);
  const norms = NORMS;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    norms[i] = t.norm;
    // `t.text !== t.norm` is a cheap test for an upper-case letter somewhere (`iPhone`).
    if (t.kind === 'word' && (t.cap || (t.text !== t.norm && LOWER_START.test(t.text)))) WCAP[i] = 1;
  }
  markQuotedTitles(toks, QTITLE);

  // Gazetteer and title hits at every capitalised word or number, longest first.
  const gaz = GAZ;
  const ttl = TTL;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.kind === 'number' || (t.kind === 'word' && t.cap)) {
      gaz[i] = GAZETTEER.match(norms, i, acceptGaz, n);
      if (t.cap) ttl[i] = TITLE_TRIE.match(norms, i, acceptTitle, n);
    }
  }

  const mentions: Mention[] = [];
  const titles: EntityAnalysis['titles'] = [];
  const push = (a: number, b: number, type: EntityType, rule: EntityRuleId, extra?: Partial<Mention>) => {
    if (b <= a) return;
    // One object shape for every mention (no optional fields added later).
    mentions.push({
      a,
      b,
      start: toks[a]!.start,
      end: toks[b - 1]!.end,
      type,
      rule,
      hit: extra?.hit,
      country: extra?.country,
      definedBy: extra?.definedBy,
      weak: extra?.weak ?? false,
      plain: undefined,
      group: undefined,
    });
  };

  let i = 0;
  while (i < n) {
    const t = toks[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    // Laws cited by number: `Undang-Undang Nomor 11 Tahun 2020 [tentang …]`.
    if (t.cap && fl(i) & F.LAW_FIRST) {
      const law = matchLaw(toks, i);
      if (law) {
        push(i, law, 'DOCUMENT', 'ent.law');
        i = law;
        continue;
      }
    }
    // The flag test last: most lower-case words are not followed by a name (and this runs on every one).
    if (!t.cap && wcap(i + 1) && !ini(i + 1) && fl(i) & F.LOWER_LOC_HEAD) {
      let e = runEnd(toks, i + 1, gaz);
      // `kota Camden dan Penrith`: stop before `dan`; the second name is coordinated.
      for (let k = i + 2; k < e; k++) if (toks[k]!.norm === 'dan' && !toks[k]!.cap) e = k;
      const g = gaz[i + 1];
      push(i, e, 'LOCATION', 'ent.location-head', g && g.end === e ? { hit: g.value } : undefined);
      i = e;
      continue;
    }
    if (!gaz[i] && !wcap(i)) {
      i++;
      continue;
    }
    // `#KampusBerdampak`, `@kemlu_ri`: hashtags and handles are not names.
    if (i > 0 && !t.spaceBefore && (toks[i - 1]!.text === '#' || toks[i - 1]!.text === '@')) {
      i++;
      while (i < n && !toks[i]!.spaceBefore) i++;
      continue;
    }
    const end = runEnd(toks, i, gaz);
    segmentRun(toks, i, end, gaz, ttl, push, titles);
    i = end;
  }

  coordinate(toks, mentions);
  legalForms(toks, mentions);
  applyAcronymDefinitions(toks, mentions);
  // After the definitions: a defined acronym (`Balai … (BGTK)`) keeps its link to its long name.
  const named = withPlaceNames(toks, mentions);
  const kept = dropCommonNounAcronyms(toks, named);
  harmonise(toks, kept);
  if (!sortedBy(kept, 'start')) kept.sort((x, y) => x.start - y.start);
  const result = { toks, initial, sent, mentions: dropOverlaps(resolveWeakPersons(toks, kept)), titles };
  releaseScratch(n);
  return result;
}

function acceptGaz(v: GazHit, start: number, end: number): boolean {
  return acceptName(CUR, start, end, v.exact, v);
}
function acceptTitle(v: TitleHit, start: number, end: number): boolean {
  return acceptName(CUR, start, end, v.exact);
}

/** Case rules for a gazetteer or title key over tokens [i, end). */
function acceptName(toks: readonly Tok[], i: number, end: number, exact?: string, v?: GazHit): boolean {
  // A name never crosses a sentence (or paragraph) boundary: `Kementerian Keuangan⏎⏎Republik Indonesia` is two lines.
  for (let k = i + 1; k < end; k++) if (ini(k)) return false;
  if (exact !== undefined) {
    if (end - i === 1) return toks[i]!.text === exact;
    let s = '';
    for (let k = i; k < end; k++) s += toks[k]!.text;
    return s === exact.replace(/\s+/g, '');
  }
  const first = toks[i]!;
  const last = toks[end - 1]!;
  if (!first.cap || !(last.cap || last.kind === 'number')) return false;
  // A one-word common-noun name (`Batu`, `Agung`) at the start of a sentence is not evidence.
  if (end - i === 1 && ini(i) && !first.upper && !(v?.ref.startsWith('country.') ?? false) && isCommon(i)) return false;
  return true;
}

/** End (exclusive) of the capitalised run starting at `i`: names, initials, inner connectors, hyphens, `ke-N`. */
function runEnd(toks: readonly Tok[], i: number, gaz: readonly ({ end: number } | null)[]): number {
  let j = i;
  const n = toks.length;
  let numbered = false;
  while (j < n) {
    const t = toks[j]!;
    if (j > i && ini(j)) break;
    if (t.cap && fl(j) & F.NUMBERED_HEAD) numbered = true;
    // `SMA Negeri 6 Jakarta`, `Kodim 0501`: a body numbered after its head keeps the number.
    if (numbered && j > i && t.kind === 'number' && /^\d{1,4}$/.test(t.text) && !isYear(t) && t.spaceBefore && !ini(j)) {
      j++;
      continue;
    }
    const g = gaz[j];
    if (g && g.end > j + 1) {
      j = g.end;
      continue;
    }
    if (j > i && t.cap && fl(j) & F.LAW_FIRST && matchLaw(toks, j)) break;
    if (wcap(j) || (j > i && isEdition(t))) {
      j++;
      continue;
    }
    if (j === i) break;
    const prev = toks[j - 1]!;
    const next = toks[j + 1];
    // `R.` in `Sidharto R. Suryodipuro`, `St.` in `St. Petersburg`, `Prof. Dr.`.
    if (t.text === '.' && !t.spaceBefore && (INITIAL.test(prev.text) || prev.norm === 'st' || prev.norm === 'jl' || fl(j - 1) & F.HONORIFIC) && wcap(j + 1) && next!.spaceBefore && !ini(j + 1)) {
      j++;
      continue;
    }
    // `Officials'` and `ASEAN-Russia`.
    if (t.text === "'" && !t.spaceBefore && prev.norm.endsWith('s') && wcap(j + 1)) {
      j++;
      continue;
    }
    if (t.text === '-' && !t.spaceBefore && next && !next.spaceBefore && wcap(j + 1)) {
      j++;
      continue;
    }
    // `ke-47` after a head, `Officials` … ; connectors inside names (`of the`, `dan`).
    if (t.kind === 'word' && !t.cap && fl(j) & F.NAME_CONNECTOR) {
      let k = j;
      while (k < n && toks[k]!.kind === 'word' && !toks[k]!.cap && fl(k) & F.NAME_CONNECTOR && k - j < 2) k++;
      if (wcap(k) && !ini(k)) {
        j = k;
        continue;
      }
    }
    break;
  }
  // Never end on a connector or punctuation.
  while (j > i + 1 && !wcap(j - 1) && !isEdition(toks[j - 1]!) && !gaz[j - 1] && toks[j - 1]!.text !== "'" && !(numbered && toks[j - 1]!.kind === 'number')) j--;
  return Math.max(j, i + 1);
}

type Push = (a: number, b: number, type: EntityType, rule: EntityRuleId, extra?: Partial<Mention>) => void;

/** Splits one capitalised run into mentions: titles and honorifics, heads, gazetteer names, the rest. */
function segmentRun(
  toks: readonly Tok[],
  a: number,
  b: number,
  gaz: readonly ({ end: number; value: GazHit } | null)[],
  ttl: readonly ({ end: number; value: TitleHit } | null)[],
  push: Push,
  titles: EntityAnalysis['titles'],
): void {
  const before = a > 0 ? toks[a - 1]! : undefined;
  // The word before the run, its flags (0 for no word), and the same for a lower-case word only.
  const bf = before && before.kind === 'word' ? fl(a - 1) : 0;
  const lowerBf = before && !before.cap ? bf : 0;
  let personCue: EntityRuleId | null = null;
  if (lowerBf & F.SPEECH_BEFORE) personCue = 'ent.person-speech';
  let weakHonorific = false;
  if (lowerBf & F.HONORIFIC) {
    personCue = 'ent.person-honorific';
    weakHonorific = (bf & F.WEAK_HONORIFIC) !== 0;
  }
  const speechStrong = (lowerBf & F.SPEECH_BEFORE_STRICT) !== 0;
  const productCue = (bf & F.PRODUCT_CUE) !== 0;
  const orgCue = (lowerBf & F.ORG_CUE) !== 0;
  const locCue = (lowerBf & F.LOC_PREP) !== 0 && before!.norm !== 'dari';

  // Whole-run English names typed by their last word: `… Community`, `… Meeting`, `… Outlook on the …`.
  const whole = englishWhole(toks, a, b, gaz);
  if (whole) {
    push(a, b, whole.type, whole.rule);
    return;
  }

  // An English run with inner function words and nothing known in it is typed whole (see classifyUnknown).
  let english = false;
  let known = false;
  for (let k = a; k < b; k++) {
    if (toks[k]!.kind === 'word' && !toks[k]!.cap && fl(k) & F.ENGLISH_FUNCTION) english = true;
    if (!known && (gaz[k] || ttl[k] || headAt(toks, k, b, gaz) || fl(k) & F.HONORIFIC)) known = true;
  }
  if (english && !known) {
    classifyUnknown(toks, a, b, { personCue, weakHonorific, speechStrong, productCue, locCue, orgCue: false }, push);
    return;
  }

  let k = a;
  while (k < b) {
    const t = toks[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') {
      k++;
      continue;
    }
    if (!t.cap && fl(k) & F.NAME_CONNECTOR) {
      k++;
      continue;
    }
    // Honorifics and academic titles: `Prof. Dr. Budi`, `Ibu Sri`, `H.E. Mr.`.
    if (!gaz[k] && !ttl[k] && fl(k) & F.HONORIFIC) {
      let m = k + 1;
      if (toks[m]?.text === '.') m++;
      if (m < b || (m === b && wcap(m))) {
        personCue = 'ent.person-honorific';
        weakHonorific = (fl(k) & F.WEAK_HONORIFIC) !== 0;
        k = m;
        continue;
      }
    }
    const g = gaz[k];
    // Heads: organisation, event, document, place, each running to the end of the run.
    const head = headAt(toks, k, b, gaz);
    if (head && head.generic && !g) {
      k = head.end;
      continue;
    }
    if (head && (!g || head.end > g.end)) {
      const country = innerCountry(gaz, k, head.end);
      push(k, head.end, head.type, head.rule, country ? { country } : {});
      k = head.end;
      continue;
    }
    // Titles: `Direktur Jenderal`, `Dirjen`, `Menteri Luar Negeri` – the next unknown name is a person.
    const tt = ttl[k];
    if (tt && (!g || tt.end >= g.end)) {
      titles.push({ a: k, b: tt.end, hit: tt.value });
      titleRunEnds.add(b);
      personCue = 'ent.person-title';
      k = tt.end;
      continue;
    }
    if (g) {
      const gEnd = Math.min(g.end, Math.max(b, g.end));
      let end = gEnd;
      const type = g.value.type;
      let rule: EntityRuleId = 'ent.gazetteer';
      // `ARSOM ke-17`, `KTT ASEAN ke-47` editions stay with an event.
      if (type === 'EVENT' && end < toks.length && isEdition(toks[end]!)) end++;
      const split = toks[k]!.start > 0 && !toks[k]!.spaceBefore && toks[k - 1]?.text === '-' ? true : end < toks.length && toks[end]?.text === '-' && !toks[end]!.spaceBefore;
      if (split && toks[k]!.end - toks[k]!.start < toks[k]!.text.length) rule = 'ent.split-hyphen';
      if (split) rule = 'ent.split-hyphen';
      push(k, end, type, rule, { hit: g.value });
      k = end;
      continue;
    }
    // `Kolonel Inf Troy`, `Mayjen TNI (Purn) Wiyarto`: a corps mark after a rank is neither name nor part of one.
    if (personCue === 'ent.person-honorific' && fl(k) & F.CORPS && k + 1 < b) {
      k++;
      continue;
    }
    // Unknown words up to the next gazetteer name, head, title or connector.
    let e = k + 1;
    while (e < b && !gaz[e] && !ttl[e] && !headAt(toks, e, b, gaz) && !(fl(e) & F.NAME_CONNECTOR && !toks[e]!.cap) && toks[e]!.text !== '-' && !(fl(e) & F.RANK && e + 1 < b)) e++;
    // `KRI Belati-622`, `KM Sinar Bangun`: a vessel prefix and the name after it are one named product.
    if (e - k >= 2 && L.VESSEL_PREFIXES.has(t.text)) {
      push(k, e, 'PRODUCT', 'ent.product');
      k = e;
      continue;
    }
    classifyUnknown(toks, k, e, { personCue, weakHonorific, speechStrong: speechStrong && k === a, productCue: productCue && k === a, locCue: locCue && k === a, orgCue: orgCue && k === a }, push);
    if (personCue === 'ent.person-title' || personCue === 'ent.person-honorific') personCue = null;
    k = e;
  }
}

/** An English name typed by one of its words, for the whole run. */
function englishWhole(toks: readonly Tok[], a: number, b: number, gaz: readonly ({ end: number; value: GazHit } | null)[]): { type: EntityType; rule: EntityRuleId } | null {
  // First and last word and their count, not an array of words: this runs on every capitalised run.
  let first = -1;
  let lastAt = -1;
  let count = 0;
  for (let k = a; k < b; k++) {
    if (toks[k]!.kind !== 'word') continue;
    if (first < 0) first = k;
    lastAt = k;
    count++;
  }
  if (count < 2) return null;
  const g = gaz[a];
  if (g && g.end >= b) return null;
  const last = toks[lastAt]!;
  const lf = fl(lastAt);
  if (lf & F.ENGLISH_TYPE_WORD && englishTyped(lastAt, lf)) {
    if (L.EVENT_TAILS_EN.has(last.norm)) return { type: 'EVENT', rule: 'ent.event' };
    if (lf & F.ORG_TAIL_EN && !(fl(first) & F.ORG_HEAD)) return { type: 'ORGANIZATION', rule: 'ent.org-en' };
    if (L.LOC_TAILS_EN.has(last.norm) && !(fl(first) & F.ORG_HEAD) && everyWord(toks, a, b, capitalised)) return { type: 'LOCATION', rule: 'ent.location-head' };
  }
  for (let k = first + 1; k < b; k++) {
    if (toks[k]!.kind !== 'word') continue;
    const f = fl(k);
    if (f & F.ENGLISH_TYPE_WORD && L.DOC_WORDS_EN.has(toks[k]!.norm) && englishTyped(k, f)) return { type: 'DOCUMENT', rule: 'ent.document' };
  }
  return null;
}

/** Token `k` (list flags `f`) as an English name's typing word (`Summit`, `Council`): not an Indonesian common word, or an English function word. */
const englishTyped = (k: number, f: number): boolean => !isCommon(k) || (f & F.ENGLISH_FUNCTION) !== 0;

type HeadHit = { end: number; type: EntityType; rule: EntityRuleId; generic?: boolean };

/**
 * A head word at `k` (`Kementerian`, `KTT`, `Nota Kesepahaman`, `Kota`) and where its name ends. A
 * name stops before `dan` + another head, which asks the same of the token after `dan`: a chain
 * `A dan Kementerian B dan Kementerian C …` is followed with an explicit stack of {@link headSteps},
 * not recursion, so its length is not bounded by the call stack.
 */
function headAt(toks: readonly Tok[], k: number, b: number, gaz: readonly ({ end: number; value: GazHit } | null)[]): HeadHit | null {
  const t = toks[k]!;
  if (t.kind !== 'word' || !t.cap || !(fl(k) & F.HEAD)) return null; // the common case, without a generator
  const stack = [headSteps(toks, k, b, gaz)];
  let answer = false;
  for (;;) {
    const step = stack[stack.length - 1]!.next(answer);
    if (step.done) {
      stack.pop();
      if (stack.length === 0) return step.value;
      answer = step.value !== null;
    } else {
      const u = toks[step.value]!;
      if (u.kind !== 'word' || !u.cap || !(fl(step.value) & F.HEAD)) answer = false;
      else stack.push(headSteps(toks, step.value, b, gaz));
    }
  }
}

/** The body of {@link headAt}: yields a token index to ask whether a head is there (the answer comes back). */
function* headSteps(toks: readonly Tok[], k: number, b: number, gaz: readonly ({ end: number; value: GazHit } | null)[]): Generator<number, HeadHit | null, boolean> {
  const t = toks[k]!;
  if (t.kind !== 'word' || !t.cap) return null;
  const w = t.norm;
  // One flag answers the common case (no head word) before the five lists below.
  if (!(fl(k) & F.HEAD)) return null;
  let type: EntityType | null = null;
  let rule: EntityRuleId = 'ent.org-head';
  let needMore = false;
  if (fl(k) & F.ORG_HEAD) {
    type = 'ORGANIZATION';
    needMore = L.ORG_HEADS_NEED_MORE.has(w);
  } else if (L.EVENT_HEADS.has(w) || L.EVENT_HEADS_NEED_MORE.has(w)) {
    type = 'EVENT';
    rule = 'ent.event';
    needMore = L.EVENT_HEADS_NEED_MORE.has(w);
  } else if (L.DOC_HEADS.has(w)) {
    type = 'DOCUMENT';
    rule = 'ent.document';
    needMore = L.DOC_HEADS_NEED_MORE.has(w);
  } else if (L.LOC_HEADS.has(w)) {
    type = 'LOCATION';
    rule = 'ent.location-head';
    needMore = true;
  }
  if (!type) return null;
  needMore = needMore || !t.upper;
  // Run on over capitalised words, stopping before `dan` + another head or known name, and after
  // a known name that unknown names follow (`Partai Golkar | Aburizal Bakrie`).
  let e = k + 1;
  while (e < b) {
    const u = toks[e]!;
    const g = gaz[e];
    if (g && g.end < b && g.end > e) {
      const nx = toks[g.end]!;
      if (nx.kind === 'word' && nx.cap && !gaz[g.end] && !(fl(g.end) & (F.ORG_HEAD | F.NAME_CONNECTOR)) && !common(g.end)) {
        e = g.end;
        break;
      }
    }
    if (e > k + 1 && gaz[k] && gaz[k]!.end === e && u.kind === 'word' && u.cap && !gaz[e] && !common(e)) break;
    if (!u.cap && fl(e) & F.NAME_CONNECTOR) {
      // `Pulau Sebesi dan Sebuku`: a place name does not run over `dan`; the second name is coordinated (see `coordinate`).
      if (type === 'LOCATION' && (u.norm === 'dan' || u.norm === 'and')) break;
      const nx = e + 1 < b ? e + 1 : -1;
      if (nx < 0 || (yield nx) || (u.norm === 'dan' && gaz[nx] && gaz[nx]!.value.type !== 'LOCATION')) break;
    }
    e++;
  }
  // `Peringatan Hari Sumpah Pemuda ke-97 Tahun | 2025`: a trailing `Tahun` without its year is not part of the name.
  if (e - k > 2 && toks[e - 1]!.norm === 'tahun') e--;
  if (needMore && e - k < 2) return null;
  // A place head needs a name after it that is not only common words (`Kota itu`).
  if (type === 'LOCATION' && e - k < 2) return null;
  // `Nota Kesepahaman`, `Perjanjian Kerja`, `Instruksi Presiden`, `Keputusan Tim Seleksi`: a document
  // head with one or two common words and no number after it is a kind of document, not a name.
  if (type === 'DOCUMENT' && e - k <= 3 && genericName(toks, k + 1, e)) return { end: e, type, rule, generic: true };
  return { end: e, type, rule };
}

/** Words [a, e) are all Indonesian common words or titles and no number, `Nomor` or bracketed acronym follows. */
function genericName(toks: readonly Tok[], a: number, e: number): boolean {
  for (let k = a; k < e; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || t.upper || !(isCommon(k) || TITLE_TRIE.match(NORMS, k, ACCEPT_ANY, N))) return false;
  }
  const nx = toks[e];
  if (nx && (nx.kind === 'number' || nx.norm === 'nomor' || nx.norm === 'no' || (nx.text === '(' && toks[e + 1]?.upper))) return false;
  return true;
}

function innerCountry(gaz: readonly ({ end: number; value: GazHit } | null)[], a: number, b: number): string | undefined {
  for (let k = a + 1; k < b; k++) {
    const g = gaz[k];
    if (g && g.end <= b && g.value.ref.startsWith('country.')) return g.value.country;
  }
  return undefined;
}

/** Unknown capitalised words [a, b): a person, place, organisation or nothing, by the cues around them. */
function classifyUnknown(
  toks: readonly Tok[],
  a: number,
  b: number,
  cues: { personCue: EntityRuleId | null; weakHonorific: boolean; speechStrong: boolean; productCue: boolean; locCue: boolean; orgCue: boolean },
  push: Push,
): void {
  // Speech evidence outweighs the dictionary: `kata Jero`, `Vena mengaku`, `Sri Rahayu menambahkan`
  // are persons although `jero`, `vena`, `sri` are also root words.
  const follow = toks[b];
  if ((cues.speechStrong || (follow && follow.kind === 'word' && !follow.cap && fl(b) & F.SPEECH_AFTER)) && speakerName(toks, a, b)) {
    return push(a, b, 'PERSON', 'ent.person-speech');
  }
  // Drop leading words that are sentence-initial common words or stop words.
  let opener = false;
  while (a < b && toks[a]!.kind === 'word' && (fl(a) & F.STOP || (ini(a) && common(a) && !cues.personCue))) {
    // `Menurut Arie , …`: a sentence-initial speech word is a cue like a lower-case one.
    if (ini(a) && !cues.personCue && fl(a) & F.SPEECH_BEFORE_STRICT) cues.personCue = 'ent.person-speech';
    opener = cues.personCue === 'ent.person-speech';
    a++;
  }
  // … and, as after `kata`, it outweighs the dictionary: `Menurut Amir , …`.
  if (opener && toks[b]?.text === ',' && speakerName(toks, a, b)) return push(a, b, 'PERSON', 'ent.person-speech');
  // Trailing dates and connectors (`Amanda Vanstone Selasa`, `Financial Times Senin`) are not part of a name.
  while (b > a && (toks[b - 1]!.kind !== 'word' || (fl(b - 1) & F.NOT_NAME && b - 1 > a))) b--;
  if (a >= b) return;
  // The words of [a, b) (tokens of kind `word`), by index: how many, the first and the last, and
  // what all or some of them are. No array of words: this runs on every unknown run.
  let count = 0;
  let first = -1;
  let last = -1;
  let oov = false;
  let allNotNames = true;
  let lowerFunction = false;
  for (let k = a; k < b; k++) {
    if (toks[k]!.kind !== 'word') continue;
    if (first < 0) first = k;
    last = k;
    count++;
    // As `some`: the first word outside the dictionary answers (most names start with one).
    if (!oov && !common(k)) oov = true;
    const f = fl(k);
    if (!(f & F.NOT_NAME)) allNotNames = false;
    if (f & F.ENGLISH_FUNCTION && !toks[k]!.cap) lowerFunction = true;
  }
  if (count === 0) return;
  const w0 = toks[first]!;
  // `The Fame Monster`, `The Virgin`: an English article opens titles of works and bands, not persons.
  if (w0.norm === 'the' && !cues.orgCue) return;
  const nextTok = toks[b];
  const afterSpeech = !!nextTok && nextTok.kind === 'word' && (fl(b) & F.SPEECH_AFTER) !== 0;
  // Titles of works in quotes (`" Guinness Book "`) and words with digits (`Rp5`, `W510`) are not names.
  const q0 = toks[a - 1]?.text;
  if ((q0 === '"' || q0 === "'") && toks[b]?.text === q0 && !cues.personCue) return;
  if (count === 1 && HAS_DIGIT.test(w0.text)) return;
  if (count === 1) {
    // A bare head word (`Kementerian`, `Inpres`) names nothing by itself.
    if (fl(first) & F.HEAD && (L.ORG_HEADS.has(w0.norm) || L.DOC_HEADS.has(w0.norm) || L.EVENT_HEADS.has(w0.norm) || L.LOC_HEADS.has(w0.norm))) return;
    // Common-noun blends (`Alutsista`, `Satgas`, `Lanud`, `Mubes`): kept only as a candidate that an
    // acronym definition may type (`Rapat Koordinasi Nasional (Rakornas)`); dropped otherwise (see `dropCommonNounAcronyms`).
    if (L.COMMON_BLENDS.has(w0.norm)) return push(a, b, 'ORGANIZATION', 'ent.acronym-org');
    // Common acronyms (`AI`, `IoT`, `SBN`) are not names even after a product or organisation word.
    if (L.COMMON_ACRONYMS.has(w0.norm) && UPPER2.test(w0.text)) return;
    if (BODY_BLEND.test(w0.text)) return push(a, b, 'ORGANIZATION', 'ent.acronym-org');
  }
  if (cues.orgCue && oov) return push(a, b, 'ORGANIZATION', 'ent.org-cue');
  if (cues.productCue) return push(a, b, 'PRODUCT', 'ent.product');
  // An English name ending in an organisation word is one even after a title (`Director of Public Services Department`).
  if (count > 1 && fl(last) & F.ORG_TAIL_EN) return push(a, b, 'ORGANIZATION', 'ent.org-en');
  if (count === 1 && w0.upper && !HAS_LOWER.test(w0.text)) {
    if (L.COMMON_ACRONYMS.has(w0.norm) || w0.norm.length > 6) return;
    if (L.PERSON_ACRONYMS.has(w0.norm)) return push(a, b, 'PERSON', 'ent.person-given');
    if (cues.personCue === 'ent.person-speech' || cues.personCue === 'ent.person-title') return push(a, b, 'PERSON', cues.personCue);
    return push(a, b, 'ORGANIZATION', 'ent.acronym-org');
  }
  // Inside a short quoted title (`" Black Date "`) an unknown name is part of a work's title.
  if (QTITLE[a] === 1 && !cues.personCue) return;
  if (cues.personCue === 'ent.person-honorific' && (oov || !cues.weakHonorific)) return push(a, b, 'PERSON', cues.personCue);
  if (!oov) return;
  if (cues.personCue === 'ent.person-title') {
    // `Presiden Terpilih | Joko Widodo`, `… dan Keamanan | Tedjo Edy Purdijatno`: a derived common word left of the title is not the name.
    while (b - a > 1 && toks[a]!.kind === 'word' && common(a) && DERIVED_WORD.test(toks[a]!.norm)) a++;
    return push(a, b, 'PERSON', cues.personCue);
  }
  if (allNotNames) return;
  if (cues.personCue === 'ent.person-speech' || afterSpeech) return push(a, b, 'PERSON', 'ent.person-speech');
  if (appositive(toks, a, b) || (toks[a - 1]?.text === ',' && titleRunEnds.has(a - 1))) return push(a, b, 'PERSON', 'ent.person-appositive');
  if (cues.locCue) return push(a, b, 'LOCATION', 'ent.location-prep');
  // English runs with inner function words: names joined by `and` are people (`Bill and Melinda
  // Gates`); the others (`Descendants of the Sun`) are titles of works or slogans, not names.
  if (count >= 2 && lowerFunction) {
    if (count >= 3 && everyWord(toks, a, b, joinedName)) return push(a, b, 'PERSON', 'ent.english');
    return;
  }
  // `Underworld ( 2003 )`, `Ghost Whisperer ( 2005 )`: a name with a bare year in brackets is a work.
  if (toks[b]?.text === '(' && toks[b + 2]?.text === ')' && isYear(toks[b + 1]!)) return;
  // `Delivery Ceremony`, `Prison Break`, `Courtesy Call Delegasi`: a short run made only of English
  // words (WordNet) and Indonesian common words is a phrase or a title of a work, not a person's name.
  // `Perluasan PPh Pasal`, `Tenaga Non-ASN`, `Keterisian Jabatan Fungsional PPBJ`: common words with
  // acronyms are a noun phrase (a headline or a programme), not a person's name.
  if (count >= 2 && someWord(toks, a, b, commonLower) && everyWord(toks, a, b, commonOrAcronym)) return;
  // compromise's lexicon vetoes words it knows as personal names (`Michael Brown`, `Bob Dylan`).
  if (ENGLISH_TEST && count >= 2 && count <= 4 && everyWord(toks, a, b, commonOrEnglish) && !someWord(toks, a, b, englishName)) return;
  // No cue: a run in a person's name shape is a person; any other run (one word, acronyms, capitals,
  // noun phrases) is a person only when the document gives evidence elsewhere (`resolveWeakPersons`).
  // One word that is the subject of an action verb (`Asrofi menargetkan`, `Bryant percaya`) is a person too.
  if (nameShaped(toks, a, b, count) || (count === 1 && actorVerb(b, true))) return push(a, b, 'PERSON', 'ent.name');
  // A known given name, or a word in the shape of a Javanese or Arabic name, is evidence by itself (`Bambang dipilih`, `Waryono`).
  // Acronyms and common words before it are not part of the name (`Menteri PANRB | Rini Widyantini`, `Pemerintahan | Prabowo Subianto`).
  if (count <= 3) {
    for (let k = a; k < b; k++) {
      if (toks[k]!.kind !== 'word') continue;
      if (givenName(k)) return push(k, b, 'PERSON', 'ent.person-given');
      if (!commonOrAcronym(k)) break;
    }
  }
  return push(a, b, 'PERSON', 'ent.name', { weak: true });
}

/** Every word (token of kind `word`) of [a, b) passes `test`. */
function everyWord(toks: readonly Tok[], a: number, b: number, test: (k: number) => boolean): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.kind === 'word' && !test(k)) return false;
  return true;
}
/** Some word of [a, b) passes `test`. */
function someWord(toks: readonly Tok[], a: number, b: number, test: (k: number) => boolean): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.kind === 'word' && test(k)) return true;
  return false;
}
// Word tests by token index, for `everyWord` and `someWord` (plain functions: no closure per call).
/** `and` in lower case, or a capitalised word that is neither common nor an English function word (`Bill and Melinda Gates`). */
const joinedName = (k: number): boolean => {
  const w = CUR[k]!;
  return (w.norm === 'and' && !w.cap) || (w.cap && !common(k) && !(fl(k) & F.ENGLISH_FUNCTION));
};
/** Capitalised (`Nepean River`, not `the river`). */
const capitalised = (k: number): boolean => CUR[k]!.cap;
const commonLower = (k: number): boolean => common(k) && !CUR[k]!.upper;
const commonOrAcronym = (k: number): boolean => common(k) || UPPER2.test(CUR[k]!.text);
const commonOrEnglish = (k: number): boolean => common(k) || isEnglish(k);
const englishName = (k: number): boolean => (tf(k) & T.ENGLISH_NAME) !== 0;

/**
 * Endings of Javanese and Arabic personal names (`Waryono`, `Haryanto`, `Soeharto`, `Herawati`,
 * `Syaifuddin`, `Hidayatullah`), tested only on words outside the root-word list.
 */
const NAME_ENDING = /^[a-z]{2,}(?:[iy]ono|[dj]ono|[nrw]ono|anto|yanto|harto|wati|ningsih|ningrum|uddin|ullah)$/;

/** A word (token `k`) that is evidence of a person by itself: a listed given name, a name's ending, or a given name compromise knows (`Melanie`). */
function givenName(k: number): boolean {
  const w = CUR[k]!;
  if (!w.cap || w.upper || HAS_DIGIT.test(w.text)) return false;
  const f = fl(k);
  if (f & F.GIVEN_NAME) return true;
  if (isCommon(k)) return false;
  return NAME_ENDING.test(w.norm) || (ENGLISH_TEST && (tf(k) & T.ENGLISH_FIRST_NAME) !== 0);
}

/** Verbs of what the people in releases do and think (me-/ber- verbs), but not the copulas and measures that programmes and figures take (`merupakan`, `mencapai`). */
const ACTOR_VERB = /^(?:me|ber)[a-z]{3,}$/;
const NOT_ACTOR_VERBS = new Set(['merupakan', 'menjadi', 'memiliki', 'mempunyai', 'mencapai', 'meningkat', 'menurun', 'melemah', 'menguat', 'berada', 'berlaku', 'bertujuan', 'berfungsi', 'berisi', 'berupa', 'bernilai', 'berjumlah', 'menyediakan', 'memberikan', 'mencakup', 'meliputi', 'berbasis', 'bertema', 'berlangsung', 'berjalan', 'menunjukkan', 'tumbuh', 'mengalami']);
const ACTOR_WORDS = new Set(['percaya', 'yakin', 'enggan', 'optimistis', 'optimis', 'sempat', 'pernah', 'kini', 'sendiri']);
/** Token `k` is an actor's verb (`menargetkan`, `percaya`), or with `adverb`, a pre-verb adverb and such a verb (`juga menjamin`). */
function actorVerb(k: number, adverb: boolean): boolean {
  const t = CUR[k];
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (adverb && k + 1 < CUR.length && L.PRE_VERB_ADVERBS.has(t.norm)) return actorVerb(k + 1, false);
  if (ACTOR_WORDS.has(t.norm)) return true;
  return ACTOR_VERB.test(t.norm) && !NOT_ACTOR_VERBS.has(t.norm) && isCommon(k);
}

/** Indonesian derived words (`Terpilih`, `Keamanan`, `Pembangunan`): a title's tail, never the first word of a name. */
const DERIVED_WORD = /^(?:ter|ke|pe|per|pem|pen|peng|peny)[a-z]{3,}$/;

/** Indonesian derived nouns (`Kepemimpinan`, `Pengembangan`, `Literasi`, `Digitalisasi`), not name words; `-wan` names (`Setiawan`) excepted. */
const DERIVED_NOUN = /^(?:(?:ke|pe|per|pem|pen|peng|peny)[a-z]{3,}(?<!w)an|[a-z]{3,}(?:asi|itas|ologi|isme))$/;

/**
 * Two to six words in a person's name shape (`Ferry Juliantono`, `Sindy C. Nelwan`, `Abdul Mu'ti`):
 * each capitalised with lower case after its first letter, or a one-letter initial, or a name
 * particle (`bin`, `van`); no digits, no acronyms or capitals (`UNU NTB`, `PPN DTP`), no derived
 * Indonesian nouns (`Kinerja Pendapatan Negara` has `pendapatan`), and fewer than two English words
 * that are not personal names making half the run (`Countercyclical Capital Buffer`).
 */
function nameShaped(toks: readonly Tok[], a: number, b: number, count: number): boolean {
  if (count < 2 || count > 6) return false;
  let english = 0;
  let initials = 0;
  for (let k = a; k < b; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word') continue;
    const t = w.text;
    if (!w.cap) {
      if (!(fl(k) & F.NAME_PARTICLE)) return false;
      continue;
    }
    if (INITIAL.test(t)) {
      initials++;
      continue;
    }
    if (HAS_DIGIT.test(t) || UPPER2.test(t) || !HAS_LOWER.test(t)) return false;
    if (DERIVED_NOUN.test(w.norm)) return false;
    if (ENGLISH_TEST && (tf(k) & (T.COMMON | T.ENGLISH_NAME)) === 0 && isEnglish(k)) english++;
  }
  if (initials === count) return false;
  return !(english >= 2 && english * 2 >= count);
}

const YEAR = /^(?:1[5-9]|20)\d\d$/;
const isYear = (t: Tok): boolean => t.kind === 'number' && t.text.length === 4 && YEAR.test(t.text);

/** A run that can be a speaker's name: one to four capitalised words, none a pronoun, title-like noun, date or acronym. */
function speakerName(toks: readonly Tok[], a: number, b: number): boolean {
  if (b - a > 4 || a >= b) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || !wcap(k) || t.upper || QTITLE[k] === 1) return false;
    const f = fl(k);
    if (f & (F.STOP | F.NOT_NAME | F.HONORIFIC | F.PERSON_NOUN) || (PERSON_NOUN_PREFIX.test(t.norm) && isCommon(k))) return false;
  }
  return true;
}
/** `peneliti`, `pengamat`, `petugas`, `pejabat`: Indonesian agent nouns, not names (the speech override skips them). */
const PERSON_NOUN_PREFIX = /^pe(?:ng|ny|n|m|r|l)?[a-z]{3,}$/;

/** `, Name,` next to a title: `Direktur …, Sidharto R. Suryodipuro` or `Igor Morgulov, Wakil Menteri`. */
function appositive(toks: readonly Tok[], a: number, b: number): boolean {
  const next = toks[b];
  const after = toks[b + 1];
  if (next?.text !== ',' || !after) return false;
  // `Tsvangirai , mantan tokoh serikat pekerja`, `X , seorang penyanyi`: a description that only a person takes.
  if (!after.cap) return after.kind === 'word' && L.PERSON_APPOSITION_OPENERS.has(after.norm);
  return TITLE_TRIE.match(NORMS, b + 1, ACCEPT_ANY, N) !== null;
}

function textOf(toks: readonly Tok[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a && toks[k]!.spaceBefore ? ' ' : '') + toks[k]!.text;
  return s;
}

/** `Long Name (ACR)`, `(Long Name/ACR)`, `Long Name/ACR`: the acronym takes the long name's type everywhere. */
function applyAcronymDefinitions(toks: readonly Tok[], mentions: Mention[]): void {
  const byEnd = indexMentions(mentions, true);
  const defs = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.rule !== 'ent.acronym-org' && !(m.hit && m.hit.exact) && m.rule !== 'ent.name') continue;
    if (m.b - m.a !== 1) continue;
    const sep = toks[m.a - 1];
    if (!sep || (sep.text !== '(' && sep.text !== '/')) continue;
    const long = byEnd[m.a - 1];
    // A weak default PERSON (`Moody's Investors Service`) is no evidence of the acronym's type.
    if (!long || long === m || long.b - long.a < 2 || long.weak) continue;
    if (long.hit && m.hit) continue;
    // A gazetteer acronym keeps its own type (`Hari Ulang Tahun … Tentara Nasional Indonesia (TNI)`).
    if (m.hit && m.hit.exact && m.hit.type !== long.type) continue;
    // The acronym must abbreviate the whole long name: `Pertemuan Tahunan Islamic Development Bank
    // (IsDB)` abbreviates only its tail, `Kapal Republik Indonesia (KRI)` a longer phrase.
    if (!abbreviates(toks[m.a]!.text, toks, long.a, long.b)) continue;
    m.type = long.type;
    m.rule = 'ent.acronym-def';
    m.definedBy = textOf(toks, long.a, long.b);
    defs.set(m.b - m.a === 1 ? toks[m.a]!.text : '', m);
  }
  clearMentionIndex(mentions, true);
  if (defs.size === 0) return;
  for (const m of mentions) {
    if (m.b - m.a < 1 || m.rule === 'ent.acronym-def') continue;
    const key = toks[m.a]!.text;
    const d = defs.get(key);
    if (!d) continue;
    if (m.b - m.a === 1 || (m.b - m.a === 2 && isEdition(toks[m.a + 1]!))) {
      m.type = d.type;
      m.rule = 'ent.acronym-def';
      m.definedBy = d.definedBy!;
    }
  }
  // `ARSOM ke-17`: an edition after a defined event acronym belongs to it.
  for (const m of mentions) {
    if (m.type === 'EVENT' && m.b < toks.length && isEdition(toks[m.b]!) && !toks[m.b]!.cap) {
      m.b++;
      m.end = toks[m.b - 1]!.end;
    }
  }
}

/**
 * Whether `acr` can abbreviate the name over tokens [a, b): same first letter, and the name's
 * initials are not a proper tail of the acronym (`KRI` is not `Republik Indonesia`).
 */
function abbreviates(acr: string, toks: readonly Tok[], a: number, b: number): boolean {
  const low = acr.toLowerCase();
  // One leading common word may stand outside the abbreviation (`Dokumen ASEAN Outlook … (AOIP)`).
  if (low[0] !== toks[a]!.norm[0] && !(b - a > 2 && common(a) && low[0] === toks[a + 1]!.norm[0])) return false;
  let ini = '';
  for (let k = a; k < b; k++) if (toks[k]!.kind === 'word' && toks[k]!.cap) ini += toks[k]!.norm[0];
  return !(ini.length < low.length && low.endsWith(ini) && acr === acr.toUpperCase() && ini.length >= 2);
}

/**
 * `daftar pemilih tetap (DPT)`, `unit gedung baru ( UGB )`: an acronym defined by lower-case words
 * abbreviates a common noun, so neither it nor its later uses are organisations. The test is that
 * the word right before the bracket is lower case and starts with the acronym's last letter.
 */
function dropCommonNounAcronyms(toks: readonly Tok[], mentions: Mention[]): Mention[] {
  let blends = false;
  for (const m of mentions) if (m.rule === 'ent.acronym-org' && m.b - m.a === 1 && L.COMMON_BLENDS.has(toks[m.a]!.norm)) blends = true;
  if (blends) mentions = mentions.filter((m) => !(m.rule === 'ent.acronym-org' && m.b - m.a === 1 && L.COMMON_BLENDS.has(toks[m.a]!.norm)));
  let common: Set<string> | null = null;
  for (const m of mentions) {
    if (m.rule !== 'ent.acronym-org' || m.b - m.a !== 1 || toks[m.a - 1]?.text !== '(') continue;
    const w = toks[m.a - 2];
    const acr = toks[m.a]!.text;
    if (!w || w.kind !== 'word' || w.cap || w.norm[0] !== acr[acr.length - 1]!.toLowerCase()) continue;
    (common ??= new Set()).add(acr);
  }
  if (!common) return mentions;
  const set = common;
  return mentions.filter((m) => !(m.rule === 'ent.acronym-org' && m.b - m.a === 1 && set.has(toks[m.a]!.text)));
}

/** `di Ayr , Skotlandia`, `Pulau Sebesi dan Sebuku`: a default name right after a place and `,`/`dan` is a place. */
function coordinate(toks: readonly Tok[], mentions: Mention[]): void {
  const byEnd = indexMentions(mentions, true);
  for (const m of sortedBy(mentions, 'a') ? mentions : [...mentions].sort((x, y) => x.a - y.a)) {
    if (m.rule !== 'ent.name') continue;
    const sep = toks[m.a - 1];
    if (!sep || !(sep.text === ',' || sep.norm === 'dan' || sep.norm === 'atau')) continue;
    // After a comma, a person's name in its full shape opening with a given name is an apposition (`Polandia , Ignace Paderewski`).
    if (sep.text === ',' && !m.weak && m.b - m.a >= 2 && givenName(m.a)) continue;
    const prev = byEnd[m.a - 1];
    if (prev && prev.type === 'LOCATION') {
      m.type = 'LOCATION';
      m.rule = 'ent.location-prep';
    }
  }
  clearMentionIndex(mentions, true);
}

/** `PT Pertamina (Persero)`, `PT Bank Mandiri Tbk`: a legal form after an organisation's name is part of it. */
function legalForms(toks: readonly Tok[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'ORGANIZATION') continue;
    const t = toks[m.b];
    let b = m.b;
    if (t?.text === '(' && L.LEGAL_FORMS.has(toks[b + 1]?.norm ?? '') && toks[b + 2]?.text === ')') b += 3;
    else if (t?.kind === 'word' && t.cap && L.LEGAL_FORMS.has(t.norm)) b++;
    if (b === m.b) continue;
    m.b = b;
    m.end = toks[b - 1]!.end;
  }
}

/**
 * `PSMS Medan`, `BPD Riau`, `Arema Indonesia`, `KPU Jawa Barat`: an organisation's acronym or short
 * name right before an Indonesian region (or, for a known body that is not international, a
 * country's name) with no mark between is one organisation with it, the body of that place.
 * Country acronyms (`RI`, `AS`) stay apart (`DPR RI`: ANNOTATION.md).
 */
function withPlaceNames(toks: readonly Tok[], mentions: Mention[]): Mention[] {
  const byStart = indexMentions(mentions, false);
  let merged: Set<Mention> | null = null;
  for (const m of mentions) {
    if (m.type !== 'ORGANIZATION' || m.b - m.a !== 1 || !(m.rule === 'ent.acronym-org' || (m.rule === 'ent.gazetteer' && m.hit))) continue;
    const p = byStart[m.b];
    if (!p || p.type !== 'LOCATION' || p.rule !== 'ent.gazetteer' || !p.hit || ini(p.a) || !toks[p.a]!.spaceBefore) continue;
    // Country acronyms stay apart (`DPR RI`); province short forms join (`Polda Jabar` is one body, `BPBD NTB`).
    if (p.hit.exact && !p.hit.ref.startsWith('idn.prov.')) continue;
    // An unknown acronym takes a region only (`GP Hungaria` is a race in a country); an international body stays apart (`ASEAN Tiongkok`).
    const region = p.hit.ref.startsWith('idn.reg.') || p.hit.ref.startsWith('idn.prov.');
    if (m.hit ? m.hit.ref.startsWith('org.') : !region) continue;
    if (!(region || p.hit.ref.startsWith('country.'))) continue;
    m.b = p.b;
    m.end = p.end;
    (merged ??= new Set()).add(p);
  }
  clearMentionIndex(mentions, false);
  return merged ? mentions.filter((m) => !merged!.has(m)) : mentions;
}

/** The same unknown surface gets one type in a document: the one a stronger cue gave it. */
function harmonise(toks: readonly Tok[], mentions: Mention[]): void {
  const strong = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.rule === 'ent.name' || m.rule === 'ent.acronym-org' || m.rule === 'ent.location-prep') continue;
    strong.set(textOf(toks, m.a, m.b), m.type);
  }
  for (const m of mentions) {
    if (m.rule !== 'ent.name' && m.rule !== 'ent.acronym-org') continue;
    const t = strong.get(textOf(toks, m.a, m.b));
    if (t) m.type = t;
  }
}

/**
 * A weak default PERSON (one unknown word, or a run not in a name's shape) is kept only with person
 * evidence in the same document, and then gets `ent.person-doc`:
 * - a PERSON mention with evidence holds all its words (`Asrofi` after `Muhammad Asrofi mengatakan`,
 *   `Meutya` after `Menkomdigi Meutya Hafid`): the surname and given-name rule;
 * - it is listed next to such a person (`Roid Al Azhar Nasution dan Asnawi`, `A, B, dan C`);
 * - it stands in brackets right after such a person (`Emanuel Wopon (Manu)`).
 * Without evidence it is not an entity. The mentions come sorted by start.
 */
function resolveWeakPersons(toks: readonly Tok[], mentions: Mention[]): Mention[] {
  let any = false;
  for (const m of mentions) if (m.weak && m.type === 'PERSON' && m.rule === 'ent.name') any = true;
  if (!any) return mentions;
  const isWeak = (m: Mention) => m.weak === true && m.type === 'PERSON' && m.rule === 'ent.name';
  // Words (surface) of persons with evidence.
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || isWeak(m)) continue;
    for (let k = m.a; k < m.b; k++) if (toks[k]!.kind === 'word' && wcap(k)) words.add(toks[k]!.text);
  }
  const strong = (m: Mention | undefined) => !!m && m.type === 'PERSON' && !isWeak(m);
  const promote = (m: Mention) => {
    m.rule = 'ent.person-doc';
    m.weak = false;
  };
  for (const m of mentions) {
    if (!isWeak(m)) continue;
    let all = true;
    for (let k = m.a; k < m.b && all; k++) if (toks[k]!.kind === 'word' && wcap(k) && !words.has(toks[k]!.text)) all = false;
    if (all) promote(m);
  }
  // Lists and brackets, both directions, so that `A, B, dan C` spreads from any person with evidence.
  const listSep = (k: number) => {
    const t = toks[k];
    return !!t && (t.text === ',' || t.text === ';' || t.text === '&' || t.norm === 'dan' || t.norm === 'serta' || t.norm === 'atau');
  };
  const neighbour = (x: Mention, y: Mention) => {
    // x before y: `x , y`, `x dan y`, `x , dan y`, `x (y)`.
    const gap = y.a - x.b;
    if (gap === 1) return listSep(x.b);
    if (gap === 2) return (toks[x.b]!.text === ',' && listSep(x.b + 1)) || (toks[x.b]!.text === '(' && toks[y.b]?.text === ')');
    return false;
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (isWeak(m) && strong(mentions[i - 1]) && neighbour(mentions[i - 1]!, m)) promote(m);
    }
    for (let i = mentions.length - 2; i >= 0; i--) {
      const m = mentions[i]!;
      if (isWeak(m) && strong(mentions[i + 1]) && neighbour(m, mentions[i + 1]!) && toks[m.b]!.text !== '(') promote(m);
    }
  }
  return mentions.filter((m) => !isWeak(m));
}

function dropOverlaps(sorted: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function matchLaw(toks: readonly Tok[], i: number): number | null {
  for (const head of L.LAW_HEADS) {
    let k = i;
    let ok = true;
    for (const w of head) {
      if (toks[k]?.norm !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (!ok) continue;
    // `Keputusan Menteri PANRB Nomor …`, `Peraturan Menteri Pertahanan Nomor …`, `Keputusan Menteri
    // Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Nomor …`: the issuer's name may
    // stand between the head and the number (capitalised words, `dan`, one bracketed acronym).
    if (toks[k]?.norm !== 'nomor' && toks[k]?.norm !== 'no' && toks[k]?.kind !== 'number') {
      let q = k;
      while (q < toks.length && q - k < 12) {
        const u = toks[q]!;
        if (u.norm === 'nomor' || u.norm === 'no' || u.kind === 'number') break;
        if (wcap(q) || (u.norm === 'dan' && wcap(q + 1)) || (u.text === ',' && wcap(q + 1))) q++;
        else if (u.text === '(' && wcap(q + 1) && toks[q + 2]?.text === ')') q += 3;
        else if (u.text === '/' && !u.spaceBefore && wcap(q + 1)) q++;
        else break;
      }
      const at = toks[q];
      if (q > k && at && (at.norm === 'nomor' || at.norm === 'no' || (at.kind === 'number' && /\/\d{4}$/.test(at.text)))) k = q;
    }
    // Nomor / No. / No
    let j = k;
    if (toks[j]?.norm === 'nomor' || toks[j]?.norm === 'no') {
      j++;
      if (toks[j]?.text === '.') j++;
    }
    const num = toks[j];
    if (!num || num.kind !== 'number') continue;
    j++;
    if (/\/\d{4}$/.test(num.text)) {
      /* `12/2020` */
    } else if (toks[j]?.norm === 'tahun' && toks[j + 1]?.kind === 'number') j += 2;
    else if (j === k + 1) continue;
    // `tentang Cipta Kerja`
    if (toks[j]?.norm === 'tentang' && wcap(j + 1)) {
      let e = j + 1;
      while (e < toks.length && (wcap(e) || (toks[e]!.norm === 'dan' && wcap(e + 1)))) e++;
      j = e;
    }
    return j;
  }
  return null;
}

/** Entities and their clusters (src/stages/clusters.ts), Indonesian documents only. */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences'],
  assigns: ['entities', 'clusters'],
  indonesianOnly: true,
  run(doc) {
    const analysis = analyse(doc);
    lastDoc = doc;
    lastAnalysis = analysis;
    const { entities, clusters } = buildClusters(doc, analysis);
    doc.entities = entities;
    doc.clusters = clusters;
  },
};

// The analysis of the last document, so the roles stage (which runs right after) reuses titles
// and tokens. One slot, not a WeakMap: stages run synchronously, one document at a time.
let lastDoc: Doc | null = null;
let lastAnalysis: EntityAnalysis | null = null;

/** The entity analysis of `doc`: the one the entities stage just made, else made now. */
export function analysisOf(doc: Doc): EntityAnalysis {
  if (lastDoc === doc && lastAnalysis) return lastAnalysis;
  const analysis = analyse(doc);
  lastDoc = doc;
  lastAnalysis = analysis;
  return analysis;
}
