/**
 * Temporal expression rules for Indonesian, as data. Each rule is a pattern matched (sticky, at the
 * start of a trigger token) on the lower-cased view, an optional guard that looks at the context,
 * and a normaliser that says what the match means (`Reading`) without knowing the document date.
 * The engine (src/stages/timex.ts) runs every rule, keeps the longest non-overlapping matches and
 * resolves readings against the DCT; examples are run through that engine with DCT 2021-01-27.
 *
 * Patterns are built from the vocabulary below. No quantifier is nested over the same characters:
 * every repeated group starts with a literal, so matching is linear in the input.
 */
import type { RuleMeta } from '../schema/rule.js';
import { FULL_MONTHS, hijriYearMonths, isNewsYear, MONTHS, WEEKDAYS } from './calendar.js';

// ---------------------------------------------------------------------------------------------
// Readings: what a match means, before the document date is known.

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
/**
 * Which occurrence of a weekday / month / day is meant: on or before the reference, after it, the one in the same week
 * / year / month, or decided by tense words around the match.
 */
export type Dir = 'past' | 'future' | 'same' | 'auto';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET' | 'RANGE';
export type Mod = 'START' | 'MID' | 'END' | 'APPROX' | 'LESS_THAN';

export type Sem =
  /** Fully given: `2021-01-26`, `P25Y`, `PRESENT_REF`. */
  | { kind: 'abs'; value: string }
  /** The DCT moved by `offset` units, written at that unit's granularity, plus `suffix` (`T10:00+07:00`, `-Q1`). */
  | { kind: 'rel'; unit: Unit; offset: number; suffix?: string }
  /**
   * A weekday (1 = Monday … 7 = Sunday) near the DCT; `week`: in the ISO week that many weeks from the DCT's
   * (`Senin pekan depan`); `after`: the end of a weekday range, the first such day on or after weekday `after`.
   */
  | { kind: 'weekday'; weekday: number; dir: Dir; suffix?: string; week?: number; after?: number }
  /** A month, or a day of a month, without its year. */
  | { kind: 'yearless'; month: number; day?: number; dir: Dir; suffix?: string }
  /** A day of the month without month or year (`tanggal 24 kemarin`). */
  | { kind: 'dom'; day: number; dir: Dir; suffix?: string }
  /**
   * Relative to the last date the text mentioned (`hari itu`, `sehari kemudian`, a bare `pukul 10.00`):
   * moved by `n` of `letter` (D, W, M, Y), written at `gran` or at the reference's own granularity.
   * `dctFallback`: with no earlier date, resolve against the DCT instead (times of day).
   */
  | { kind: 'ref'; n: number; letter: 'D' | 'W' | 'M' | 'Y'; gran?: Unit; suffix?: string; dctFallback?: boolean }
  /** Two readings joined as `start/end`. */
  | { kind: 'range'; from: Sem; to: Sem };

export interface Reading {
  type: TimexType;
  sem: Sem;
  mod?: Mod;
}

export type Groups = Record<string, string | undefined>;

/** What a guard may look at around a match. */
/** Currency words before a number: the number is an amount, never a duration (lower-cased tokens). */
export const AMOUNT_BEFORE: ReadonlySet<string> = new Set([
  '$',
  'us$',
  'usd',
  'rp',
  'idr',
  'eur',
  '€',
  'sgd',
  'myr',
  'rm',
  'jpy',
  '¥',
  'cny',
  'aud',
  's$',
]);
/** Era words after a year that make it no Gregorian year of the common era (`1445 H`, `300 SM`). */
const NOT_CE_ERA: ReadonlySet<string> = new Set(['h', 'hijriah', 'hijriyah', 'hijriyyah', 'hijri', 'sm']);
/** A year right after `N tahun` (`4.580 tahun 2023`): the `tahun` names the year. */
const YEAR_AFTER = /^(?:1[5-9]|20)\d\d$/;

export interface GuardContext {
  /** Original text and lower-cased view (same length). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Lower-cased word before the match (skipping `.`/`:`), or null at the start of a sentence or text. */
  prevWord: string | null;
  /** Lower-cased token right after the match, or null. */
  nextWord: string | null;
  /** True when the match starts a sentence (after `.`, `!`, `?`, a newline, or at the start). */
  sentenceStart: boolean;
  /** A future-tense word (`akan`, `mendatang` …) in the clause before the match. */
  futureBefore: boolean;
}

export interface TimexRule extends RuleMeta {
  /** Lower-cased tokens a match can start with; `#` stands for any number token. */
  triggers: readonly string[];
  /** Matched sticky on the lower-cased view; built by `rx`. */
  pattern: RegExp;
  guard?: (g: Groups, ctx: GuardContext) => boolean;
  /** Meaning of the match, or null to decline (e.g. 31 February). */
  normalise: (g: Groups) => Reading | null;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

// Month and weekday names come from the shared calendar module (re-exported for older importers).
export { MONTHS, WEEKDAYS };

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
  seribu: 1000,
};
const DIGIT_WORDS = 'satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan';

/** Duration unit words: ISO letter, multiplier, and whether it belongs after `T`. */
const UNITS: Readonly<Record<string, { letter: 'Y' | 'M' | 'W' | 'D' | 'H' | 'S'; mult: number; time: boolean }>> = {
  tahun: { letter: 'Y', mult: 1, time: false },
  bulan: { letter: 'M', mult: 1, time: false },
  minggu: { letter: 'W', mult: 1, time: false },
  pekan: { letter: 'W', mult: 1, time: false },
  hari: { letter: 'D', mult: 1, time: false },
  jam: { letter: 'H', mult: 1, time: true },
  menit: { letter: 'M', mult: 1, time: true },
  detik: { letter: 'S', mult: 1, time: true },
  dekade: { letter: 'Y', mult: 10, time: false },
  dasawarsa: { letter: 'Y', mult: 10, time: false },
  abad: { letter: 'Y', mult: 100, time: false },
  windu: { letter: 'Y', mult: 8, time: false },
  semester: { letter: 'M', mult: 6, time: false },
  triwulan: { letter: 'M', mult: 3, time: false },
  kuartal: { letter: 'M', mult: 3, time: false },
};
const UNIT_RANK = [
  'abad',
  'dekade',
  'dasawarsa',
  'windu',
  'tahun',
  'semester',
  'triwulan',
  'kuartal',
  'bulan',
  'minggu',
  'pekan',
  'hari',
  'jam',
  'menit',
  'detik',
];
/** Calendar unit of a unit word, for `N … lalu` and `… ini / lalu / depan`. */
const CAL_UNITS: Readonly<Record<string, Unit>> = {
  hari: 'day',
  minggu: 'week',
  pekan: 'week',
  bulan: 'month',
  tahun: 'year',
  triwulan: 'quarter',
  kuartal: 'quarter',
  semester: 'half',
  dekade: 'decade',
  dasawarsa: 'decade',
  abad: 'century',
};

/** Two calendar units that add up in the smaller one (`1 tahun 6 bulan lalu` = 18 months back). */
const COMPOUND_IN: Readonly<Record<string, [Unit, number]>> = {
  'tahun bulan': ['month', 12],
  'minggu hari': ['day', 7],
  'pekan hari': ['day', 7],
};

/** Parts of the day, written after `T` (`2014-12-30TAF`); IndoTimex writes `siang` and `sore` as AF. */
const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  pagi: 'MO',
  siang: 'AF',
  sore: 'AF',
  petang: 'EV',
  malam: 'NI',
  'dini hari': 'NI',
};
const ZONES: Readonly<Record<string, string>> = { wib: '+07:00', wita: '+08:00', wit: '+09:00', utc: 'Z', gmt: 'Z' };
const MODS: Readonly<Record<string, Mod>> = {
  awal: 'START',
  permulaan: 'START',
  pertengahan: 'MID',
  medio: 'MID',
  akhir: 'END',
  penghujung: 'END',
};
/**
 * Hedges a span may start with (`sekitar 25 tahun`, `hampir tiga bulan`): TimeML's APPROX, and LESS_THAN for
 * `hampir` (almost). The patterns take them into the span; the stage reads the mod from the span's first words.
 */
export const APPROX_MODS: Readonly<Record<string, Mod>> = {
  sekitar: 'APPROX',
  'kurang lebih': 'APPROX',
  'kira-kira': 'APPROX',
  hampir: 'LESS_THAN',
};
const SEASONS: Readonly<Record<string, string>> = {
  hujan: 'WI',
  penghujan: 'WI',
  dingin: 'WI',
  kemarau: 'SU',
  panas: 'SU',
  semi: 'SP',
  gugur: 'FA',
};

/** Words before a 4-digit number that make it an identifier or an amount, not a year. */
export const NOT_YEAR_BEFORE = new Set([
  'nomor',
  'nomer',
  'no',
  'nmr',
  'pasal',
  'ayat',
  'rp',
  'idr',
  'usd',
  'us$',
  'sgd',
  'eur',
  'kode',
  'tipe',
  'type',
  'seri',
  'nrp',
  'nip',
  'nik',
  'jalan',
  'jl',
  'km',
  'kilometer',
  'halaman',
  'hal',
  'kamar',
  'blok',
  'rt',
  'rw',
  'kav',
  'kavling',
  'sebanyak',
  'sejumlah',
  'mencapai',
  'total',
  'pukul',
  'jam',
  'ruang',
  'lantai',
  'gedung',
  'kapal',
  'penerbangan',
  'flight',
  'nomornya',
  'ketinggian',
  'kecepatan',
  'harga',
  'senilai',
  'sebesar',
  'kurang',
  'lebih',
  'hanya',
  'kelipatan',
  'dari',
  'atas',
  'bawah',
  'rute',
  'peringkat',
  'ranking',
  'urutan',
  'ke',
  'x',
  'kali',
  'tinggal',
  'sisa',
  'pin',
  'ext',
  'telp',
  'telepon',
  'hp',
]);
/** Words after a 4-digit number that make it a count or a measure. */
export const NOT_YEAR_AFTER = new Set([
  'orang',
  'unit',
  'kaki',
  'feet',
  'meter',
  'm',
  'km',
  'kilometer',
  'mil',
  'ton',
  'kg',
  'kilogram',
  'gram',
  'liter',
  'persen',
  '%',
  'rupiah',
  'dolar',
  'dollar',
  'ekor',
  'buah',
  'jiwa',
  'kali',
  'lembar',
  'hektare',
  'hektar',
  'ha',
  'mdpl',
  'cc',
  'mw',
  'kw',
  'watt',
  'kwh',
  'peserta',
  'siswa',
  'mahasiswa',
  'personel',
  'prajurit',
  'pasukan',
  'kursi',
  'paket',
  'dosis',
  'sampel',
  'kasus',
  'suara',
  'pesawat',
  'kapal',
  'rumah',
  'desa',
  'sekolah',
  'titik',
  'penumpang',
  'korban',
  'warga',
  'keluarga',
  'pegawai',
  'karyawan',
  'pekerja',
  'anggota',
  'relawan',
  'tenaga',
  'batang',
  'butir',
  'botol',
  'kotak',
  'karung',
  'lokasi',
  'halaman',
  'hari',
  'jam',
  'menit',
  'detik',
  'bulan',
  'minggu',
  'pekan',
  'tahun',
  'mm',
  'cm',
  'knot',
  'derajat',
  'mb',
  'gb',
  'kb',
  'tb',
  'mhz',
  'ghz',
  'hz',
  'poin',
  'point',
  'pon',
  'mega',
  'giga',
  'rpm',
  'dpi',
  'pk',
  'ml',
  'kal',
  'kalori',
  'triliun',
  'miliar',
  'juta',
  'ribu',
  'ratus',
  'barel',
  'kiloliter',
  'kl',
  'hp',
  'x',
  'followers',
  'pengikut',
  'kata',
  'karakter',
  'pasien',
  'bayi',
  'anak',
  'pelajar',
  'guru',
  'dosen',
  'atlet',
  'tamu',
  'pengunjung',
  'penonton',
  'pelanggan',
  'nasabah',
  'perusahaan',
  'umkm',
  'koperasi',
]);
/**
 * A word list the engine's guards read (src/stages/timex/), kept here as data: it makes no span of
 * its own, so its examples (run through the whole engine, DCT 2021-01-27) show what it decides.
 */
