/**
 * The dateline: the place, and the date when given, before the first dash of a release
 * (`Jakarta –`, `Kuala Lumpur, 11 April 2025 –`, `Jakarta, Selasa (26/1/2021) –`, `JAKARTA, KOMPAS.com –`),
 * also without a dash when a date or a news outlet closes it (`Jember, 2 Oktober 2025⏎`,
 * `TANGERANG, KOMPAS.com AirNav …`). A news outlet is not part of the dateline span.
 *
 * When the caller gave no document date, a dated dateline supplies it (`source: 'dateline'`). A
 * weekday that disagrees with the date is warned about (W202); a dateline without a full date gives
 * no DCT: relative expressions then stay unresolved, never guessed.
 */
import type { Doc, Stage } from '../doc.js';
import { WEEKDAYS } from '../rules/calendar.js';
import type { Dateline, Timex } from '../schema/layers.js';
import type { Token } from '../text/tokens.js';
import { mayStartTimex, scanTimex } from './timex.js';

/** How far into the text a dateline may start (title lines may come first). */
const SEARCH_CHARS = 600;
const MAX_LINES = 4;
/** A segment that names a place: one to four capitalised words (`Kuala Lumpur`, `St. Petersburg`, `JAKARTA`). */
const PLACE = /^\p{Lu}[\p{L}\p{M}.'-]*(?: \p{Lu}[\p{L}\p{M}.'-]*){0,3}$/u;
/** A news outlet or web address (`KOMPAS.com`, `ANTARA.id`, `detikNews.co.id`). */
const OUTLET = /\.(?:com|co\.id|id|net|org|co)$/i;
/** A dash that separates: with a space on at least one side, not inside `Indo-Pasifik` or `26-01-2021`. */
const SEPARATOR = /\s-(?=\s|\p{L})|-\s/u;

interface Found {
  dateline: Dateline;
  /** The weekday written in the dateline's date, if any (1 = Monday). */
  weekday: number | null;
}

/** Finds the dateline in the first lines of the text. */
export function findDateline(doc: Doc): Found | null {
  const limit = Math.min(doc.text.length, SEARCH_CHARS);
  let lineStart = 0;
  for (let n = 0; n < MAX_LINES && lineStart < limit; n++) {
    while (lineStart < limit && /\s/.test(doc.view[lineStart]!)) lineStart++;
    let lineEnd = doc.view.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = doc.text.length;
    const found = parseLine(doc, lineStart, lineEnd);
    if (found) return found;
    lineStart = lineEnd + 1;
  }
  return null;
}

const SPACE = /\s/g;
const NON_SPACE = /\S/g;
/** Where `re` (global) first matches in `s` at or after `from`, or the end of `s`. */
function nextMatch(re: RegExp, s: string, from: number): number {
  re.lastIndex = from;
  return re.exec(s)?.index ?? s.length;
}

/**
 * The document's tokens from `start` (a token's start) as far as the timex engine reads them for
 * `[start, to)`: through the first token starting at or after `to`, whole. No token holds white space
 * (`\s`, as the tokenizer skips it), so they are whole up to the white space after the first token
 * past the one that holds `to`. A slice of the shared tokens (every Indonesian document needs them
 * later), not a second tokenization of the line; the engine sees no token before `start`.
 */
function tokensFrom(doc: Doc, start: number, to: number): Token[] {
  const view = doc.view;
  const end = nextMatch(SPACE, view, nextMatch(NON_SPACE, view, nextMatch(SPACE, view, to)));
  const all = doc.tokens;
  let first = 0;
  while (first < all.length && all[first]!.start < start) first++;
  let last = first;
  while (last < all.length && all[last]!.start < end) last++;
  return all.slice(first, last);
}

