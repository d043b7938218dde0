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
import { foldedTo } from '../text/view.js';

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
  'yang,dan,di,ke,dari,ini,itu,dengan,untuk,tidak,tak,ada,akan,pada,saya,aku,kami,kita,dia,ia,mereka,juga,sudah,telah,dalam,oleh,bagi,kepada,atau,tetapi,tapi,pun,lagi,masih,sangat,lebih,hanya,bukan,jika,kalau,apa,siapa,mana,bagaimana,mengapa,kenapa,seperti,antara,kata,anda,sebuah,seorang,satu,dua,tiga,banyak,baru,sama,semua,setiap,sebagai,tentang,menjadi,orang,tahun,hari,belum,jangan,sekarang,kini,sedang,maka,namun,serta,hingga,sehingga,sejak,selama,sebelum,setelah,terhadap,tersebut,adalah,ialah,merupakan,bahwa,bahawa,karena,kerana,ketika,saat,secara,boleh,bisa,dapat,harus,perlu,mahu,mau,ingin,hendak,ya,kah,lah,nya,sini,situ,sana,itulah,inilah,pula,turut,para,sendiri,beberapa,sebuah,masing-masing,lalu,kemudian,akhirnya,yakni,iaitu,yaitu,daripada,diri,kamu,engkau,kau,beliau,bapak,ibu,rumah,makan,minum,pergi,datang,besar,kecil,baik,buruk,sudahkah'.split(
    ',',
  );