export interface TimexWordList extends RuleMeta {
  readonly words: readonly string[];
}

/** Words in the clause before a bare weekday or month that make its direction past (the engine's tense check). */
export const TENSE_PAST: TimexWordList = {
  id: 'timex-words.tense-past',
  description:
    'Words in the clause before a bare weekday, month or day of the month that resolve it backwards from the DCT',
  words: ['telah', 'sudah', 'pernah', 'sempat', 'lalu', 'kemarin', 'tadi', 'silam'],
  examples: [
    { text: 'Menteri sudah berkunjung ke Bandung pada Senin.', expect: ['Senin'], values: ['2021-01-25'] },
    { text: 'Ia sempat hadir hari Jumat.', expect: ['hari Jumat'], values: ['2021-01-22'] },
  ],
};
/** Words that make the direction of a bare weekday or month future. */
export const TENSE_FUTURE: TimexWordList = {
  id: 'timex-words.tense-future',
  description: 'Words in the clause before a bare weekday, month or day of the month that resolve it forwards',
  words: [
    'akan',
    'bakal',
    'hendak',
    'nanti',
    'mendatang',
    'depan',
    'dijadwalkan',
    'direncanakan',
    'rencananya',
    'berencana',
    'segera',
  ],
  examples: [
    { text: 'Menteri akan berkunjung ke Bandung pada Senin.', expect: ['Senin'], values: ['2021-02-01'] },
    { text: 'Presiden nanti meresmikan jembatan itu hari Jumat.', expect: ['hari Jumat'], values: ['2021-01-29'] },
  ],
};
/** Tokens where the tense check stops looking back: the clause before ends there. */
export const CLAUSE_END: TimexWordList = {
  id: 'timex-words.clause-end',
  description: 'Tokens that end the clause the tense check looks back over (a new sentence has its own tense)',
  words: ['.', '!', '?', ';'],
  examples: [
    {
      text: 'Ia sudah pulang; rapat digelar pada Senin.',
      expect: ['Senin'],
      values: ['2021-01-25'],
    },
    { text: 'Ia akan pulang. Rapat digelar pada Senin.', expect: ['Senin'], values: ['2021-01-25'] },
  ],
};
/** What may stand between two dates that are one range (alone, with spaces around it). */
export const RANGE_CONNECTORS: TimexWordList = {
  id: 'timex-words.range-connector',
  description:
    'What joins two dates or times into one RANGE when it alone stands between them (`dan` only after `antara`)',
  words: ['-', 's.d.', 's.d', 's/d', 'sampai dengan', 'sampai', 'hingga', 'dan'],
  examples: [
    {
      text: 'pada 1 Maret s.d. 3 April 2021',
      expect: ['1 Maret s.d. 3 April 2021'],
      values: ['2021-03-01/2021-04-03'],
    },
    { text: 'Januari 2020 dan Maret 2021', expect: ['Januari 2020', 'Maret 2021'], values: ['2020-01', '2021-03'] },
  ],
};
/** A word before the first date that lets `dan` join it to the second. */
export const RANGE_OPENERS: TimexWordList = {
  id: 'timex-words.range-opener',
  description: 'A word before two dates joined by `dan` that makes them one RANGE (`antara A dan B`)',
  words: ['antara'],
  examples: [
    {
      text: 'antara Januari 2020 dan Maret 2021',
      expect: ['Januari 2020 dan Maret 2021'],
      values: ['2020-01/2021-03'],
    },
  ],
};
/** The word lists of the engine's guards, for the rule catalogue and its example tests. */
export const TIMEX_WORD_LISTS: readonly TimexWordList[] = [
  TENSE_PAST,
  TENSE_FUTURE,
  CLAUSE_END,
  RANGE_CONNECTORS,
  RANGE_OPENERS,
];
/** The lists as sets, as the engine looks them up. */
export const PAST_WORDS: ReadonlySet<string> = new Set(TENSE_PAST.words);
export const FUTURE_WORDS: ReadonlySet<string> = new Set(TENSE_FUTURE.words);

// ---------------------------------------------------------------------------------------------
// Pattern pieces. `alt` sorts alternatives longest first so a prefix never wins over a full word.

function alt(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.$]/g, '\\$&'))
    .join('|');
}
/**
 * Sticky, Unicode; a match may not run into a letter or digit, nor into a decimal part, date or time (`26/1`, `10:30`).
 */
export function rx(source: string): RegExp {
  return new RegExp(`(?:${source})(?![\\p{L}\\p{N}]|[.,/:]\\p{N})`, 'uy');
}

const MONTH_ANY = alt(Object.keys(MONTHS));
const MONTH_FULL = alt(FULL_MONTHS);
const WEEKDAY = alt(Object.keys(WEEKDAYS));
const MOD = `(?<mod>${alt(Object.keys(MODS))})`;
const TENS = `(?:(?:${DIGIT_WORDS}) (?:belas|puluh(?: (?:${DIGIT_WORDS}))?)|sepuluh|sebelas|${DIGIT_WORDS})`;
const NUMWORD = `(?:(?:seratus|(?:${DIGIT_WORDS}) ratus)(?: ${TENS})?|seribu|${TENS})`;
const NUM = `(?:\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)`;
const UNIT = alt(Object.keys(UNITS));
const UNIT_SE = alt([
  'tahun',
  'bulan',
  'minggu',
  'pekan',
  'hari',
  'jam',
  'menit',
  'dekade',
  'abad',
  'windu',
  'semester',
]);
const POD = `(?<pod>${alt(Object.keys(PARTS_OF_DAY))})(?: hari)?`;
const ZONE = `(?<zone>${alt(Object.keys(ZONES))})`;
const TIME = `(?:(?:sekitar|pada) )?(?:pukul|jam|pkl\\.?) (?<hh>[0-2]?\\d)(?:(?<sep>[.:])(?<mm>[0-5]\\d)(?:\\k<sep>(?<ss>[0-5]\\d))?)?(?: ?${ZONE})?`;
/** What joins the two ends of a clock-time or weekday range. */
const RANGE_SEP = `(?: ?-{1,2} ?| (?:s\\.d\\.?|s/d|sampai dengan|sampai|hingga) )`;
/** A third weekday after a weekday range (`Kamis--Jumat--Sabtu`). */
const LIST_GOES_ON = new RegExp(`^${RANGE_SEP}(?:${WEEKDAY})`, 'u');
const LIST_WENT_ON = new RegExp(`(?:${WEEKDAY})${RANGE_SEP}$`, 'u');
/** A week named after a weekday (`Senin pekan depan`): the weekday is the one of that week. */
const WEEK_TAIL = `(?:pekan|minggu) (?<wt>ini|lalu|kemarin|depan|mendatang|yang lalu|yang akan datang)`;
const TAIL = `(?<tail>(?:yang )?lalu|silam|kemarin|mendatang|depan|nanti|besok|ini|yang akan datang)`;
/**
 * What may follow a date: a time, a part of the day, a tense word (`Selasa (30/12/2014) sore ini`). A time after a
 * comma is a timex of its own.
 */
const DATE_SUFFIX = `(?: ${TIME})?(?: ${POD})?(?: ${TAIL})?`;
const WD_PREFIX = `(?:(?:hari )?(?<wd>${WEEKDAY}),? )?`;
const NUMDATE = (k: string, yearRequired: boolean) =>
  `(?<d${k}>[0-3]?\\d)(?<s${k}>[/.-])(?<m${k}>[01]?\\d)` +
  (yearRequired ? `\\k<s${k}>(?<y${k}>\\d{4})` : `(?:/(?<y${k}>\\d{4}|\\d{2}))?`);
const APPROX = `(?:(?<approx>${alt(Object.keys(APPROX_MODS))}) )?`;

// ---------------------------------------------------------------------------------------------
// Normalising helpers.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** `25`, `2,5`, `1.000`, `dua puluh lima`, `seratus dua puluh`, `sebelas` → number; null when not a number. */
export function parseNumber(s: string): number | null {
  if (/^\d/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (s === 'setengah') return 0.5;
  let total = 0;
  let cur = 0;
  for (const p of s.split(' ')) {
    if (p === 'belas') [total, cur] = [total + cur + 10, 0];
    else if (p === 'puluh') [total, cur] = [total + cur * 10, 0];
    else if (p === 'ratus') [total, cur] = [total + cur * 100, 0];
    else if (p === 'ribu') [total, cur] = [(total + cur) * 1000, 0];
    else {
      const v = NUMBER_WORDS[p];
      if (v === undefined) return null;
      total += cur;
      cur = v;
    }
  }
  return total + cur;
}

/** ISO 8601 duration for `n` of a unit word: `P25Y`, `P2W`, `PT12H`, `PT30M`, `P1.5Y`. */
export function durationValue(n: number, unit: string): string | null {
  return durationOf([[n, unit]], false);
}

/** ISO 8601 duration for a sum of parts: `1 tahun 6 bulan` → P1Y6M, `2 jam 30 menit` → PT2H30M. */
export function durationOf(parts: readonly (readonly [number, string])[], halves: boolean): string | null {
  const date = new Map<string, number>();
  const time = new Map<string, number>();
  for (const [n, unit] of parts) {
    const u = UNITS[unit];
    if (!u) return null;
    let v = n * u.mult;
    let letter: string = u.letter;
    let isTime = u.time;
    if (halves && !Number.isInteger(v)) {
      // Spoken halves (`setengah`) go to the next smaller unit where one exists: half a day is PT12H, half an hour
      // PT30M.
      if (letter === 'D' && !isTime) [v, letter, isTime] = [v * 24, 'H', true];
      else if (letter === 'H') [v, letter] = [v * 60, 'M'];
      else if (letter === 'Y') [v, letter] = [v * 12, 'M'];
      else if (letter === 'M' && isTime) [v, letter] = [v * 60, 'S'];
    }
    const map = isTime ? time : date;
    map.set(letter, (map.get(letter) ?? 0) + v);
  }
  const num = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));
  const d = ['Y', 'M', 'W', 'D']
    .filter((l) => date.has(l))
    .map((l) => num(date.get(l)!) + l)
    .join('');
  const t = ['H', 'M', 'S']
    .filter((l) => time.has(l))
    .map((l) => num(time.get(l)!) + l)
    .join('');
  return `P${d}${t ? `T${t}` : ''}`;
}

