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

/** Case-folded word tokens (letters with inner hyphens/apostrophes). Linear: one class per run. */
const WORD = /[\p{L}\p{M}]+(?:['\u2019-][\p{L}\p{M}]+)*/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;

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

export function collectEvidence(lower: string, from = 0, to = lower.length): Evidence {
  const ev: Evidence = { words: 0, latin: 0, letters: 0, ind: 0, zlm: 0, eng: 0, fam: 0, fired: new Map() };
  const seen = new Map<string, number>();
  const fire = (e: Entry, key: string): void => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > MAX_REPEAT) return;
    ev.ind += e.ind;
    ev.zlm += e.zlm;
    if (e.ind > 0 || e.zlm > 0) ev.fam++;
    if (e.eng > 0) ev.eng++;
    for (const id of e.ids) ev.fired.set(id, (ev.fired.get(id) ?? 0) + Math.max(e.ind, e.zlm, e.eng));
  };
  let prev = '';
  let prevEnd = -2;
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower)) !== null && m.index < to) {
    let w = m[0];
    if (m.index + w.length > to) w = w.slice(0, to - m.index);
    ev.words++;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c === 45 || c === 39 || c === 0x2019) continue;
      ev.letters++;
      if (c < 0x250 || LATIN_LETTER.test(w[i]!)) ev.latin++;
    }
    let e = unigrams.get(w);
    let base = w;
    if (!e) {
      base = stripClitic(w);
      if (base !== w) e = unigrams.get(base);
    }
    if (!e) {
      const dash = w.indexOf('-');
      // Reduplication (negara-negara) counts as its base word.
      if (dash > 0 && w.slice(0, dash) === w.slice(dash + 1)) e = unigrams.get(w.slice(0, dash));
    }
    if (e) fire(e, base);
    else if (family.has(base)) ev.fam++;
    // Two-word phrases only across a single space.
    if (m.index === prevEnd + 1 && bigramFirst.has(prev)) {
      const key = `${prev} ${w}`;
      const b = bigrams.get(key);
      if (b) fire(b, key);
    }
    prev = w;
    prevEnd = m.index + w.length;
  }
  const slice = from === 0 && to === lower.length ? lower : lower.slice(from, to);
  for (const p of LANGUAGE_PATTERNS) {
    p.pattern.lastIndex = 0;
    let n = 0;
    while (p.pattern.exec(slice) !== null && n < MAX_REPEAT) n++;
    if (n > 0) {
      ev[p.lang] += n * p.weight;
      ev.fired.set(p.id, n * p.weight);
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
    const ev = collectEvidence(head.toLowerCase());
    if (Math.abs(ev.ind - ev.zlm) >= 10 && ev.fam >= 40 && ev.eng * 4 < ev.fam) return decide(ev, head, options);
  }
  return decide(collectEvidence(sample.toLowerCase()), sample, options);
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
