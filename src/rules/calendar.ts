/**
 * Indonesian calendar words, shared by every stage that reads dates (timex, dateline): month and
 * weekday names with their numbers, and the year ranges the rules accept.
 */

/** Month names and their abbreviations (lower case) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  mar: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agust: 8,
  agst: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
};

/** The month names written out (no abbreviation), old spellings included. */
export const FULL_MONTHS: readonly string[] = [
  'januari',
  'februari',
  'pebruari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'nopember',
  'desember',
];

/** Weekday names (lower case) → ISO weekday, 1 = Monday. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
  minggu: 7,
  ahad: 7,
};

/** A year a news text names on its own as a year (`tahun 2021`, `2019–2024`): 1900–2099. */
export const isNewsYear = (y: number): boolean => y >= 1900 && y <= 2099;

/** A year an ISO 8601 value can hold with four digits: 0001–9999. */
export const isIsoYear = (y: number): boolean => y >= 1 && y <= 9999;

/**
 * Julian day number of 1 Muharram of Hijri year `h` in the arithmetic (tabular) Islamic calendar, civil
 * epoch (16 July 622 Julian). The calendars Indonesia observes (rukyat, hisab) fall within two days of it.
 */
const hijriYearStart = (h: number): number => 1948440 + 354 * (h - 1) + Math.floor((3 + 11 * h) / 30);
/** Days the observed calendar may differ from the tabular one: the window is widened by this much each side. */
const HIJRI_SLACK = 2;

/**
 * The Gregorian months a Hijri year falls in, as `YYYY-MM/YYYY-MM` (1445 → `2023-07/2024-07`). Month
 * precision only: the first and last day depend on the moon sighting, not on arithmetic.
 */
export function hijriYearMonths(h: number): string {
  const month = (jdn: number) => new Date((jdn - 2440588) * 86_400_000).toISOString().slice(0, 7);
  return `${month(hijriYearStart(h) - HIJRI_SLACK)}/${month(hijriYearStart(h + 1) - 1 + HIJRI_SLACK)}`;
}