function timeSuffix(g: Groups): string | undefined {
  if (g.hh === undefined) return g.pod ? PARTS_OF_DAY[g.pod] && `T${PARTS_OF_DAY[g.pod]}` : undefined;
  let h = Number(g.hh);
  const m = g.mm === undefined ? 0 : Number(g.mm);
  if (h > 24 || m > 59) return undefined;
  if (g.pod && (g.pod === 'sore' || g.pod === 'malam' || g.pod === 'petang') && h < 12) h += 12;
  if (g.pod === 'siang' && h < 6) h += 12;
  if (h === 24) h = 0;
  return `T${pad(h)}:${pad(m)}${g.ss === undefined ? '' : `:${g.ss}`}${g.zone ? (ZONES[g.zone] ?? '') : ''}`;
}

function tailDir(tail: string | undefined): Dir {
  if (!tail) return 'auto';
  if (tail === 'ini') return 'same';
  if (tail === 'mendatang' || tail === 'depan' || tail === 'nanti' || tail === 'besok' || tail === 'yang akan datang')
    return 'future';
  return 'past';
}

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Weeks from the DCT's week that a week tail names (`pekan depan` → 1), or undefined without one. */
const weekOffset = (g: Groups): number | undefined =>
  g.wt === undefined ? undefined : g.wt === 'ini' ? 0 : /depan|mendatang|akan/.test(g.wt) ? 1 : -1;

const dateType = (g: Groups): TimexType => (g.hh !== undefined || g.pod ? 'TIME' : 'DATE');
const modOf = (g: Groups): Mod | undefined => (g.mod ? MODS[g.mod] : undefined);

/** A day-month-year reading from parsed parts; yearless when `y` is missing. */
function dayMonth(g: Groups, d: number, m: number, y: number | null): Reading | null {
  if (!validDate(y ?? 2000, m, d)) return null;
  const suffix = timeSuffix(g);
  if (y === null)
    return { type: dateType(g), sem: { kind: 'yearless', month: m, day: d, dir: tailDir(g.tail), suffix } };
  return { type: dateType(g), sem: { kind: 'abs', value: `${y}-${pad(m)}-${pad(d)}${suffix ?? ''}` } };
}

const isYear = isNewsYear;
const relYear = (w: string) => (w === 'ini' ? 0 : w === 'depan' ? 1 : -1);

/** `MRT` in capitals is the transit line (`MRT 2025`), not `Mrt` for March. */
const transitNotMonth = (ctx: GuardContext): boolean =>
  /(?:^|[^\p{L}])MRT(?![\p{L}])/u.test(ctx.text.slice(ctx.start, ctx.end));

/** `Minggu` (capital, or after `hari`) is Sunday; lower-case `minggu` is a week. */
function sundayCase(ctx: GuardContext): boolean {
  const at = ctx.lower.startsWith('hari ', ctx.start) ? ctx.start + 5 : ctx.start;
  return at !== ctx.start || ctx.text[at] === 'M';
}

// ---------------------------------------------------------------------------------------------
// The rules. Order matters only to break ties between matches of the same length.