/**
 * Case-folded word tokens (letters with inner hyphens/apostrophes) are what this regular expression, WORD,
 * matches; `LanguageWords` scans them by hand (below). Linear: one class per run.
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
    } else add(unigrams, form, marker.lang, weight, marker.id);
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
// The scan (`LanguageWords`, below) and the tables it looks words up in.

/** 32-bit FNV-1a over `s[a, b)`, continuing from `h`. */
function hashRange(s: string, a: number, b: number, h: number): number {
  for (let i = a; i < b; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
const FNV = 0x811c9dc5 | 0;
const SPACE_CODE = 32;

/**
 * Open-addressing table of strings, looked up by a range of another string (or two ranges joined by
 * a space, for the two-word phrases) without slicing it. `find` gives the key's index in `values`
 * (its order of insertion), which also numbers the key for the repeat counts of a scan. Everything
 * `find` reads is in two typed arrays (a slot's hash next to its key's number; the keys' characters
 * end to end), so a lookup touches a few cache lines even when the stages between two documents have
 * evicted them.
 */
class RangeTable<V> {
  readonly values: V[] = [];
  /** Per slot, its key's full hash (compared first), then 1 + the key's index (0: empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The keys' characters end to end; key `i` is `chars[starts[i], starts[i + 1])`. */
  private readonly chars: Uint16Array;
  /**
   * One bit per value of a hash's top 13 bits, set for the keys' hashes: 1 KB, so most words that are
   * no key (every other word of a text) are answered without touching the slots.
   */
  private readonly filter = new Int32Array(256);
  private readonly starts: Int32Array;

  constructor(entries: Iterable<[string, V]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.starts = new Int32Array(list.length + 1);
    this.chars = new Uint16Array(list.reduce((n, [key]) => n + key.length, 0));
    for (const [key, value] of list) {
      const h = hashRange(key, 0, key.length, FNV);
      let k = h & this.mask;
      while (this.slots[k * 2 + 1] !== 0) k = (k + 1) & this.mask;
      const at = this.starts[this.values.length]!;
      for (let i = 0; i < key.length; i++) this.chars[at + i] = key.charCodeAt(i);
      this.values.push(value);
      this.starts[this.values.length] = at + key.length;
      this.slots[k * 2] = h;
      this.slots[k * 2 + 1] = this.values.length;
      this.filter[h >>> 24] = this.filter[h >>> 24]! | (1 << ((h >>> 19) & 31));
    }
  }

  /** Index of `s[a, b)`, or of `s[a, b) + ' ' + s[c, d)` when `c < d`, or -1; `h` is that key's hash. */
  find(s: string, a: number, b: number, c: number, d: number, h: number): number {
    if ((this.filter[h >>> 24]! & (1 << ((h >>> 19) & 31))) === 0) return -1;
    const len = b - a + (c < d ? d - c + 1 : 0);
    const slots = this.slots;
    const chars = this.chars;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const slot = slots[k * 2 + 1]!;
      if (slot === 0) return -1;
      if (slots[k * 2] !== h) continue;
      let j = this.starts[slot - 1]!;
      if (this.starts[slot]! - j !== len) continue;
      let same = true;
      for (let i = a; i < b; i++, j++) {
        if (chars[j] !== s.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same && c < d) {
        if (chars[j++] !== SPACE_CODE) same = false;
        for (let i = c; same && i < d; i++, j++) if (chars[j] !== s.charCodeAt(i)) same = false;
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

// The forms' and phrases' data as the scan and the sums read it, in typed arrays by key number
// (FORMS' index, or PHRASE_BASE + PHRASES' index), for the same reason as RangeTable's.
const PHRASE_BASE = FORMS.values.length;
const KEY_COUNT = PHRASE_BASE + PHRASES.values.length;
const IS_MARKER = 1;
const IS_FAMILY = 2;
const OPENS_PHRASE = 4;
/** IS_MARKER, IS_FAMILY, OPENS_PHRASE of each form. */
const FORM_FLAGS = new Uint8Array(PHRASE_BASE);
/** The marker entry of each key (undefined for a form that is no marker). */
const ENTRIES: (Entry | undefined)[] = [];
/** Its weights for ind, zlm and eng, three numbers a key. */
const WEIGHTS = new Float64Array(KEY_COUNT * 3);
for (const [k, entry] of [...FORMS.values.map((f) => f.entry), ...PHRASES.values].entries()) {
  ENTRIES.push(entry);
  if (entry) WEIGHTS.set([entry.ind, entry.zlm, entry.eng], k * 3);
}
for (const [k, form] of FORMS.values.entries()) {
  FORM_FLAGS[k] = (form.entry ? IS_MARKER : 0) | (form.family ? IS_FAMILY : 0) | (form.bigramFirst ? OPENS_PHRASE : 0);
}

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

// Repeat counts of the evidence being summed, by key: FORMS' index, or PHRASES' index after FORMS'. A
// count is live only where its stamp is the current sum's, so nothing is cleared between sums (the
// per-sentence pass makes one per sentence). Forms outside both tables (a reduplication of a
// marker, `negara-negara`) are counted by string.
const repeatCounts = new Int32Array(KEY_COUNT);
const repeatStamps = new Int32Array(KEY_COUNT);
let scanStamp = 0;

// What `LanguageWords` keeps of each word, as int32 fields of one array.
const W_START = 0;
const W_END = 1;
/** FORMS index whose marker entry the word fires, or -1. */
const W_ENTRY = 2;
/** Key its repeats count under: FORMS index, or -1 (a form outside the table, in `others`). */
const W_KEY = 3;
/** PHRASES index of the phrase it ends with the word before it, or -1. */
const W_PHRASE = 4;
const W_LETTERS = 5;
const W_LATIN = 6;
const W_FIELDS = 7;

/**
 * The words of `lower[from, to)` as WORD (above) matches them, each looked up once: the scan reads
 * the text by hand over the character codes and looks each word up in a table keyed by its character
 * range, so a word that is no marker, family word or phrase start costs no string at all. The
 * evidence of any stretch is then a sum over its words (`evidence`), so a document is scanned once
 * for its own language and for its sentences' (src/doc.ts `languageWords`).
 *
 * Words are read on demand (`readTo`), and a word is read whole even past the point asked for.
 */
export class LanguageWords {
  readonly lower: string;
  private readonly from: number;
  private readonly to: number;
  /** Words read so far, W_FIELDS ints each. */
  private fields: Int32Array;
  private count = 0;
  /** Where reading goes on: a word start or a character between words. */
  private at: number;
  /** Runs of digits between words, [start, end) pairs in order (a digit is never inside a word). */
  private digits: Int32Array = new Int32Array(8);
  private digitCount = 0;
  /** Keys of the repeats counted by string, by word index. */
  private others: Map<number, string> | null = null;
  /** The word before `at` opens a phrase (it is a phrase's first word), with its hash. */
  private prevFirst = false;
  private prevHash = 0;
  /** First word after the last `evidence` call's stretch, where the next one (the next sentence) usually starts. */
  private cursor = 0;

  constructor(lower: string, from = 0, to = lower.length) {
    this.lower = lower;
    this.from = from;
    this.to = to;
    this.at = scanStart(lower, from);
    // About one word in seven characters of press text: room for one in six, grown when short.
    this.fields = new Int32Array(W_FIELDS * Math.max(16, (Math.min(to - from, 1 << 18) / 6) | 0));
  }

  /**
   * Reads words until the next one starts at or after `limit` (or the scan's end). One loop with
   * everything in locals, the lookups inlined: this is the per-character cost of language evidence.
   */
  private readTo(limit: number): void {
    const lower = this.lower;
    const n = lower.length;
    const to = this.to;
    let f = this.fields;
    let count = this.count;
    let prevFirst = this.prevFirst;
    let prevHash = this.prevHash;
    let i = this.at;
    while (i < n) {
      // The next letter or mark (a surrogate pair is one code point); runs of digits on the way are
      // noted for the number patterns.
      const c = lower.charCodeAt(i);
      if (c < 0x80 ? ((c | 32) - 97) >>> 0 >= 26 : (bitsAt(lower, i) & (L | M)) === 0) {
        if (c >= 48 && c <= 57 && i < to) {
          let k = i + 1;
          while (k < to && (lower.charCodeAt(k) - 48) >>> 0 < 10) k++;
          if (this.digitCount * 2 === this.digits.length) {
            const grown = new Int32Array(this.digits.length * 2);
            grown.set(this.digits);
            this.digits = grown;
          }
          this.digits[this.digitCount * 2] = i;
          this.digits[this.digitCount * 2 + 1] = k;
          this.digitCount++;
          i = k;
        } else i += c >= 0xd800 && c <= 0xdbff ? widthAt(lower, i) : 1;
        continue;
      }
      if (i >= to || i >= limit) break;
      // The word (as WORD matches it, cut at the scan's end), with its letters, Latin letters, first
      // hyphen and hash in one pass.
      const s = i;
      let dash = -1;
      let h = FNV;
      let k = s;
      let letters = 0;
      let latin = 0;
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
      const formAt = FORMS.find(lower, s, e, 0, 0, h);
      const flags = formAt >= 0 ? FORM_FLAGS[formAt]! : 0;
      let entryAt = flags & IS_MARKER ? formAt : -1;
      // The key a repeat is counted under: the form, or the form without its clitic when only that is listed.
      let keyEnd = e;
      let keyAt = formAt;
      if (entryAt < 0) {
        keyEnd = cliticEnd(lower, s, e);
        if (keyEnd !== e) {
          keyAt = FORMS.find(lower, s, keyEnd, 0, 0, hashRange(lower, s, keyEnd, FNV));
          if (keyAt >= 0 && FORM_FLAGS[keyAt]! & IS_MARKER) entryAt = keyAt;
        }
      }
      // Reduplication (negara-negara) counts as its base word.
      if (entryAt < 0 && dash >= 0 && e - dash - 1 === dash - s && sameHalves(lower, s, dash)) {
        const baseAt = FORMS.find(lower, s, dash, 0, 0, hashRange(lower, s, dash, FNV));
        if (baseAt >= 0 && FORM_FLAGS[baseAt]! & IS_MARKER) entryAt = baseAt;
      }
      if (entryAt >= 0 && keyAt < 0) (this.others ??= new Map()).set(count, lower.slice(s, keyEnd));
      // Two-word phrases only across a single character.
      let phraseAt = -1;
      const o = count * W_FIELDS;
      if (prevFirst && s === f[o - W_FIELDS + W_END]! + 1) {
        const ph = hashRange(lower, s, e, Math.imul(prevHash ^ SPACE_CODE, 16777619));
        phraseAt = PHRASES.find(lower, f[o - W_FIELDS + W_START]!, f[o - W_FIELDS + W_END]!, s, e, ph);
      }
      if (o + W_FIELDS > f.length) {
        const grown = new Int32Array(f.length * 2);
        grown.set(f);
        this.fields = f = grown;
      }
      f[o + W_START] = s;
      f[o + W_END] = e;
      f[o + W_ENTRY] = entryAt;
      f[o + W_KEY] = keyAt;
      f[o + W_PHRASE] = phraseAt;
      f[o + W_LETTERS] = letters;
      f[o + W_LATIN] = latin;
      count++;
      prevFirst = (flags & OPENS_PHRASE) !== 0;
      prevHash = h;
    }
    this.at = i;
    this.count = count;
    this.prevFirst = prevFirst;
    this.prevHash = prevHash;
  }

  /**
   * The evidence in `lower[from, to)`, as `collectEvidence` counts it: the words read here when
   * none of them straddles `from` or `to`, else a scan of that stretch alone. With `trace` false,
   * `fired` is left empty (the per-sentence pass needs only the sums); every other field is the same.
   */
  evidence(from: number, to: number, trace = true): Evidence {
    if (from < this.from || to > this.to || scanStart(this.lower, from) !== from)
      return collectEvidence(this.lower, from, to, trace);
    this.readTo(to);
    const f = this.fields;
    // First word starting at or after `from`: on from the last call's, else by bisection.
    let a = this.cursor;
    if (a > this.count || (a > 0 && f[(a - 1) * W_FIELDS + W_START]! >= from)) {
      let lo = 0;
      let hi = this.count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (f[mid * W_FIELDS + W_START]! < from) lo = mid + 1;
        else hi = mid;
      }
      a = lo;
    }
    while (a < this.count && f[a * W_FIELDS + W_START]! < from) a++;
    let b = a;
    while (b < this.count && f[b * W_FIELDS + W_START]! < to) b++;
    if ((a > 0 && f[(a - 1) * W_FIELDS + W_END]! > from) || (b > a && f[(b - 1) * W_FIELDS + W_END]! > to)) {
      return collectEvidence(this.lower, from, to, trace);
    }
    this.cursor = b;
    const ev = this.sum(a, b, trace);
    if (this.hasDigits(from, to))
      addPatterns(ev, from === 0 && to === this.lower.length ? this.lower : this.lower.slice(from, to), trace);
    return ev;
  }

  /** A digit in `[from, to)`. */
  private hasDigits(from: number, to: number): boolean {
    // The first run ending after `from`, by bisection.
    const d = this.digits;
    let lo = 0;
    let hi = this.digitCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (d[mid * 2 + 1]! <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.digitCount && d[lo * 2]! < to;
  }

  /** The evidence of the whole stretch these words were made for (`collectEvidence`). */
  evidenceOfAll(trace: boolean): Evidence {
    const { lower, from, to } = this;
    this.readTo(to);
    const ev = this.sum(0, this.count, trace);
    if (this.digitCount > 0) addPatterns(ev, from === 0 && to === lower.length ? lower : lower.slice(from, to), trace);
    return ev;
  }

  /** The words' evidence of words `[a, b)`, without the number patterns. */
  private sum(a: number, b: number, trace: boolean): Evidence {
    const f = this.fields;
    const fired: Map<string, number> = trace ? new Map() : NO_TRACE;
    const ev: Evidence = { words: b - a, latin: 0, letters: 0, ind: 0, zlm: 0, eng: 0, fam: 0, fired };
    const stamp = (scanStamp = (scanStamp + 1) | 0);
    let otherCounts: Map<string, number> | null = null;
    /**
     * Counts one more use of the key numbered `slot` (or of the form `other`) and, while under
     * MAX_REPEAT, adds the marker entry of key `entry`.
     */
    const fire = (entry: number, slot: number, other: string | null): void => {
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
      const ind = WEIGHTS[entry * 3]!;
      const zlm = WEIGHTS[entry * 3 + 1]!;
      const eng = WEIGHTS[entry * 3 + 2]!;
      ev.ind += ind;
      ev.zlm += zlm;
      if (ind > 0 || zlm > 0) ev.fam++;
      if (eng > 0) ev.eng++;
      if (trace) for (const id of ENTRIES[entry]!.ids) fired.set(id, (fired.get(id) ?? 0) + Math.max(ind, zlm, eng));
    };
    let letters = 0;
    let latin = 0;
    for (let w = a, o = a * W_FIELDS; w < b; w++, o += W_FIELDS) {
      letters += f[o + W_LETTERS]!;
      latin += f[o + W_LATIN]!;
      const entryAt = f[o + W_ENTRY]!;
      const keyAt = f[o + W_KEY]!;
      if (entryAt >= 0) fire(entryAt, keyAt, keyAt >= 0 ? null : this.others!.get(w)!);
      else if (keyAt >= 0 && FORM_FLAGS[keyAt]! & IS_FAMILY) ev.fam++;
      // A phrase with the word before, when that word is in the stretch too.
      const phraseAt = f[o + W_PHRASE]!;
      if (phraseAt >= 0 && w > a) fire(PHRASE_BASE + phraseAt, PHRASE_BASE + phraseAt, null);
    }
    ev.letters = letters;
    ev.latin = latin;
    return ev;
  }
}

/** Adds the number patterns' evidence in `slice` (which holds a digit) to `ev`. */
function addPatterns(ev: Evidence, slice: string, trace: boolean): void {
  for (const p of LANGUAGE_PATTERNS) {
    p.pattern.lastIndex = 0;
    let count = 0;
    while (count < MAX_REPEAT && p.pattern.test(slice)) count++;
    if (count > 0) {
      ev[p.lang] += count * p.weight;
      if (trace) ev.fired.set(p.id, count * p.weight);
    }
  }
}

/**
 * The evidence in `lower[from, to)`. With `trace` false, `fired` is left empty (the per-sentence
 * pass needs only the sums); every other field is the same.
 */
export function collectEvidence(lower: string, from = 0, to = lower.length, trace = true): Evidence {
  return new LanguageWords(lower, from, to).evidenceOfAll(trace);
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

/**
 * Characters where the folded view (src/text/view.ts) can read differently from the text itself for
 * the evidence (`foldChangesEvidence`).
 */
const FOLDED_SPACES = foldedTo(' ');
const FOLD_SENSITIVE = new RegExp(`[${foldedTo("'")}${foldedTo('-')}${FOLDED_SPACES}\u0130\u03a3]`, 'g');

/**
 * Can the lower-cased folded view give other evidence than the lower-cased text? Only where an
 * apostrophe or dash folded to `'` or `-` stands between two letters (it joins them into one word, or,
 * for `’`, which joins too, changes the word), a space folded to ` ` stands before a digit (`rp 5`
 * matches a number pattern), or the text has `İ` (lower-cased to two characters) or `Σ` (lower-cased
 * by its context). Everywhere else both give the same words, counts and number matches.
 */
function foldChangesEvidence(text: string): boolean {
  FOLD_SENSITIVE.lastIndex = 0;
  for (let m = FOLD_SENSITIVE.exec(text); m !== null; m = FOLD_SENSITIVE.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at);
    if (c === 0x130 || c === 0x3a3) return true;
    if (FOLDED_SPACES.includes(text[at]!)) {
      if ((text.charCodeAt(at + 1) - 48) >>> 0 < 10) return true;
    } else if (at > 0 && at + 1 < text.length && (bitsAt(text, at + 1) & (L | M)) !== 0) {
      // The letter before may end a surrogate pair.
      const before = text.charCodeAt(at - 1);
      const lead = before >= 0xdc00 && before <= 0xdfff && at > 1 ? at - 2 : at - 1;
      if ((bitsAt(text, lead) & (L | M)) !== 0) return true;
    }
  }
  return false;
}

/**
 * Identifies the language of `text` (a sentence, a paragraph or a whole document). `words`, when
 * given, are the words of the text's lower-cased folded view (src/doc.ts `languageWords`): their
 * evidence is used instead of a scan of the lower-cased text where the two cannot differ.
 */
export function identify(text: string, options: IdentifyOptions = {}, words?: LanguageWords): LanguageGuess {
  const sample = sampleText(text);
  const folded =
    words !== undefined && sample === text && words.lower.length === text.length && !foldChangesEvidence(text)
      ? words
      : null;
  // Long text: the first few thousand characters usually settle it; read on only when they do not.
  if (sample.length > QUICK_CHARS * 1.5) {
    let cut = sample.indexOf(' ', QUICK_CHARS);
    if (cut < 0) cut = sample.length;
    const head = sample.slice(0, cut);
    let ev: Evidence;
    if (folded) ev = folded.evidence(0, cut, false);
    else {
      const headLower = head.toLowerCase();
      ev = collectEvidence(headLower, 0, headLower.length, false);
    }
    if (Math.abs(ev.ind - ev.zlm) >= 10 && ev.fam >= 40 && ev.eng * 4 < ev.fam) return decide(ev, head, options);
  }
  if (folded) return decide(folded.evidence(0, text.length, false), sample, options);
  const lower = sample.toLowerCase();
  return decide(collectEvidence(lower, 0, lower.length, false), sample, options);
}

/**
 * Bytes that are not text (random data without NUL, which decodes as UTF-8 full of U+FFFD or as
 * Windows-1252 full of control characters) can still look like Latin words to the counts below: a
 * sample where replacement and control characters (other than tab and line ends) are 5 % or more is
 * no language.
 */
function isNoise(sample: string): boolean {
  let noise = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      c === 0xfffd ||
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      c === 0x7f ||
      (c >= 0x80 && c < 0xa0)
    )
      noise++;
  }
  return noise * 20 >= sample.length && sample.length > 0;
}

export function decide(ev: Evidence, sample: string, options: IdentifyOptions = {}): LanguageGuess {
  const und = (rule: string): LanguageGuess => ({ code: 'und', confidence: 0, candidates: [], rule });
  if (ev.letters < 3 || ev.words === 0) return und('lid.too-short');
  if (isNoise(sample)) return und('lid.not-text');

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