function parseLine(doc: Doc, start: number, lineEnd: number): Found | null {
  const window = doc.view.slice(start, Math.min(lineEnd, start + 160));
  const sep = SEPARATOR.exec(window);
  // Dates inside the line head: the timex engine reads them, without a DCT, once the line may still
  // be a dateline (most first lines are titles, ruled out before).
  const to = start + window.length;
  let tokens: Token[] | null = null;
  let lineDates: Timex[] | null = null;
  // Only dates that start before `until` are asked for; a date starts at a number or a trigger word,
  // so without one there the engine is not run (`JAKARTA, KOMPAS.com –`, most title lines).
  const datesOfLine = (until: number): Timex[] => {
    tokens ??= tokensFrom(doc, start, to);
    if (lineDates === null && !tokens.some((t) => t.start < until && mayStartTimex(t))) return [];
    return (lineDates ??= scanTimex({
      text: doc.text,
      view: doc.view,
      lower: doc.lower,
      tokens,
      dct: null,
      from: start,
      to,
    }).filter((t) => t.type === 'DATE' || t.type === 'TIME'));
  };
  let headEnd: number;
  let rule: string;
  if (sep) {
    headEnd = start + sep.index;
    rule = 'dateline.dash';
  } else {
    // No dash: the head ends at a date or an outlet right after the place, both after a comma
    // within the first 41 characters.
    const comma = window.indexOf(',');
    if (comma < 1 || comma > 40) return null;
    const outlet = /^[^,\n]{1,40}, ?\S+\.(?:com|co\.id|id)\b/i.exec(window);
    const date = datesOfLine(start + 60).find((t) => t.start - start < 60);
    if (date && /^[^,\n]{1,40}, ?$/.test(doc.view.slice(start, date.start))) {
      headEnd = date.end;
      rule = 'dateline.date';
    } else if (outlet) {
      headEnd = start + outlet[0].length;
      rule = 'dateline.outlet';
    } else return null;
  }
  while (headEnd > start && /\s/.test(doc.view[headEnd - 1]!)) headEnd--;
  if (headEnd <= start) return null;

  // Segments between commas: places, an outlet, a date.
  let place: { start: number; end: number } | null = null;
  let date: Timex | null = null;
  let end = start;
  let pos = start;
  const head = doc.view.slice(start, headEnd);
  if (head.length > 120) return null;
  const dates = datesOfLine(headEnd);
  for (const raw of head.split(',')) {
    const segStart = pos + (raw.length - raw.trimStart().length);
    const seg = raw.trim();
    const segEnd = segStart + seg.length;
    pos += raw.length + 1;
    if (!seg) return null;
    const d =
      dates.find((t) => t.start <= segStart && t.end >= segEnd) ??
      dates.find((t) => t.start === segStart && t.end <= headEnd);
    if (d) {
      if (date) return null;
      date = d;
      end = Math.max(end, d.end);
      if (d.end > segEnd) pos = d.end + 1;
      continue;
    }
    if (OUTLET.test(seg)) continue;
    if (!PLACE.test(seg)) return null;
    if (!place) {
      place = { start: segStart, end: segEnd };
      end = segEnd;
    } else if (!date) end = segEnd;
  }
  if (!place) return null;
  // A title line (`Menhan Hadiri Upacara - …`) is not a dateline: without a date, the place is short.
  if (!date && doc.view.slice(place.start, place.end).split(' ').length > 3) return null;
  const dateline: Dateline = {
    start: place.start,
    end,
    text: doc.text.slice(place.start, end),
    place: doc.span(place.start, place.end),
    date: date ? { start: date.start, end: date.end, text: date.text, value: date.value } : null,
    rule,
  };
  let weekday: number | null = null;
  if (date) {
    const first = /^(?:hari )?(\p{L}+'?\p{L}*)/u.exec(doc.lower.slice(date.start, date.end));
    weekday = first ? (WEEKDAYS[first[1]!] ?? null) : null;
  }
  return { dateline, weekday };
}

function weekdayOf(value: string): number {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

const DAY_NAMES = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

export const datelineStage: Stage = {
  name: 'dateline',
  // Reads `dct` so it only supplies one when the caller gave none.
  requires: ['dct'],
  assigns: ['dateline', 'dct'],
  indonesianOnly: true,
  run(doc) {
    const found = findDateline(doc);
    if (!found) return;
    doc.dateline = found.dateline;
    const date = found.dateline.date;
    const full = date?.value && /^\d{4}-\d{2}-\d{2}/.test(date.value) ? date.value : null;
    if (date && full && found.weekday !== null) {
      const actual = weekdayOf(full);
      if (actual !== found.weekday) {
        doc.warn(
          'W202',
          `dateline weekday ${DAY_NAMES[found.weekday - 1]} does not match ${full.slice(0, 10)} (a ${DAY_NAMES[actual - 1]})`,
          date.start,
          date.end,
        );
      }
    }
    if (!doc.dct && full) doc.dct = { value: full.slice(0, 10), source: 'dateline' };
  },
};