export const TIMEX_RULES: readonly TimexRule[] = [
  {
    id: 'timex.date-text',
    description:
      'Day, month name and optional year, with an optional weekday before and a time, part of day or tense word after',
    triggers: ['#', ...Object.keys(WEEKDAYS), 'hari', 'tanggal', 'tgl'],
    pattern: rx(
      `${WD_PREFIX}(?:(?:tanggal|tgl\\.?) )?(?<d>[0-3]?\\d) (?:bulan )?(?<mon>${MONTH_ANY})\\.?(?:,? (?:tahun )?(?<y>\\d{4})| tahun (?<ry>ini|lalu|depan|kemarin))?${DATE_SUFFIX}`,
    ),
    guard: (g, ctx) => (g.wd !== 'minggu' || sundayCase(ctx)) && !transitNotMonth(ctx),
    normalise: (g) => {
      const [d, m] = [Number(g.d), MONTHS[g.mon!]!];
      if (g.ry) {
        if (!validDate(2000, m, d)) return null;
        return {
          type: dateType(g),
          sem: {
            kind: 'rel',
            unit: 'year',
            offset: relYear(g.ry),
            suffix: `-${pad(m)}-${pad(d)}${timeSuffix(g) ?? ''}`,
          },
        };
      }
      return dayMonth(g, d, m, g.y ? Number(g.y) : null);
    },
    examples: [
      {
        text: 'diselenggarakan pada 26 Januari 2021 secara video',
        expect: ['26 Januari 2021'],
        values: ['2021-01-26'],
      },
      { text: 'pada 26 Jan. 2021 lalu', expect: ['26 Jan. 2021 lalu'], values: ['2021-01-26'] },
      {
        text: 'Tanggal 5 Agst 2024 dan 3 Mrt 2024.',
        expect: ['Tanggal 5 Agst 2024', '3 Mrt 2024'],
        values: ['2024-08-05', '2024-03-03'],
      },
      {
        text: 'pada 5 Peb 2024 dan 6 Nop 2024',
        expect: ['5 Peb 2024', '6 Nop 2024'],
        values: ['2024-02-05', '2024-11-06'],
      },
      {
        text: 'pada tanggal 26 bulan Januari tahun 2021',
        expect: ['tanggal 26 bulan Januari tahun 2021'],
        values: ['2021-01-26'],
      },
      {
        text: 'lepas landas Minggu 28 Desember 2014 pukul 05.36 WIB.',
        expect: ['Minggu 28 Desember 2014 pukul 05.36 WIB'],
        values: ['2014-12-28T05:36+07:00'],
      },
      { text: 'bertemu 8 November lalu', expect: ['8 November lalu'], values: ['2020-11-08'] },
      { text: 'sejak 17 Agustus tahun lalu', expect: ['17 Agustus tahun lalu'], values: ['2020-08-17'] },
      { text: 'akan dirilis 20 Oktober besok', expect: ['20 Oktober besok'], values: ['2021-10-20'] },
      { text: 'Pasal 5 ayat 2', expect: [] },
    ],
  },
  {
    id: 'timex.date-numeric',
    description:
      'Numeric date d/m/yyyy or d-m-yyyy, or a weekday with a date in brackets (`Selasa (26/1/2021)`, `Jumat (31/10)`)',
    triggers: ['#', ...Object.keys(WEEKDAYS), 'hari', 'tanggal', 'tgl'],
    pattern: rx(
      `(?:(?:hari )?(?<wd>${WEEKDAY}),? ?\\(${NUMDATE('1', false)}\\)|(?:(?:tanggal|tgl\\.?) )?${NUMDATE('2', true)})${DATE_SUFFIX}`,
    ),
    guard: (g, ctx) => g.wd !== 'minggu' || sundayCase(ctx),
    normalise: (g) => {
      const d = Number(g.d1 ?? g.d2);
      const m = Number(g.m1 ?? g.m2);
      const y = g.y1 ?? g.y2;
      if (g.d1 && g.s1 !== '/') return null;
      return dayMonth(g, d, m, y ? fullYear(y) : null);
    },
    examples: [
      { text: 'Jakarta, Selasa (26/1/2021) - Menteri', expect: ['Selasa (26/1/2021)'], values: ['2021-01-26'] },
      {
        text: 'hilang pada Minggu (28/12/2014) kemarin, telah',
        expect: ['Minggu (28/12/2014) kemarin'],
        values: ['2014-12-28'],
      },
      {
        text: 'kontak pada Minggu (28/12/2014) pukul 07.55.',
        expect: ['Minggu (28/12/2014) pukul 07.55'],
        values: ['2014-12-28T07:55'],
      },
      {
        text: 'tanggal 26/1/2021 dan 26-01-2021',
        expect: ['tanggal 26/1/2021', '26-01-2021'],
        values: ['2021-01-26', '2021-01-26'],
      },
      { text: 'Jumat (22/1) di Jakarta', expect: ['Jumat (22/1)'], values: ['2021-01-22'] },
      { text: 'skor 2/3 dan 31/2/2021', expect: [] },
    ],
  },
  {
    id: 'timex.date-iso',
    description: 'ISO date yyyy-mm-dd',
    triggers: ['#'],
    pattern: rx(`(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)${DATE_SUFFIX}`),
    normalise: (g) => dayMonth(g, Number(g.d), Number(g.m), Number(g.y)),
    examples: [{ text: 'dirilis 2021-01-26.', expect: ['2021-01-26'], values: ['2021-01-26'] }],
  },
  {
    id: 'timex.day-range',
    description: 'Range of days inside one month: `1–3 Maret 2021`, `1 s.d. 3 Maret`',
    triggers: ['#', 'tanggal'],
    pattern: rx(
      `(?:tanggal )?(?<d1>[0-3]?\\d)(?: ?- ?| (?:s\\.d\\.?|s/d|sampai dengan|sampai|hingga) )(?<d2>[0-3]?\\d) (?:bulan )?(?<mon>${MONTH_ANY})\\.?(?:,? (?:tahun )?(?<y>\\d{4}))?`,
    ),
    normalise: (g) => {
      const m = MONTHS[g.mon!]!;
      const [d1, d2] = [Number(g.d1), Number(g.d2)];
      if (d1 >= d2) return null;
      const a = dayMonth({}, d1, m, g.y ? Number(g.y) : null);
      const b = dayMonth({}, d2, m, g.y ? Number(g.y) : null);
      if (!a || !b) return null;
      return { type: 'RANGE', sem: { kind: 'range', from: a.sem, to: b.sem } };
    },
    examples: [
      { text: 'berlangsung 1–3 Maret 2021 di Bali', expect: ['1–3 Maret 2021'], values: ['2021-03-01/2021-03-03'] },
      { text: 'pada 1 s.d. 3 Maret', expect: ['1 s.d. 3 Maret'], values: ['2021-03-01/2021-03-03'] },
    ],
  },
  {
    id: 'timex.month-year',
    description: 'Month and year (`Januari 2021`, `bulan Maret tahun 2020`), with `awal`/`pertengahan`/`akhir` as mod',
    triggers: [...Object.keys(MONTHS), 'bulan', ...Object.keys(MODS)],
    pattern: rx(`(?:${MOD} )?(?:bulan )?(?<mon>${MONTH_ANY})\\.?,? (?:tahun )?(?<y>\\d{4})(?: ${TAIL})?`),
    guard: (_g, ctx) => !transitNotMonth(ctx),
    normalise: (g) => ({ type: 'DATE', sem: { kind: 'abs', value: `${g.y}-${pad(MONTHS[g.mon!]!)}` }, mod: modOf(g) }),
    examples: [
      { text: 'sejak Januari 2021', expect: ['Januari 2021'], values: ['2021-01'] },
      { text: 'pada akhir Maret 2020 lalu', expect: ['akhir Maret 2020 lalu'], values: ['2020-03'] },
      { text: 'sejak Mrt 2024, lalu Agst 2024', expect: ['Mrt 2024', 'Agst 2024'], values: ['2024-03', '2024-08'] },
      { text: 'Proyek MRT 2025 rampung', expect: [] },
    ],
  },
  {
    id: 'timex.month',
    description:
      'Month without year, after `bulan`, a signal word or with a tense word (`bulan Maret lalu`, `pada Mei`); the year comes from the DCT and the tense',
    triggers: [...FULL_MONTHS, 'bulan', ...Object.keys(MODS)],
    pattern: rx(`(?:${MOD} )?(?<b>bulan )?(?<mon>${MONTH_FULL})(?: tahun (?<ry>ini|lalu|depan|kemarin)| ${TAIL})?`),
    guard: (g, ctx) =>
      Boolean(g.b || g.tail || g.mod || g.ry) ||
      [
        'pada',
        'sejak',
        'hingga',
        'sampai',
        'mulai',
        'per',
        'selama',
        'jelang',
        'menjelang',
        'medio',
        'akhir',
        'awal',
        'pertengahan',
        'sepanjang',
        'dalam',
        'bulan',
      ].includes(ctx.prevWord ?? ''),
    normalise: (g) =>
      g.ry
        ? {
            type: 'DATE',
            sem: { kind: 'rel', unit: 'year', offset: relYear(g.ry), suffix: `-${pad(MONTHS[g.mon!]!)}` },
            mod: modOf(g),
          }
        : { type: 'DATE', sem: { kind: 'yearless', month: MONTHS[g.mon!]!, dir: tailDir(g.tail) }, mod: modOf(g) },
    examples: [
      { text: 'hilang bulan Maret lalu juga', expect: ['bulan Maret lalu'], values: ['2020-03'] },
      { text: 'pada Maret tahun ini', expect: ['Maret tahun ini'], values: ['2021-03'] },
      { text: 'akan digelar pada Juni mendatang', expect: ['Juni mendatang'], values: ['2021-06'] },
      { text: 'Mei Lin berkata', expect: [] },
    ],
  },
  {
    id: 'timex.year',
    description:
      '`tahun` with a year, inside the span (`tahun 1991`, `Tahun Anggaran 2026`), with an optional mod word',
    triggers: ['tahun', 'sekitar', ...Object.keys(MODS)],
    pattern: rx(`(?:${MOD} )?(?:(?<approx>sekitar) )?tahun (?:anggaran |ajaran )?(?<y>\\d{4})(?: ${TAIL})?`),
    // `tahun 1445 H`, `tahun 2000 SM`: another era's year is no Gregorian one (the era rules read them).
    guard: (_g, ctx) => !NOT_CE_ERA.has(ctx.nextWord ?? ''),
    normalise: (g) => ({ type: 'DATE', sem: { kind: 'abs', value: g.y! }, mod: modOf(g) }),
    examples: [
      { text: 'dimulai sejak tahun 1991 dan', expect: ['tahun 1991'], values: ['1991'] },
      { text: 'pada awal tahun 2020', expect: ['awal tahun 2020'], values: ['2020'] },
      { text: 'pada tahun 1445 h', expect: [] },
    ],
  },
  {
    id: 'timex.year-bare',
    description:
      'A bare 4-digit number 1900–2099 as a year, unless the word before makes it an identifier or amount (`Nomor 2021`, `Rp 2021`) or a unit follows (`2021 orang`)',
    triggers: ['#', ...Object.keys(MODS)],
    pattern: rx(`(?:${MOD} )?(?<y>\\d{4})`),
    guard: (g, ctx) => {
      if (!isYear(Number(g.y))) return false;
      if (g.mod) return true;
      if (ctx.prevWord !== null && NOT_YEAR_BEFORE.has(ctx.prevWord)) return false;
      const before = ctx.text[ctx.start - 1] ?? ' ';
      if (/[\p{L}\p{N}$€£/:]/u.test(before)) return false;
      if (ctx.nextWord !== null && (NOT_YEAR_AFTER.has(ctx.nextWord) || NOT_CE_ERA.has(ctx.nextWord))) return false;
      return true;
    },
    normalise: (g) => ({ type: 'DATE', sem: { kind: 'abs', value: g.y! }, mod: modOf(g) }),
    examples: [
      { text: 'Mitra Penuh ASEAN pada 1996.', expect: ['1996'], values: ['1996'] },
      { text: 'sejak 2018, memimpin', expect: ['2018'], values: ['2018'] },
      { text: 'KTT APEC 2017 di Vietnam', expect: ['2017'], values: ['2017'] },
      { text: 'hingga akhir 2020', expect: ['akhir 2020'], values: ['2020'] },
      { text: 'Peraturan Nomor 2021 tentang', expect: [] },
      { text: 'senilai Rp2.021 dan Rp 2021 untuk 2021 orang', expect: [] },
    ],
  },
  {
    id: 'timex.year-range',
    description: 'Range of years `2018-2021`, `2018/2019`, `2018 hingga 2021` as RANGE `2018/2021`',
    triggers: ['#', 'tahun', 'periode', ...Object.keys(MODS)],
    pattern: rx(
      `(?:(?:tahun|periode) )?(?<y1>\\d{4})(?: ?[-/] ?| (?:s\\.d\\.?|s/d|sampai dengan|sampai|hingga) )(?<y2>\\d{4}|\\d{2})`,
    ),
    normalise: (g) => {
      const y1 = Number(g.y1);
      const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
      if (!isYear(y1) || !isYear(y2) || y2 <= y1) return null;
      return { type: 'RANGE', sem: { kind: 'abs', value: `${y1}/${y2}` } };
    },
    examples: [
      { text: 'Selama 2018-2021, berbagai capaian', expect: ['2018-2021'], values: ['2018/2021'] },
      { text: 'Rencana Aksi AIF 2025-2028 disahkan', expect: ['2025-2028'], values: ['2025/2028'] },
      { text: 'sejak 2018 hingga 2021', expect: ['2018 hingga 2021'], values: ['2018/2021'] },
    ],
  },
  {
    id: 'timex.decade',
    description: 'Decades `tahun 1990-an`, `era 80-an` → `199`, `198`',
    triggers: ['#', 'tahun', 'era', 'dekade', 'dasawarsa', 'sekitar', ...Object.keys(MODS)],
    pattern: rx(
      `(?:${MOD} )?(?:(?<approx>sekitar) )?(?:(?:tahun|era|dekade|dasawarsa) )?(?:(?<y4>\\d{3}0)|(?<y2>\\d0))-?an`,
    ),
    normalise: (g) => ({
      type: 'DATE',
      sem: { kind: 'abs', value: g.y4 ? g.y4.slice(0, 3) : `19${g.y2![0]}` },
      mod: modOf(g),
    }),
    examples: [
      { text: 'sejak tahun 1990-an', expect: ['tahun 1990-an'], values: ['199'] },
      {
        text: 'Kata orang-orang tua kami, sekitar tahun 40-an, zaman',
        expect: ['sekitar tahun 40-an'],
        values: ['194'],
      },
    ],
  },
  {
    id: 'timex.century',
    description:
      'Centuries `abad ke-21` → `20`, `abad ke-7 Masehi`; `abad ke-5 SM` → `-04` (astronomical years -0499…-0400); a Hijri century (`abad ke-15 H`) is none',
    triggers: ['abad', ...Object.keys(MODS)],
    pattern: rx(
      `(?:${MOD} )?abad (?:ke-?)?(?<n>\\d{1,2}|xxi|xx|xix|xviii)(?: (?<era>masehi|sm|hijriyah|hijriah|h)(?![\\p{L}]))?`,
    ),
    guard: (g, ctx) => g.era !== 'sm' || ctx.text.includes('SM', ctx.end - 2),
    normalise: (g) => {
      const roman: Record<string, number> = { xviii: 18, xix: 19, xx: 20, xxi: 21 };
      const n = roman[g.n!] ?? Number(g.n);
      if (n < 1 || n > 22 || (g.era !== undefined && g.era !== 'masehi' && g.era !== 'sm')) return null;
      // The first century SM holds year 0000 and -0099: no century value of ISO 8601 says that.
      if (g.era === 'sm') return n < 2 ? null : { type: 'DATE', sem: { kind: 'abs', value: `-${pad(n - 1)}` } };
      return { type: 'DATE', sem: { kind: 'abs', value: pad(n - 1) }, mod: modOf(g) };
    },
    examples: [
      { text: 'tantangan abad ke-21 ini', expect: ['abad ke-21'], values: ['20'] },
      { text: 'Pada abad ke-7 Masehi, kemenyan', expect: ['abad ke-7 Masehi'], values: ['06'] },
      { text: 'candi dari abad ke-5 SM', expect: ['abad ke-5 SM'], values: ['-04'] },
      { text: 'memasuki abad ke-15 H', expect: [] },
    ],
  },
  {
    id: 'timex.era-bc',
    description:
      'Years before the common era: `300 SM`, `tahun 5.100 SM`, `1279–1213 SM` (RANGE), `Sebelum Masehi` written out; ISO 8601 astronomical years: 300 SM → -0299 (1 SM is 0000)',
    triggers: ['#', 'tahun', 'sekitar'],
    pattern: rx(
      `(?:(?<approx>sekitar) )?(?:tahun )?(?:(?<y1>\\d{1,2}\\.\\d{3}|\\d{1,4})${RANGE_SEP})?(?<y>\\d{1,2}\\.\\d{3}|\\d{1,4}) (?<era>sm|sebelum masehi)`,
    ),
    // `SM` in capitals: lower-case `sm` is no era word.
    guard: (g, ctx) =>
      (g.era !== 'sm' || ctx.text.startsWith('SM', ctx.end - 2)) && !AMOUNT_BEFORE.has(ctx.prevWord ?? ''),
    normalise: (g) => {
      const year = (y: string) => Number(y.replace('.', ''));
      const bc = (y: number) => (y === 1 ? '0000' : `-${pad(y - 1, 4)}`);
      const y = year(g.y!);
      if (y < 1 || y > 9999) return null;
      if (g.y1 === undefined) return { type: 'DATE', sem: { kind: 'abs', value: bc(y) } };
      const y1 = year(g.y1);
      // Counting down: the first year of a range before the era is the larger number.
      if (y1 <= y || y1 > 9999) return null;
      return { type: 'RANGE', sem: { kind: 'abs', value: `${bc(y1)}/${bc(y)}` } };
    },
    examples: [
      { text: 'Dibangun 300 SM.', expect: ['300 SM'], values: ['-0299'] },
      { text: 'hidup sekitar tahun 5.100 SM. Analisis', expect: ['sekitar tahun 5.100 SM'], values: ['-5099'] },
      { text: 'memerintah antara tahun 1279-1213 SM dan', expect: ['tahun 1279-1213 SM'], values: ['-1278/-1212'] },
      { text: 'pada 500 Sebelum Masehi', expect: ['500 Sebelum Masehi'], values: ['-0499'] },
      { text: 'ukuran 300 sm saja', expect: [] },
    ],
  },
  {
    id: 'timex.era-hijri',
    description:
      'Hijri years (`1445 H`, `tahun 1447 Hijriah`) are no Gregorian years: the value is the Gregorian months the year falls in (RANGE), by the tabular Islamic calendar widened two days each side, as observed calendars differ from it: 1445 H → 2023-07/2024-07',
    triggers: ['#', 'tahun'],
    // Not built by `rx`: `1447 H/2026 M` names both years, so a slash and a digit may follow the `H`.
    pattern: new RegExp(
      `(?:(?<t>tahun) )?(?<y>\\d{1,4}) ?(?<era>hijriyyah|hijriyah|hijriah|hijri|h)(?![\\p{L}\\p{N}])`,
      'uy',
    ),
    // A bare `H` is an era in capitals after a year of this era's last centuries (not `Intel Core 9 285H`).
    guard: (g, ctx) =>
      g.era !== 'h' ||
      (ctx.text[ctx.end - 1] === 'H' &&
        (g.t !== undefined || (Number(g.y) >= 1300 && Number(g.y) <= 1599)) &&
        !/[\p{L}\p{N}-]/u.test(ctx.text[ctx.start - 1] ?? ' ')),
    normalise: (g) => {
      const h = Number(g.y);
      if (h < 1 || h > 1600) return null;
      return { type: 'RANGE', sem: { kind: 'abs', value: hijriYearMonths(h) } };
    },
    examples: [
      { text: 'Tahun 1445 H.', expect: ['Tahun 1445 H'], values: ['2023-07/2024-07'] },
      { text: 'perayaan Idulfitri 1446 H, akibat', expect: ['1446 H'], values: ['2024-07/2025-06'] },
      { text: 'musim haji 1437H.', expect: ['1437H'], values: ['2015-10/2016-10'] },
      { text: 'Muhammad H. Rasyid dan Ahmad H', expect: [] },
      { text: 'prosesor Intel Core Ultra 9 285H', expect: [] },
    ],
  },
  {
    id: 'timex.era-ce',
    description:
      'Years marked as of the common era: `tahun 150 Masehi`, `2026 Masehi`, `M` after a Hijri year (`1447 H/2026 M`); a plain year',
    triggers: ['#', 'tahun'],
    pattern: rx(`(?:(?<t>tahun) )?(?<y>\\d{1,4}) (?<era>masehi|m)`),
    // `M` alone is also a billion (`Rp 89 M`): an era only right after a Hijri year and a slash. A number under 100
    // is a century (`abad 16 sampai dengan 18 masehi`) unless `tahun` says it is a year.
    guard: (g, ctx) =>
      (Number(g.y) >= 100 || g.t !== undefined) &&
      (g.era === 'masehi' ||
        (ctx.text[ctx.end - 1] === 'M' &&
          /(?:\bH|Hijri(?:y{0,2}ah)?) ?\/ ?$/u.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)))),
    normalise: (g) => {
      const y = Number(g.y);
      return y < 1 ? null : { type: 'DATE', sem: { kind: 'abs', value: pad(y, 4) } };
    },
    examples: [
      { text: 'sekitar tahun 150 Masehi.', expect: ['tahun 150 Masehi'], values: ['0150'] },
      {
        text: 'Biaya Haji 1447 H/2026 M dengan',
        expect: ['2026 M'],
        values: ['2026'],
      },
      { text: 'dividen Rp 89 M dan', expect: [] },
      { text: 'nisan dari abad 16 sampai dengan 18 masehi', expect: [] },
    ],
  },
  {
    id: 'timex.quarter',
    description:
      'Quarters and halves: `triwulan III 2025`, `kuartal pertama`, `semester I`, `Q1 2025`; without a year, the DCT year',
    triggers: ['triwulan', 'kuartal', 'kwartal', 'semester', 'paruh', 'q1', 'q2', 'q3', 'q4', ...Object.keys(MODS)],
    pattern: rx(
      `(?:${MOD} )?(?:(?<q>triwulan|kuartal|kwartal|semester|paruh) (?<n>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)|q(?<qn>[1-4]))(?:(?: tahun)?(?:[ -](?<y>\\d{4})| (?<rel>ini|lalu|depan|mendatang)))?`,
    ),
    normalise: (g) => {
      const nums: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, pertama: 1, kedua: 2, ketiga: 3, keempat: 4 };
      const n = g.qn ? Number(g.qn) : (nums[g.n!] ?? Number(g.n));
      const half = g.q === 'semester' || g.q === 'paruh';
      if (half && n > 2) return null;
      const suffix = `-${half ? 'H' : 'Q'}${n}`;
      const mod = modOf(g);
      if (g.y) return { type: 'DATE', sem: { kind: 'abs', value: `${g.y}${suffix}` }, mod };
      const offset = g.rel === 'lalu' ? -1 : g.rel === 'depan' || g.rel === 'mendatang' ? 1 : 0;
      return { type: 'DATE', sem: { kind: 'rel', unit: 'year', offset, suffix }, mod };
    },
    examples: [
      { text: 'tumbuh pada triwulan III 2025', expect: ['triwulan III 2025'], values: ['2025-Q3'] },
      { text: 'pada kuartal pertama', expect: ['kuartal pertama'], values: ['2021-Q1'] },
      { text: 'realisasi semester I tahun 2025', expect: ['semester I tahun 2025'], values: ['2025-H1'] },
      { text: 'semester 5 kuliah', expect: [] },
    ],
  },
  {
    id: 'timex.duration',
    // An amount before a year is money or a count, not a duration (`US$ 4.580 tahun 2023`).
    guard: (g, ctx) =>
      !AMOUNT_BEFORE.has(ctx.prevWord ?? '') && !(g.u === 'tahun' && YEAR_AFTER.test(ctx.nextWord ?? '')),
    description:
      'Durations with digits or number words: `25 tahun` → P25Y, `dua pekan` → P2W, `dua puluh lima tahun`, `setengah hari` → PT12H, `tiga hari ke depan`',
    triggers: [
      '#',
      ...DIGIT_WORDS.split('|'),
      'sepuluh',
      'sebelas',
      'seratus',
      'seribu',
      'setengah',
      'sekitar',
      'hampir',
      'kurang',
      'kira-kira',
    ],
    pattern: rx(
      `${APPROX}(?<n>${NUM}|${NUMWORD} setengah|${NUMWORD}|setengah) (?<u>${UNIT})(?: (?<n2>${NUM}|${NUMWORD}) (?<u2>${UNIT}))?(?: (?<tail>ke depan|mendatang|terakhir|belakangan|lamanya|berturut-turut))?`,
    ),
    normalise: (g) => {
      const n = parseNumber(g.n!.replace(/ setengah$/, ''));
      if (n === null) return null;
      const parts: [number, string][] = [[g.n!.endsWith(' setengah') ? n + 0.5 : n, g.u!]];
      if (g.n2 !== undefined) {
        const n2 = parseNumber(g.n2);
        // Only a smaller unit after a larger one (`1 tahun 6 bulan`, `2 jam 30 menit`) adds up.
        if (n2 === null || UNIT_RANK.indexOf(g.u2!) <= UNIT_RANK.indexOf(g.u!)) return null;
        parts.push([n2, g.u2!]);
      }
      const value = durationOf(parts, g.n!.includes('setengah'));
      return value ? { type: 'DURATION', sem: { kind: 'abs', value } } : null;
    },
    examples: [
      { text: 'Memasuki 25 tahun kemitraan', expect: ['25 tahun'], values: ['P25Y'] },
      { text: 'selama dua pekan', expect: ['dua pekan'], values: ['P2W'] },
      { text: 'dalam dua puluh lima tahun', expect: ['dua puluh lima tahun'], values: ['P25Y'] },
      { text: 'perjalanan setengah hari penuh', expect: ['setengah hari'], values: ['PT12H'] },
      { text: 'cuaca buruk selama tiga hari ke depan', expect: ['tiga hari ke depan'], values: ['P3D'] },
      { text: 'satu dekade terakhir', expect: ['satu dekade terakhir'], values: ['P10Y'] },
      {
        text: 'selama 1 tahun 6 bulan dan 2 jam 30 menit',
        expect: ['1 tahun 6 bulan', '2 jam 30 menit'],
        values: ['P1Y6M', 'PT2H30M'],
      },
      { text: 'ARSOM ke-17 tahun', expect: [] },
      { text: 'ekspor senilai US$ 4.580 tahun 2023', expect: [] },
      { text: 'pendapatan per kapita 4.580 tahun 2023', expect: [] },
    ],
  },
  {
    id: 'timex.duration-se',
    description: 'One-word durations with `se-`: `setahun` → P1Y, `sepekan`, `sehari`',
    triggers: UNIT_SE.split('|').map((u) => `se${u}`),
    pattern: rx(`se(?<u>${UNIT_SE})(?: (?<tail>ke depan|mendatang|terakhir|belakangan|lamanya|penuh))?`),
    normalise: (g) => {
      const value = durationValue(1, g.u!);
      return value ? { type: 'DURATION', sem: { kind: 'abs', value } } : null;
    },
    examples: [
      { text: 'Tiga Insiden Penerbangan dalam Setahun, Tiga', expect: ['Setahun'], values: ['P1Y'] },
      { text: 'dalam sepekan terakhir', expect: ['sepekan terakhir'], values: ['P1W'] },
      { text: 'kebutuhan sehari-hari', expect: [] },
    ],
  },
  {
    id: 'timex.duration-vague',
    description:
      'Durations without a number: `bertahun-tahun` → PXY, `beberapa hari` → PXD, `beberapa saat`, `sejenak` → PXX',
    triggers: [
      'beberapa',
      'bertahun-tahun',
      'berbulan-bulan',
      'berminggu-minggu',
      'berpekan-pekan',
      'berhari-hari',
      'berjam-jam',
      'bermenit-menit',
      'berabad-abad',
      'puluhan',
      'belasan',
      'ratusan',
      'sejenak',
      'sesaat',
    ],
    pattern: rx(
      `(?:ber(?<r>tahun|bulan|minggu|pekan|hari|jam|menit|abad)-\\k<r>|(?:beberapa|puluhan|belasan|ratusan) (?<u>tahun|bulan|minggu|pekan|hari|jam|menit|detik|dekade|abad)(?: (?:terakhir|belakangan|lamanya))?|(?<x>sejenak|sesaat|beberapa saat))`,
    ),
    normalise: (g) => {
      if (g.x) return { type: 'DURATION', sem: { kind: 'abs', value: 'PXX' } };
      const u = UNITS[(g.r ?? g.u)!]!;
      const letter = u.mult === 100 ? 'CE' : u.mult === 10 ? 'DE' : u.letter;
      return { type: 'DURATION', sem: { kind: 'abs', value: `P${u.time ? 'T' : ''}X${letter}` } };
    },
    examples: [
      { text: 'terburuk sejak bertahun-tahun.', expect: ['bertahun-tahun'], values: ['PXY'] },
      { text: 'jatuh beberapa saat setelah', expect: ['beberapa saat'], values: ['PXX'] },
      { text: 'dalam beberapa hari terakhir', expect: ['beberapa hari terakhir'], values: ['PXD'] },
    ],
  },
  {
    id: 'timex.ago',
    description:
      'Counted offsets from the DCT: `tiga hari yang lalu` → DCT−3 days, `dua tahun lalu`, `sepekan lalu`, `tiga hari lagi`; `beberapa … lalu` is PAST_REF',
    triggers: [
      '#',
      ...DIGIT_WORDS.split('|'),
      'sepuluh',
      'sebelas',
      'seratus',
      ...UNIT_SE.split('|').map((u) => `se${u}`),
      'beberapa',
      'setengah',
      'sekitar',
      'hampir',
      'kurang',
    ],
    pattern: rx(
      `${APPROX}(?:(?<n>${NUM}|${NUMWORD})[ -](?<u>${UNIT})(?:(?: dan)? (?<n2>${NUM}|${NUMWORD}) (?<u2>${UNIT}))?|se(?<su>${UNIT_SE})|setengah (?<hu>${UNIT})|beberapa (?<bu>${UNIT}|waktu))(?<dir> yang lalu| yang silam| lalu| silam| lagi| yang akan datang)`,
    ),
    normalise: (g) => {
      // `setengah hari lagi`, `2 jam 45 menit yang lalu`: no whole calendar offset, a past or future reference;
      // `1 tahun 6 bulan lalu` counts in months.
      if (g.hu || g.u2) {
        const future = g.dir === ' lagi' || g.dir === ' yang akan datang';
        if (g.u2 && COMPOUND_IN[`${g.u} ${g.u2}`]) {
          const [unit, per] = COMPOUND_IN[`${g.u} ${g.u2}`]!;
          const n = parseNumber(g.n!);
          const n2 = parseNumber(g.n2!);
          if (n !== null && n2 !== null && Number.isInteger(n) && Number.isInteger(n2))
            return { type: 'DATE', sem: { kind: 'rel', unit, offset: (future ? 1 : -1) * (n * per + n2) } };
        }
        if (g.u2 && UNIT_RANK.indexOf(g.u2) <= UNIT_RANK.indexOf(g.u!)) return null;
        return { type: 'DATE', sem: { kind: 'abs', value: future ? 'FUTURE_REF' : 'PAST_REF' } };
      }
      if (g.bu)
        return g.dir === ' lagi' || g.dir === ' yang akan datang'
          ? { type: 'DATE', sem: { kind: 'abs', value: 'FUTURE_REF' } }
          : { type: 'DATE', sem: { kind: 'abs', value: 'PAST_REF' } };
      const word = (g.u ?? g.su)!;
      const n = g.su ? 1 : parseNumber(g.n!);
      const unit = CAL_UNITS[word];
      const sign = g.dir === ' lagi' || g.dir === ' yang akan datang' ? 1 : -1;
      if (n === null || !Number.isInteger(n)) return null;
      // Hours and minutes ago, or thousands of years ago, have no calendar value worth writing.
      if (!unit || n > 500) return { type: 'DATE', sem: { kind: 'abs', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
      return { type: 'DATE', sem: { kind: 'rel', unit, offset: sign * n } };
    },
    examples: [
      { text: 'tiba tiga hari yang lalu', expect: ['tiga hari yang lalu'], values: ['2021-01-24'] },
      { text: 'dibangun 25 tahun lalu', expect: ['25 tahun lalu'], values: ['1996'] },
      { text: 'sepekan lalu', expect: ['sepekan lalu'], values: ['2021-W03'] },
      { text: 'beberapa waktu lalu', expect: ['beberapa waktu lalu'], values: ['PAST_REF'] },
      { text: 'dikirim 2 jam 45 menit yang lalu', expect: ['2 jam 45 menit yang lalu'], values: ['PAST_REF'] },
      { text: 'tiba 3 jam dan 10 menit lagi', expect: ['3 jam dan 10 menit lagi'], values: ['FUTURE_REF'] },
      { text: 'selesai setengah hari lagi', expect: ['setengah hari lagi'], values: ['FUTURE_REF'] },
      { text: 'pindah 1 tahun 6 bulan lalu', expect: ['1 tahun 6 bulan lalu'], values: ['2019-07'] },
    ],
  },
  {
    id: 'timex.within',
    description:
      '`dalam N hari` after a future word (`akan … dalam tiga hari`) is a date N units after the DCT; otherwise the duration rule takes `N hari`',
    triggers: ['dalam'],
    pattern: rx(`dalam (?:waktu )?(?:(?<n>${NUM}|${NUMWORD}) (?<u>${UNIT})|se(?<su>${UNIT_SE}))`),
    guard: (_g, ctx) => ctx.futureBefore,
    normalise: (g) => {
      const word = (g.u ?? g.su)!;
      const n = g.su ? 1 : parseNumber(g.n!);
      const unit = CAL_UNITS[word];
      if (n === null || !unit || !Number.isInteger(n)) return null;
      return { type: 'DATE', sem: { kind: 'rel', unit, offset: n } };
    },
    examples: [
      { text: 'hasilnya akan diumumkan dalam 3 hari', expect: ['dalam 3 hari'], values: ['2021-01-30'] },
      { text: 'yang kedua kalinya dalam 48 jam', expect: [] },
    ],
  },
  {
    id: 'timex.after-ref',
    description:
      'Offsets from the last date the text named: `sehari kemudian`, `hampir tiga minggu kemudian`, `keesokan harinya`, `hari itu`, `tahun itu`',
    triggers: [
      '#',
      ...DIGIT_WORDS.split('|'),
      'sepuluh',
      'sebelas',
      ...UNIT_SE.split('|').map((u) => `se${u}`),
      'hampir',
      'sekitar',
      'keesokan',
      'esok',
      'hari',
      'tahun',
      'bulan',
      'pekan',
      'minggu',
    ],
    pattern: rx(
      `${APPROX}(?:(?:(?<n>${NUM}|${NUMWORD}) (?<u>${UNIT})|se(?<su>${UNIT_SE}))(?<dir> kemudian| setelahnya| sesudahnya| sebelumnya| berikutnya)|(?<next>keesokan harinya|keesokan hari|esok harinya)|(?<that>hari|tahun|bulan|pekan|minggu) (?:itu|yang sama))`,
    ),
    // `berusia 34 tahun itu` is an age with a demonstrative: the duration rule takes `34 tahun`.
    guard: (g, ctx) => !g.that || ctx.prevWord === null || !(/^\d/.test(ctx.prevWord) || ctx.prevWord in NUMBER_WORDS),
    normalise: (g) => {
      if (g.next) return { type: 'DATE', sem: { kind: 'ref', n: 1, letter: 'D', gran: 'day' } };
      if (g.that) {
        const gran = CAL_UNITS[g.that]!;
        return { type: 'DATE', sem: { kind: 'ref', n: 0, letter: 'D', gran } };
      }
      const word = (g.u ?? g.su)!;
      const u = UNITS[word];
      const n = g.su ? 1 : parseNumber(g.n!);
      if (!u || u.time || n === null || !Number.isInteger(n)) return null;
      const sign = g.dir === ' sebelumnya' ? -1 : 1;
      return { type: 'DATE', sem: { kind: 'ref', n: sign * n * u.mult, letter: u.letter as 'D' | 'W' | 'M' | 'Y' } };
    },
    examples: [
      {
        text: 'pada 23 Juli 2014. Sehari kemudian sebuah pesawat',
        expect: ['Sehari kemudian'],
        values: ['2014-07-24'],
      },
      {
        text: 'pada 11 Februari 2014. Hampir tiga minggu kemudian, tepatnya',
        expect: ['Hampir tiga minggu kemudian'],
        values: ['2014-03-04'],
      },
      {
        text: 'edisi Minggu (28/12/2014) tentang pesawat yang hilang pada hari itu.',
        expect: ['hari itu'],
        values: ['2014-12-28'],
      },
      { text: 'Ia tiba keesokan harinya.', expect: ['keesokan harinya'], values: [null] },
      { text: 'pada 2016. Pemain berusia 34 tahun itu', expect: [] },
    ],
  },
  {
    id: 'timex.rel-unit',
    description:
      'A calendar unit relative to the DCT: `hari ini`, `pekan lalu`, `minggu depan`, `bulan lalu`, `tahun ini`, `tahun depan`, `awal tahun ini` (mod START), `akhir pekan lalu`',
    triggers: [
      'hari',
      'pekan',
      'minggu',
      'bulan',
      'tahun',
      'triwulan',
      'kuartal',
      'semester',
      'dekade',
      'dasawarsa',
      'abad',
      ...Object.keys(MODS),
    ],
    pattern: rx(
      `(?:(?<we>akhir (?:pekan|minggu))|(?:${MOD} )?(?<u>hari|pekan|minggu|bulan|tahun|triwulan|kuartal|semester|dekade|dasawarsa|abad)) (?<d>ini|lalu|kemarin|depan|mendatang|yang lalu|silam|yang akan datang)`,
    ),
    // Capitalised `Minggu` inside a sentence is Sunday (the weekday rule takes it); opening a sentence it is a week.
    guard: (g, ctx) => {
      if (g.u === 'hari' && g.d === 'kemarin') return false;
      const at = ctx.start + (g.mod ? g.mod.length + 1 : 0);
      return !(g.u === 'minggu' && ctx.text[at] === 'M' && !ctx.sentenceStart);
    },
    normalise: (g) => {
      const offset = g.d === 'ini' ? 0 : g.d === 'depan' || g.d === 'mendatang' || g.d === 'yang akan datang' ? 1 : -1;
      if (g.we) return { type: 'DATE', sem: { kind: 'rel', unit: 'week', offset, suffix: '-WE' } };
      return { type: 'DATE', sem: { kind: 'rel', unit: CAL_UNITS[g.u!]!, offset }, mod: modOf(g) };
    },
    examples: [
      { text: 'Tahun ini, ASEAN-Rusia memasuki', expect: ['Tahun ini'], values: ['2021'] },
      {
        text: 'bertemu pekan lalu dan minggu depan',
        expect: ['pekan lalu', 'minggu depan'],
        values: ['2021-W03', '2021-W05'],
      },
      {
        text: 'bulan lalu, tahun depan, hari ini',
        expect: ['bulan lalu', 'tahun depan', 'hari ini'],
        values: ['2020-12', '2022', '2021-01-27'],
      },
      { text: 'pada awal tahun ini', expect: ['awal tahun ini'], values: ['2021'] },
      { text: 'akhir pekan lalu', expect: ['akhir pekan lalu'], values: ['2021-W03-WE'] },
    ],
  },
  {
    id: 'timex.rel-day',
    description:
      'Days relative to the DCT: `kemarin`, `besok`, `lusa`, `kemarin lusa`, `kemarin sore`, `tadi malam`, `siang ini`, `sore nanti`, `nanti malam`',
    triggers: [
      'kemarin',
      'besok',
      'esok',
      'lusa',
      'tadi',
      'nanti',
      'semalam',
      'pagi',
      'siang',
      'sore',
      'petang',
      'malam',
      'dini',
    ],
    pattern: rx(
      `(?:(?<w>kemarin lusa|besok lusa|kemarin|besok|esok hari|esok|lusa|tadi|nanti|semalam)(?: ${POD})?|(?<pod2>pagi|siang|sore|petang|malam|dini hari) (?:hari )?(?<x>ini|tadi|nanti))`,
    ),
    // `tadi` and `nanti` alone are `earlier` and `later`, no day: only with a part of the day are they a timex.
    guard: (g, ctx) =>
      ((g.w !== 'tadi' && g.w !== 'nanti') || g.pod !== undefined) && !(g.w === 'esok' && ctx.nextWord === 'harinya'),
    normalise: (g) => {
      const offsets: Record<string, number> = {
        'kemarin lusa': -2,
        'besok lusa': 3,
        kemarin: -1,
        besok: 1,
        'esok hari': 1,
        esok: 1,
        lusa: 2,
        tadi: 0,
        nanti: 0,
        semalam: -1,
      };
      const pod = g.pod ?? g.pod2;
      // `tadi malam` / `semalam`: last night, read from a release written the next day.
      const offset = g.w === 'tadi' && pod === 'malam' ? -1 : g.w ? offsets[g.w]! : 0;
      const part = pod ? PARTS_OF_DAY[pod] : g.w === 'semalam' ? 'NI' : undefined;
      const suffix = part ? `T${part}` : undefined;
      return { type: suffix ? 'TIME' : 'DATE', sem: { kind: 'rel', unit: 'day', offset, suffix } };
    },
    examples: [
      { text: 'memimpin pertemuan kemarin bersama', expect: ['kemarin'], values: ['2021-01-26'] },
      {
        text: 'besok, lusa dan kemarin lusa',
        expect: ['besok', 'lusa', 'kemarin lusa'],
        values: ['2021-01-28', '2021-01-29', '2021-01-25'],
      },
      { text: 'akan diumumkan siang ini.', expect: ['siang ini'], values: ['2021-01-27TAF'] },
      {
        text: 'Rapat digelar sore nanti, lalu nanti malam.',
        expect: ['sore nanti', 'nanti malam'],
        values: ['2021-01-27TAF', '2021-01-27TNI'],
      },
      { text: 'tadi ia berkata', expect: [] },
      { text: 'nanti kami kabari', expect: [] },
    ],
  },
  {
    id: 'timex.weekday',
    description:
      'A weekday without a date (`Senin`, `Selasa sore`, `Minggu pukul 07.55`, `Jumat lalu`, `Senin pekan depan`); capitalised `Minggu` is Sunday, `minggu` a week. Tense words decide which one',
    triggers: [...Object.keys(WEEKDAYS), 'hari'],
    pattern: rx(
      `(?<h>hari )?(?<wd>${WEEKDAY})(?: ${WEEK_TAIL}| (?<tail>ini|lalu|kemarin|depan|mendatang|nanti|yang lalu))?(?: ${POD})?(?:,? ${TIME})?`,
    ),
    guard: (g, ctx) => {
      if (g.wd !== 'minggu') return true;
      const at = ctx.start + (g.h ? g.h.length : 0);
      if (g.h) return true;
      if (ctx.text[at] !== 'M') return false;
      // `Minggu lalu` opening a sentence reads as `last week`.
      return !(ctx.sentenceStart && g.tail !== undefined && g.tail !== 'kemarin');
    },
    normalise: (g) => {
      const dir: Dir = g.tail === 'ini' ? 'same' : g.tail === 'kemarin' ? 'past' : tailDir(g.tail);
      const week = weekOffset(g);
      return {
        type: dateType(g),
        sem: {
          kind: 'weekday',
          weekday: WEEKDAYS[g.wd!]!,
          dir,
          suffix: timeSuffix(g),
          ...(week === undefined ? {} : { week }),
        },
      };
    },
    examples: [
      { text: 'lewat akun Twitter, Minggu.', expect: ['Minggu'], values: ['2021-01-24'] },
      { text: 'Rapat Senin pekan depan.', expect: ['Senin pekan depan'], values: ['2021-02-01'] },
      { text: 'sudah tiba Jumat minggu lalu', expect: ['Jumat minggu lalu'], values: ['2021-01-22'] },
      { text: 'dihubungi Kompas.com, Selasa sore.', expect: ['Selasa sore'], values: ['2021-01-26TAF'] },
      { text: 'acara akan digelar Jumat', expect: ['Jumat'], values: ['2021-01-29'] },
      { text: 'dua minggu sekali', expect: [] },
      { text: 'Minggu lalu ia datang', expect: [] },
    ],
  },
  {
    id: 'timex.weekday-range',
    description:
      'Two weekdays as one RANGE (`Senin-Rabu`, `Senin s.d. Jumat pekan depan`, `Kamis hingga Sabtu lalu`): the end is the first such day on or after the start, the start is placed as a bare weekday is; the days of the month after them give the value (`Senin-Rabu, 11-13 Agustus 2025`, `Selasa s.d Rabu (21-22/10/2025)`)',
    triggers: [
      ...Object.keys(WEEKDAYS),
      'hari',
      // `Senin-Rabu` is one token.
      ...Object.keys(WEEKDAYS).flatMap((a) => Object.keys(WEEKDAYS).map((b) => `${a}-${b}`)),
    ],
    pattern: rx(
      `(?:hari )?(?<wd>${WEEKDAY})${RANGE_SEP}(?:hari )?(?<wd2>${WEEKDAY})(?:,? ?\\((?<nd1>[0-3]?\\d) ?- ?(?<nd2>[0-3]?\\d)/(?<nm>[01]?\\d)(?:/(?<ny>\\d{4}))?\\)|,? \\(?(?:tanggal )?(?<td1>[0-3]?\\d)${RANGE_SEP}(?<td2>[0-3]?\\d) (?<mon>${MONTH_ANY})\\.?(?:,? (?<ty>\\d{4}))?\\)?| ${WEEK_TAIL}| (?<tail>ini|lalu|kemarin|depan|mendatang|nanti|yang lalu))?(?: ${POD})?`,
    ),
    // `minggu-minggu` is `weeks`: a Sunday end is written `Minggu`. After `tiap` the days are a set (timex.set).
    guard: (g, ctx) =>
      WEEKDAYS[g.wd!] !== WEEKDAYS[g.wd2!] &&
      !['setiap', 'tiap', 'saban'].includes(ctx.prevWord ?? '') &&
      // `Kamis--Jumat--Sabtu` lists three days: each is a weekday of its own.
      !LIST_GOES_ON.test(ctx.lower.slice(ctx.end, ctx.end + 12)) &&
      !LIST_WENT_ON.test(ctx.lower.slice(Math.max(0, ctx.start - 14), ctx.start)) &&
      ((g.wd !== 'minggu' && g.wd2 !== 'minggu') || /Minggu/.test(ctx.text.slice(ctx.start, ctx.end))),
    normalise: (g) => {
      const dir: Dir = g.tail === 'ini' ? 'same' : g.tail === 'kemarin' ? 'past' : tailDir(g.tail);
      const week = weekOffset(g);
      const at = week === undefined ? {} : { week };
      const suffix = timeSuffix(g);
      const from = WEEKDAYS[g.wd!]!;
      const d1 = g.nd1 ?? g.td1;
      if (d1 !== undefined) {
        const y = g.ny ?? g.ty;
        const m = g.nm === undefined ? MONTHS[g.mon!]! : Number(g.nm);
        const a = dayMonth(g, Number(d1), m, y === undefined ? null : Number(y));
        const b = dayMonth(g, Number(g.nd2 ?? g.td2), m, y === undefined ? null : Number(y));
        if (!a || !b || Number(d1) >= Number(g.nd2 ?? g.td2)) return null;
        return { type: 'RANGE', sem: { kind: 'range', from: a.sem, to: b.sem } };
      }
      return {
        type: 'RANGE',
        sem: {
          kind: 'range',
          from: { kind: 'weekday', weekday: from, dir, suffix, ...at },
          to: { kind: 'weekday', weekday: WEEKDAYS[g.wd2!]!, dir, suffix, after: from, ...at },
        },
      };
    },
    examples: [
      {
        text: 'Senin-Rabu pekan depan rapat.',
        expect: ['Senin-Rabu pekan depan'],
        values: ['2021-02-01/2021-02-03'],
      },
      { text: 'Pameran dibuka Senin hingga Jumat', expect: ['Senin hingga Jumat'], values: ['2021-01-25/2021-01-29'] },
      { text: 'akan digelar Kamis s.d. Sabtu', expect: ['Kamis s.d. Sabtu'], values: ['2021-01-28/2021-01-30'] },
      { text: 'telah digelar Kamis - Sabtu', expect: ['Kamis - Sabtu'], values: ['2021-01-21/2021-01-23'] },
      { text: 'Jumat-Senin lalu', expect: ['Jumat-Senin lalu'], values: ['2021-01-22/2021-01-25'] },
      {
        text: 'pada Senin-Rabu, 11-13 Agustus 2025 pukul 09.00 - 15.00 WIB',
        expect: ['Senin-Rabu, 11-13 Agustus 2025'],
        values: ['2025-08-11/2025-08-13'],
      },
      {
        text: 'Selasa s.d Rabu (21-22/10/2025) di Gedung',
        expect: ['Selasa s.d Rabu (21-22/10/2025)'],
        values: ['2025-10-21/2025-10-22'],
      },
      { text: 'dua minggu-minggu ini', expect: [] },
      { text: 'Rp 50.000 tiap Selasa-Jumat', expect: [] },
      { text: 'promo K.J.S (Kamis--Jumat--Sabtu)', expect: [] },
      {
        text: 'berangkat Minggu - Jumat (11 - 16 Februari 2018) seperti',
        expect: ['Minggu - Jumat (11 - 16 Februari 2018)'],
        values: ['2018-02-11/2018-02-16'],
      },
    ],
  },
  {
    id: 'timex.time',
    description:
      'Times: `pukul 10.00 WIB` → T10:00+07:00 (WITA +08:00, WIT +09:00), `sekitar pukul 11.45`, `pukul 05.20 pagi`, `pukul 14:05:30`, `10.00 WIB`, ranges `pukul 08.00 - 10.30`, `10.00 hingga 12.00`; the date is the last one named, else the DCT',
    triggers: ['pukul', 'jam', 'pkl', 'sekitar', 'kurang', 'kira-kira', '#'],
    pattern: rx(
      `(?:(?:sekitar|kurang lebih|kira-kira) )?(?:(?<kw>pukul|jam|pkl\\.?) (?<hh>[0-2]?\\d)(?:(?<sep>[.:])(?<mm>[0-5]\\d)(?:\\k<sep>(?<ss>[0-5]\\d))?)?(?:${RANGE_SEP}(?:(?:pukul|jam) )?(?<hh2>[0-2]?\\d)[.:](?<mm2>[0-5]\\d))?(?: ?${ZONE})?|(?<bh>[0-2]?\\d)(?<bsep>[.:])(?<bm>[0-5]\\d)(?:\\k<bsep>(?<bs>[0-5]\\d))?(?:${RANGE_SEP}(?<bh2>[0-2]?\\d)[.:](?<bm2>[0-5]\\d))?(?: ?(?<bz>wib|wita|wit))?)(?: ${POD})?`,
    ),
    guard: (g, ctx) =>
      // `jam 7` after `24` reads as a count (`24 jam 7 hari`): `jam` needs minutes, a zone or a part of day.
      (g.kw !== 'jam' || g.mm !== undefined || g.zone !== undefined || g.pod !== undefined) &&
      // A bare `10.00` is a time only with a zone, as a range (`10.00 hingga 12.00`) or with seconds (`14:05:30`).
      (g.bh === undefined || g.bz !== undefined || g.bh2 !== undefined || (g.bs !== undefined && g.bsep === ':')) &&
      // A bare range without a zone may be two measures (`0.02--0.05 mm`, `Rp 1.50-2.00`).
      (g.bh === undefined ||
        g.bz !== undefined ||
        (g.bh !== '0' && !NOT_YEAR_AFTER.has(ctx.nextWord ?? '') && !AMOUNT_BEFORE.has(ctx.prevWord ?? ''))),
    normalise: (g) => {
      const hh = g.hh ?? g.bh;
      const zone = g.zone ?? g.bz;
      const a = timeSuffix({ hh, mm: g.mm ?? g.bm, ss: g.ss ?? g.bs, zone, pod: g.pod });
      if (!a || Number(hh) > 24) return null;
      const hh2 = g.hh2 ?? g.bh2;
      if (hh2 !== undefined) {
        const b = timeSuffix({ hh: hh2, mm: g.mm2 ?? g.bm2, zone, pod: g.pod });
        if (!b) return null;
        // An end before the start is the next day (`pukul 22.00--04.00`).
        const overnight = b.slice(0, 6) < a.slice(0, 6) ? 1 : 0;
        return {
          type: 'RANGE',
          sem: {
            kind: 'range',
            from: { kind: 'ref', n: 0, letter: 'D', gran: 'day', suffix: a, dctFallback: true },
            to: { kind: 'ref', n: overnight, letter: 'D', gran: 'day', suffix: b, dctFallback: true },
          },
        };
      }
      return { type: 'TIME', sem: { kind: 'ref', n: 0, letter: 'D', gran: 'day', suffix: a, dctFallback: true } };
    },
    examples: [
      { text: 'dimulai pukul 10.00 WIB.', expect: ['pukul 10.00 WIB'], values: ['2021-01-27T10:00+07:00'] },
      {
        text: 'tiba pukul 09.30 WITA dan 11.00 WIT',
        expect: ['pukul 09.30 WITA', '11.00 WIT'],
        values: ['2021-01-27T09:30+08:00', '2021-01-27T11:00+09:00'],
      },
      {
        text: 'pukul 09.00-12.00 WIB',
        expect: ['pukul 09.00-12.00 WIB'],
        values: ['2021-01-27T09:00+07:00/2021-01-27T12:00+07:00'],
      },
      { text: 'Pukul 14:05:30 WIB.', expect: ['Pukul 14:05:30 WIB'], values: ['2021-01-27T14:05:30+07:00'] },
      {
        text: 'Acara 10.00 hingga 12.00 WIB.',
        expect: ['10.00 hingga 12.00 WIB'],
        values: ['2021-01-27T10:00+07:00/2021-01-27T12:00+07:00'],
      },
      { text: 'tercatat 14:05:30', expect: ['14:05:30'], values: ['2021-01-27T14:05:30'] },
      { text: 'pukul berapa', expect: [] },
      {
        text: 'ditutup pukul 22.00--04.00 WIB',
        expect: ['pukul 22.00--04.00 WIB'],
        values: ['2021-01-27T22:00+07:00/2021-01-28T04:00+07:00'],
      },
      { text: 'naik 10.00 persen', expect: [] },
      { text: 'penyusutan (0.02--0.05 mm/m)', expect: [] },
    ],
  },
  {
    id: 'timex.set',
    description: 'Sets: `setiap tahun`, `tahunan` → P1Y, `setiap Senin` → XXXX-WXX-1, `per bulan`, `dua kali setahun`',
    triggers: [
      'setiap',
      'tiap',
      'saban',
      'per',
      'tahunan',
      'bulanan',
      'mingguan',
      'sekali',
      '#',
      ...DIGIT_WORDS.split('|'),
      'setahun',
      'sebulan',
      'seminggu',
      'sepekan',
      'sehari',
    ],
    pattern: rx(
      `(?:(?<q>setiap|tiap|saban|per) (?:hari (?=${WEEKDAY}))?(?:(?<k>${NUM}) )?(?<u>tahunnya|bulannya|harinya|minggunya|tahun|bulan|minggu|pekan|hari|triwulan|semester|pagi|malam|${WEEKDAY})|(?<adj>tahunan|bulanan|mingguan)|(?:sekali|(?:${NUM}|${DIGIT_WORDS}) kali) (?:dalam )?(?:se|per |satu )(?<fu>tahun|bulan|minggu|pekan|hari)|se(?<su>tahun|bulan|minggu|pekan|hari) sekali|(?<k2>${NUM}|${DIGIT_WORDS}) (?<u3>tahun|bulan|minggu|pekan|hari|jam) sekali)`,
    ),
    guard: (g) =>
      g.q !== 'per' ||
      (g.k === undefined && !['pagi', 'malam'].includes(g.u!) && (WEEKDAYS[g.u!] === undefined || g.u === 'minggu')),
    normalise: (g) => {
      const base: Record<string, string> = {
        tahun: 'P1Y',
        tahunnya: 'P1Y',
        tahunan: 'P1Y',
        bulan: 'P1M',
        bulannya: 'P1M',
        bulanan: 'P1M',
        minggu: 'P1W',
        minggunya: 'P1W',
        pekan: 'P1W',
        mingguan: 'P1W',
        hari: 'P1D',
        harinya: 'P1D',
        triwulan: 'P3M',
        semester: 'P6M',
        pagi: 'TMO',
        malam: 'TNI',
      };
      if (g.k2 !== undefined) {
        const k = parseNumber(g.k2);
        const v = k === null ? null : durationValue(k, g.u3!);
        return v ? { type: 'SET', sem: { kind: 'abs', value: v } } : null;
      }
      const word = (g.u ?? g.adj ?? g.fu ?? g.su)!;
      if (g.q === 'per' && (word === 'pagi' || word === 'malam' || WEEKDAYS[word] !== undefined)) return null;
      if (WEEKDAYS[word] !== undefined && word !== 'minggu')
        return { type: 'SET', sem: { kind: 'abs', value: `XXXX-WXX-${WEEKDAYS[word]}` } };
      if (g.k) {
        const v = durationValue(Number(g.k), word);
        return v ? { type: 'SET', sem: { kind: 'abs', value: v } } : null;
      }
      const v = base[word];
      return v ? { type: 'SET', sem: { kind: 'abs', value: v } } : null;
    },
    examples: [
      { text: 'pertemuan rutin tahunan ke-17', expect: ['tahunan'], values: ['P1Y'] },
      {
        text: 'digelar setiap tahun dan setiap Senin',
        expect: ['setiap tahun', 'setiap Senin'],
        values: ['P1Y', 'XXXX-WXX-1'],
      },
      { text: 'dua kali setahun', expect: ['dua kali setahun'], values: ['P1Y'] },
      { text: 'olahraga setiap hari Jumat', expect: ['setiap hari Jumat'], values: ['XXXX-WXX-5'] },
    ],
  },
  {
    id: 'timex.present-ref',
    description: '`saat ini`, `sekarang`, `kini`, `selama ini`, `dewasa ini` → PRESENT_REF',
    triggers: [
      'saat',
      'sekarang',
      'kini',
      'dewasa',
      'masa',
      'selama',
      'belakangan',
      'akhir-akhir',
      'hari-hari',
      'zaman',
      'waktu',
    ],
    pattern: rx(
      `(?:saat ini|sekarang|kini|dewasa ini|masa kini|masa sekarang|zaman sekarang|selama ini|belakangan ini|akhir-akhir ini|hari-hari ini)`,
    ),
    normalise: () => ({ type: 'DATE', sem: { kind: 'abs', value: 'PRESENT_REF' } }),
    examples: [
      { text: 'tantangan global yang terjadi saat ini dan', expect: ['saat ini'], values: ['PRESENT_REF'] },
      { text: 'yang sekarang menjadi CEO', expect: ['sekarang'], values: ['PRESENT_REF'] },
    ],
  },
  {
    id: 'timex.past-ref',
    description:
      '`saat itu`, `waktu itu`, `dulu`, `masa lalu`, `baru-baru ini`, `pada saat yang sama` → PAST_REF (not `terlebih dulu`)',
    triggers: ['saat', 'waktu', 'ketika', 'kala', 'masa', 'dulu', 'dahulu', 'baru-baru', 'tempo'],
    pattern: rx(
      `(?:saat itu|waktu itu|ketika itu|kala itu|masa lalu|masa lampau|baru-baru ini|tempo hari|tempo dulu|saat yang sama|waktu yang sama|dulu|dahulu)`,
    ),
    // `terlebih dulu`, `makan dulu,`: `dulu` closing a clause means `first`, not `in the past`.
    // After a verb, `dulu` means `first` (`beli dulu`, `tunggu dulu,`): only opening a clause, or after
    // a subject or `yang` / `sejak` / `dari`, is it `in the past`.
    guard: (_g, ctx) =>
      !/^(?:dulu|dahulu)$/.test(ctx.lower.slice(ctx.start, ctx.end)) ||
      ctx.sentenceStart ||
      [
        'yang',
        'sejak',
        'dari',
        'saya',
        'kami',
        'kita',
        'dia',
        'ia',
        'mereka',
        'aku',
        'kamu',
        'beliau',
        'seperti',
        'sebagaimana',
        'pada',
        'masa',
        'zaman',
        'jaman',
        ',',
      ].includes(ctx.prevWord ?? ''),
    normalise: () => ({ type: 'DATE', sem: { kind: 'abs', value: 'PAST_REF' } }),
    examples: [
      { text: 'pilot yang saat itu menerbangkan', expect: ['saat itu'], values: ['PAST_REF'] },
      { text: 'harus mendaftar terlebih dulu.', expect: [] },
      { text: 'tunggu jasad lain ketemu dulu, ucap dia', expect: [] },
      { text: 'kita harus beli dulu ya', expect: [] },
      { text: 'Seingat saya dulu di Adam Air', expect: ['dulu'], values: ['PAST_REF'] },
    ],
  },
  {
    id: 'timex.future-ref',
    description: '`masa depan`, `masa mendatang`, `kelak` → FUTURE_REF',
    triggers: ['masa', 'kelak'],
    pattern: rx(`(?:masa depan|masa mendatang|masa yang akan datang|kelak)`),
    normalise: () => ({ type: 'DATE', sem: { kind: 'abs', value: 'FUTURE_REF' } }),
    examples: [{ text: 'generasi masa depan', expect: ['masa depan'], values: ['FUTURE_REF'] }],
  },
  {
    id: 'timex.season',
    description: 'Seasons: `musim hujan` → YYYY-WI, `musim kemarau` → YYYY-SU (year of the DCT unless given)',
    triggers: ['musim'],
    pattern: rx(
      `musim (?<s>${alt(Object.keys(SEASONS))})(?: (?:tahun )?(?<y>\\d{4})| (?:tahun )?(?<rel>ini|lalu|depan|mendatang))?`,
    ),
    normalise: (g) => {
      const suffix = `-${SEASONS[g.s!]}`;
      if (g.y) return { type: 'DATE', sem: { kind: 'abs', value: `${g.y}${suffix}` } };
      const offset = g.rel === 'lalu' ? -1 : g.rel === 'depan' || g.rel === 'mendatang' ? 1 : 0;
      return { type: 'DATE', sem: { kind: 'rel', unit: 'year', offset, suffix } };
    },
    examples: [
      { text: 'berhadapan dengan musim penghujan terburuk', expect: ['musim penghujan'], values: ['2021-WI'] },
    ],
  },
  {
    id: 'timex.dom',
    description:
      'A day of the month alone after `tanggal` (`Tanggal 24 kemarin`): month and year from the DCT and the tense',
    triggers: ['tanggal', 'tgl'],
    pattern: rx(`(?:tanggal|tgl\\.?) (?<d>[0-3]?\\d)(?: ${TAIL})?`),
    normalise: (g) => {
      const d = Number(g.d);
      if (d < 1 || d > 31) return null;
      return { type: 'DATE', sem: { kind: 'dom', day: d, dir: tailDir(g.tail) } };
    },
    examples: [{ text: '" Tanggal 24 kemarin saya sempat', expect: ['Tanggal 24 kemarin'], values: ['2021-01-24'] }],
  },
];

/**
 * Joins two neighbouring dates into a RANGE when only a range word stands between them
 * (`1 Maret hingga 3 April 2021`, `antara 2018 dan 2021`, `2018 hingga saat ini`); a start without a
 * year takes the end's year. Run by the engine after resolution, not as a pattern.
 */
export const RANGE_JOIN: RuleMeta = {
  id: 'timex.range-join',
  description:
    'Two dates joined by `-`, `s.d.`, `sampai (dengan)`, `hingga`, or `antara … dan …`, as one RANGE `start/end`',
  examples: [
    {
      text: 'berlangsung dari 1 Maret hingga 3 April 2021.',
      expect: ['1 Maret hingga 3 April 2021'],
      values: ['2021-03-01/2021-04-03'],
    },
    {
      text: 'sejak 26 Januari 2021 hingga saat ini',
      expect: ['26 Januari 2021 hingga saat ini'],
      values: ['2021-01-26/PRESENT_REF'],
    },
    {
      text: 'antara Januari 2020 dan Maret 2021',
      expect: ['Januari 2020 dan Maret 2021'],
      values: ['2020-01/2021-03'],
    },
    { text: 'pada 1996. Tahun ini', expect: [] },
  ],
};
/** The document date the rule examples are written against (a Wednesday). */
export const EXAMPLE_DCT = '2021-01-27';
