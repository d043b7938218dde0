/**
 * Language identification for Indonesian (`ind`), Malay (`zlm`) and English (`eng`).
 *
 * Three layers, cheapest first:
 * 1. script: text mostly outside the Latin script is left to `franc` (unrestricted);
 * 2. Malay family vs English: counts of English function words against Indonesian/Malay function
 *    words and marker words, with `franc` (restricted to ind/zlm/eng) consulted only when the counts
 *    do not settle it (franc is the slow part: never run on more than a bounded sample);
 * 3. Indonesian vs Malay: the weighted marker words of src/rules/language-markers.ts (log-odds
 *    units), plus number formats and currencies, plus a small prior for Indonesian.
 *
 * The result's confidence is a calibrated-looking probability (logistic of the evidence) shrunk for
 * short text, so a three-word sentence never gets a confident answer.
 */
import { francAll } from 'franc';
import type { LanguageGuess } from '../schema/record.js';
import { LANGUAGE_MARKERS, LANGUAGE_PATTERNS } from '../rules/language-markers.js';
import { bitsAt, L, LATIN, M, scanStart, unitBits, widthAt } from '../text/chars.js';

type Lang = 'ind' | 'zlm' | 'eng';

interface Entry {
  ind: number;
  zlm: number;
  eng: number;
  /** Rule ids that contributed, for tracing. */
  ids: string[];
}

/** Function words shared by Indonesian and Malay: evidence for the family, not for either standard. */
const FAMILY_WORDS =
  'yang,dan,di,ke,dari,ini,itu,dengan,untuk,tidak,tak,ada,akan,pada,saya,aku,kami,kita,dia,ia,mereka,juga,sudah,telah,dalam,oleh,bagi,kepada,atau,tetapi,tapi,pun,lagi,masih,sangat,lebih,hanya,bukan,jika,kalau,apa,siapa,mana,bagaimana,mengapa,kenapa,seperti,antara,kata,anda,sebuah,seorang,satu,dua,tiga,banyak,baru,sama,semua,setiap,sebagai,tentang,menjadi,orang,tahun,hari,belum,jangan,sekarang,kini,sedang,maka,namun,serta,hingga,sehingga,sejak,selama,sebelum,setelah,terhadap,tersebut,adalah,ialah,merupakan,bahwa,bahawa,karena,kerana,ketika,saat,secara,boleh,bisa,dapat,harus,perlu,mahu,mau,ingin,hendak,ya,kah,lah,nya,sini,situ,sana,itulah,inilah,pula,turut,para,sendiri,beberapa,sebuah,masing-masing,lalu,kemudian,akhirnya,yakni,iaitu,yaitu,daripada,diri,kamu,engkau,kau,beliau,bapak,ibu,rumah,makan,minum,pergi,datang,besar,kecil,baik,buruk,sudahkah'
    .split(',');

/**
 * Case-folded word tokens (letters with inner hyphens/apostrophes) are what this regular expression
 * matches; `collectEvidence` scans them by hand (below). Linear: one class per run.
 *   /[\p{L}\p{M}]+(?:['\u2019-][\p{L}\p{M}]+)*\/gu
 */

const unigrams = new Map<string, Entry>();
const bigrams = new Map<string, Entry>();
const family = new Set<string>(FAMILY_WORDS);
/** First words of the two-word phrases, so most token pairs skip building a key. */
const bigramFirst = new Set<string>();

function add(map: Map<string, Entry>, key: string, lang: Lang, weight: number, id: string): void {
  let e = map.get(key);
  if (!e) {
    e = { ind: 0, zlm: 0, eng: 0, ids: [] };
    map.set(key, e);
  }
  // The same form listed twice for one language keeps its strongest weight.
  if (weight > e[lang]) e[lang] = weight;
  if (!e.ids.includes(id)) e.ids.push(id);
}

/** Parses `word` or `word:1.5` into the form and its weight. */
export function parseMarkerWord(raw: string, fallback: number): { form: string; weight: number } {
  const colon = raw.lastIndexOf(':');
  const form = (colon > 0 ? raw.slice(0, colon) : raw).trim().toLowerCase().replace(/'$/, '');
  const weight = colon > 0 ? Number(raw.slice(colon + 1)) : fallback;
  return { form, weight };
}

for (const marker of LANGUAGE_MARKERS) {
  for (const raw of marker.words) {
    const { form, weight } = parseMarkerWord(raw, marker.weight);
    const parts = form.split(' ');
    if (parts.length === 2) {
      add(bigrams, form, marker.lang, weight, marker.id);
      bigramFirst.add(parts[0]!);
    }
    else add(unigrams, form, marker.lang, weight, marker.id);
  }
}

/** Forms listed for both Indonesian and Malay (a data error; checked by the tests). */
export function conflictingMarkers(): string[] {
  const out: string[] = [];
  for (const [form, e] of [...unigrams, ...bigrams]) if (e.ind > 0 && e.zlm > 0) out.push(form);
  return out;
}

/** The evidence counted in a text. */
export interface Evidence {
  /** Word tokens. */
  words: number;
  /** Letters in the Latin script and letters in total. */
  latin: number;
  letters: number;
  /** Summed marker weights. */
  ind: number;
  zlm: number;
  /** English function words and Indonesian/Malay function or marker words (counts). */
  eng: number;
  fam: number;
  /** Marker rule ids that fired, with their summed weight. */
  fired: Map<string, number>;
}

const CLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'] as const;

/** `bapanya` → `bapa`, `setelahnya` → `setelah`: one enclitic off, keeping at least four letters. */
export function stripClitic(w: string): string {
  for (const c of CLITICS) {
    if (w.length - c.length >= (c.length === 2 ? 5 : 4) && w.endsWith(c)) return w.slice(0, -c.length);
  }
  return w;
}

/** Repeats of one form count at most this many times, so a name repeated in a long text cannot decide alone. */
const MAX_REPEAT = 3;

// ---------------------------------------------------------------------------------------------
// The scan. `collectEvidence` reads words as WORD (above) would match them, but by hand over the
// character codes, and looks each one up in a table keyed by its character range, so a word that is
// no marker, family word or phrase start costs no string at all (this runs on every sentence).

/** 32-bit FNV-1a over `s[a, b)`, continuing from `h`. */
function hashRange(s: string, a: number, b: number, h: number): number {
  for (let i = a; i < b; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
const FNV = 0x811c9dc5 | 0;
const SPACE_CODE = 32;

/**
 * Open-addressing table of strings, looked up by a range of another string (or two ranges joined by
 * a space, for the two-word phrases) without slicing it. `find` gives the key's index in `keys` and
 * `values`, which also numbers the key for the repeat counts of a scan.
 */
class RangeTable<V> {
  readonly keys: string[] = [];
  readonly values: V[] = [];
  /** 1 + index into keys/values, 0 when empty; with each slot's full hash, compared first. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<[string, V]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of list) {
      const h = hashRange(key, 0, key.length, FNV);
      let k = h & this.mask;
      while (this.slots[k] !== 0) k = (k + 1) & this.mask;
      this.keys.push(key);
      this.values.push(value);
      this.slots[k] = this.keys.length;
      this.hashes[k] = h;
    }
  }

  /** Index of `s[a, b)`, or of `s[a, b) + ' ' + s[c, d)` when `c < d`, or -1; `h` is that key's hash. */
  find(s: string, a: number, b: number, c: number, d: number, h: number): number {
    const len = b - a + (c < d ? d - c + 1 : 0);
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const slot = this.slots[k]!;
      if (slot === 0) return -1;
      if (this.hashes[k] !== h) continue;
      const key = this.keys[slot - 1]!;
      if (key.length !== len) continue;
      let same = true;
      let j = 0;
      for (let i = a; i < b; i++, j++) {
        if (key.charCodeAt(j) !== s.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same && c < d) {
        if (key.charCodeAt(j++) !== SPACE_CODE) same = false;
        for (let i = c; same && i < d; i++, j++) if (key.charCodeAt(j) !== s.charCodeAt(i)) same = false;
      }
      if (same) return slot - 1;
    }
  }
}

/** What a listed form is: a marker, a family function word, the first word of a phrase. */
interface FormInfo {
  entry: Entry | undefined;
  family: boolean;
  bigramFirst: boolean;
}

const FORMS = (() => {
  const map = new Map<string, FormInfo>();
  const info = (form: string): FormInfo => {
    let i = map.get(form);
    if (!i) {
      i = { entry: undefined, family: false, bigramFirst: false };
      map.set(form, i);
    }
    return i;
  };
  for (const [form, entry] of unigrams) info(form).entry = entry;
  for (const form of family) info(form).family = true;
  for (const form of bigramFirst) info(form).bigramFirst = true;
  return new RangeTable(map);
})();
const PHRASES = new RangeTable(bigrams);

/** End of `s[a, b)` without one enclitic (as `stripClitic` reads it), or `b`. */
function cliticEnd(s: string, a: number, b: number): number {
  // Every clitic leaves at least five letters, and ends in a, h, n or u.
  if (b - a < 7) return b;
  const last = s.charCodeAt(b - 1);
  if (last !== 97 && last !== 104 && last !== 110 && last !== 117) return b;
  const len = b - a;
  for (const c of CLITICS) {
    if (len - c.length >= (c.length === 2 ? 5 : 4) && s.startsWith(c, b - c.length)) return b - c.length;
  }
  return b;
}

/** A letter or combining mark (WORD's character class), at `i`. */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (bitsAt(s, i) & (L | M)) !== 0;
}

/** `s[a, dash)` equals the same number of characters after `dash`. */
function sameHalves(s: string, a: number, dash: number): boolean {
  for (let i = a, j = dash + 1; i < dash; i++, j++) if (s.charCodeAt(i) !== s.charCodeAt(j)) return false;
  return true;
}

const NO_TRACE: Map<string, number> = new Map();

// Repeat counts of the scan in progress, by key: FORMS' index, or PHRASES' index after FORMS'. A
// count is live only where its stamp is the current scan's, so nothing is cleared between scans (the
// per-sentence pass makes one scan per sentence). Forms outside both tables (a reduplication of a
// marker, `negara-negara`) are counted by string in `otherCounts`.
const PHRASE_BASE = FORMS.keys.length;
const repeatCounts = new Int32Array(PHRASE_BASE + PHRASES.keys.length);
const repeatStamps = new Int32Array(PHRASE_BASE + PHRASES.keys.length);
let scanStamp = 0;

/**
 * The evidence in `lower[from, to)`. With `trace` false, `fired` is left empty (the per-sentence
 * pass needs only the sums); every other field is the same.
 */
export function collectEvidence(lower: string, from = 0, to = lower.length, trace = true): Evidence {
  const fired: Map<string, number> = trace ? new Map() : NO_TRACE;
  let words = 0;
  let latin = 0;
  let letters = 0;
  let ind = 0;
  let zlm = 0;
  let eng = 0;
  let fam = 0;
  let digit = false;
  const stamp = (scanStamp = (scanStamp + 1) | 0);
  let otherCounts: Map<string, number> | null = null;
  /** Counts one more use of the form numbered `slot` (or named `other`) and adds its entry while under MAX_REPEAT. */
  const fire = (e: Entry, slot: number, other: string | null): void => {
    let n: number;
    if (other === null) {
      n = repeatStamps[slot] === stamp ? repeatCounts[slot]! + 1 : 1;
      repeatStamps[slot] = stamp;
      repeatCounts[slot] = n;
    } else {
      otherCounts ??= new Map();
      n = (otherCounts.get(other) ?? 0) + 1;
      otherCounts.set(other, n);
    }
    if (n > MAX_REPEAT) return;
    ind += e.ind;
    zlm += e.zlm;
    if (e.ind > 0 || e.zlm > 0) fam++;
    if (e.eng > 0) eng++;
    if (trace) for (const id of e.ids) fired.set(id, (fired.get(id) ?? 0) + Math.max(e.ind, e.zlm, e.eng));
  };
  const n = lower.length;
  let prevStart = 0;
  let prevFirst = false;
  let prevEnd = -2;
  let prevHash = 0;
  let i = scanStart(lower, from);
  while (i < n) {
    // The next letter or mark (a surrogate pair is one code point); digits on the way are noted for
    // the number patterns (a digit is never inside a word).
    const c = lower.charCodeAt(i);
    if (c < 0x80 ? ((c | 32) - 97) >>> 0 >= 26 : (bitsAt(lower, i) & (L | M)) === 0) {
      if (c >= 48 && c <= 57 && i < to) digit = true;
      i += c >= 0xd800 && c <= 0xdbff ? widthAt(lower, i) : 1;
      continue;
    }
    if (i >= to) break;
    // The word (as WORD matches it, cut at `to`), with its letters, Latin letters, first hyphen and
    // hash in one pass. A word cut at `to` ends the scan, so the rest of it is never needed.
    const s = i;
    let dash = -1;
    let h = FNV;
    let k = s;
    while (k < to) {
      const d = lower.charCodeAt(k);
      if (((d | 32) - 97) >>> 0 < 26) {
        h = Math.imul(h ^ d, 16777619);
        letters++;
        latin++;
        k++;
      } else if (d === 39 || d === 0x2019 || d === 45) {
        // A joiner continues the word only before another letter or mark.
        if (k + 1 >= n || !isWordChar(lower, k + 1)) break;
        if (d === 45 && dash < 0) dash = k;
        h = Math.imul(h ^ d, 16777619);
        k++;
      } else if (d < 0x80) {
        break;
      } else {
        const width = d >= 0xd800 && d <= 0xdbff ? widthAt(lower, k) : 1;
        if ((width === 1 ? unitBits(d) : bitsAt(lower, k)) & (L | M)) {
          for (const stop = Math.min(k + width, to); k < stop; k++) {
            const u = lower.charCodeAt(k);
            h = Math.imul(h ^ u, 16777619);
            letters++;
            if (u < 0x250 || (unitBits(u) & LATIN) !== 0) latin++;
          }
        } else break;
      }
    }
    const e = k;
    i = k;
    words++;
    const formAt = FORMS.find(lower, s, e, 0, 0, h);
    const form = formAt >= 0 ? FORMS.values[formAt] : undefined;
    let entry = form?.entry;
    // The key a repeat is counted under: the form, or the form without its clitic when only that is listed.
    let keyEnd = e;
    let keyAt = formAt;
    if (!entry) {
      keyEnd = cliticEnd(lower, s, e);
      if (keyEnd !== e) {
        keyAt = FORMS.find(lower, s, keyEnd, 0, 0, hashRange(lower, s, keyEnd, FNV));
        entry = keyAt >= 0 ? FORMS.values[keyAt]!.entry : undefined;
      }
    }
    // Reduplication (negara-negara) counts as its base word.
    if (!entry && dash >= 0 && e - dash - 1 === dash - s && sameHalves(lower, s, dash)) {
      const baseAt = FORMS.find(lower, s, dash, 0, 0, hashRange(lower, s, dash, FNV));
      if (baseAt >= 0) entry = FORMS.values[baseAt]!.entry;
    }
    if (entry) fire(entry, keyAt, keyAt >= 0 ? null : lower.slice(s, keyEnd));
    else if (keyAt >= 0 && FORMS.values[keyAt]!.family) fam++;
    // Two-word phrases only across a single space.
    if (prevFirst && s === prevEnd + 1) {
      const ph = hashRange(lower, s, e, Math.imul(prevHash ^ SPACE_CODE, 16777619));
      const phraseAt = PHRASES.find(lower, prevStart, prevEnd, s, e, ph);
      if (phraseAt >= 0) fire(PHRASES.values[phraseAt]!, PHRASE_BASE + phraseAt, null);
    }
    prevStart = s;
    prevFirst = form?.bigramFirst ?? false;
    prevEnd = e;
    prevHash = h;
  }
  const ev: Evidence = { words, latin, letters, ind, zlm, eng, fam, fired };
  if (digit) {
    const slice = from === 0 && to === lower.length ? lower : lower.slice(from, to);
    for (const p of LANGUAGE_PATTERNS) {
      p.pattern.lastIndex = 0;
      let count = 0;
      while (p.pattern.exec(slice) !== null && count < MAX_REPEAT) count++;
      if (count > 0) {
        ev[p.lang] += count * p.weight;
        if (trace) ev.fired.set(p.id, count * p.weight);
      }
    }
  }
  return ev;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Prior log-odds for Indonesian over Malay: siaran reads Indonesian text, so a tie goes to `ind`. */
export const IND_PRIOR = 0.3;

export interface IdentifyOptions {
  /** Log-odds added to Indonesian over Malay (default IND_PRIOR). */
  indPrior?: number;
  /** Skip franc entirely (for the per-sentence pass inside a known document). */
  noFranc?: boolean;
}

function francScores(sample: string, only: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, score] of francAll(sample, { only, minLength: 1 })) out[code] = score;
  return out;
}

/** Bounded sample of a long text: its start, middle and end, so cost does not grow with length. */
export function sampleText(text: string, budget = 8000): string {
  if (text.length <= budget) return text;
  const part = Math.floor(budget / 4);
  const mid = Math.floor(text.length / 2);
  return `${text.slice(0, part * 2)}\n${text.slice(mid - part / 2, mid + part / 2)}\n${text.slice(text.length - part)}`;
}

/** Regional languages franc knows, answered only when Indonesian/Malay function words are nearly absent. */
const REGIONAL = ['jav', 'sun', 'min', 'ace', 'ban', 'bug', 'mad', 'tgl'];

/** Characters read before checking whether the evidence is already decisive. */
const QUICK_CHARS = 2500;

/** Identifies the language of `text` (a sentence, a paragraph or a whole document). */
export function identify(text: string, options: IdentifyOptions = {}): LanguageGuess {
  const sample = sampleText(text);
  // Long text: the first few thousand characters usually settle it; read on only when they do not.
  if (sample.length > QUICK_CHARS * 1.5) {
    let cut = sample.indexOf(' ', QUICK_CHARS);
    if (cut < 0) cut = sample.length;
    const head = sample.slice(0, cut);
    const headLower = head.toLowerCase();
    const ev = collectEvidence(headLower, 0, headLower.length, false);
    if (Math.abs(ev.ind - ev.zlm) >= 10 && ev.fam >= 40 && ev.eng * 4 < ev.fam) return decide(ev, head, options);
  }
  const lower = sample.toLowerCase();
  return decide(collectEvidence(lower, 0, lower.length, false), sample, options);
}

export function decide(ev: Evidence, sample: string, options: IdentifyOptions = {}): LanguageGuess {
  const und = (rule: string): LanguageGuess => ({ code: 'und', confidence: 0, candidates: [], rule });
  if (ev.letters < 3 || ev.words === 0) return und('lid.too-short');

  // 1. Script: mostly non-Latin letters is outside this module's languages.
  if (ev.latin < ev.letters * 0.5) {
    const ranked = francAll(sample.slice(0, 1000), { minLength: 1 });
    const top = ranked[0]!;
    if (top[0] === 'und') return und('lid.franc');
    return {
      code: top[0],
      confidence: round(Math.min(0.9, ev.words / 20)),
      candidates: ranked.slice(0, 3).map(([code, score]) => ({ code, score: round(score) })),
      rule: 'lid.franc',
    };
  }

  // Shrinks confidence on short text: 3 words → ~0.5, 10 words → ~0.9.
  const lengthFactor = 1 - Math.exp(-ev.words / 4.5);

  // 1b. Other languages of the region (Javanese, Sundanese, Minangkabau, …) share little of the
  // Indonesian/Malay function vocabulary: when it is nearly absent from a longer text, ask franc among
  // them. Answered at low confidence: franc's models for these languages are small.
  if (ev.words >= 6 && ev.fam + ev.eng < ev.words * 0.1 && !options.noFranc) {
    const ranked = francAll(sample.slice(0, 600), { only: [...REGIONAL, 'ind', 'zlm', 'eng'], minLength: 1 });
    const top = ranked[0]!;
    if (REGIONAL.includes(top[0])) {
      return {
        code: top[0],
        confidence: round(0.5 * lengthFactor),
        candidates: ranked.slice(0, 4).map(([code, score]) => ({ code, score: round(score) })),
        rule: 'lid.regional',
      };
    }
  }

  // 2. English vs the Malay family, from function-word counts; franc when they do not settle it.
  let engLogit = 0.9 * (ev.eng - ev.fam);
  let fr: Record<string, number> | null = null;
  const settled = Math.abs(ev.eng - ev.fam) >= 4 && (ev.eng === 0 || ev.fam === 0 || Math.abs(ev.eng - ev.fam) >= 8);
  if (!settled && !options.noFranc) {
    fr = francScores(sample.slice(0, 600), ['ind', 'zlm', 'eng']);
    const famF = Math.max(fr.ind ?? 0, fr.zlm ?? 0);
    // franc's trigram distances are noisy on a few words: trust them in proportion to length.
    engLogit += 12 * Math.min(1, ev.letters / 80) * ((fr.eng ?? 0) - famF);
  }
  const pEng = sigmoid(engLogit);

  // 3. Indonesian vs Malay from the markers.
  let d = ev.ind - ev.zlm + (options.indPrior ?? IND_PRIOR);
    // franc's trigram lean between ind and zlm is weak; it only breaks near-ties.
  if (fr) d += Math.max(-0.2, Math.min(0.4, 8 * ((fr.ind ?? 0) - (fr.zlm ?? 0))));
  const pInd = sigmoid(d);
  const famP = 1 - pEng;
  const scores: Record<Lang, number> = { ind: famP * pInd, zlm: famP * (1 - pInd), eng: pEng };
  const ranked = (Object.entries(scores) as [Lang, number][]).sort((a, b) => b[1] - a[1]);
  const [code, best] = ranked[0]!;
  let confidence = best * lengthFactor;
  let rule = code === 'eng' ? 'lid.function-words' : 'lid.markers';
  if (fr) rule += '+franc';
  // Mixed: plenty of both English and Malay-family words.
  if (ev.eng >= 3 && ev.fam >= 3 && Math.min(ev.eng, ev.fam) / Math.max(ev.eng, ev.fam) > 0.5) {
    confidence = Math.min(confidence, 0.4);
    rule = 'lid.mixed';
  }
  return {
    code,
    confidence: round(confidence),
    candidates: ranked.map(([c, s]) => ({ code: c, score: round(s) })),
    rule,
  };
}
