import type { Stage } from '../doc.js';
import { isIsoYear } from '../rules/calendar.js';

/**
 * The document date forms a caller may give (ISO 8601 extended): a date `YYYY-MM-DD`; a local
 * date-time without offset (`2012-08-10T12:00`, `…T12:00:00`, `…T12:00:00.5`), read on the document's
 * own clock; or a date-time with `Z` or an offset `±HH:MM`. Years 0001–9999.
 */
export const DCT_FORMAT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))?)?$/;

const daysIn = (y: number, m: number): number =>
  m === 2
    ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      ? 29
      : 28
    : m === 4 || m === 6 || m === 9 || m === 11
      ? 30
      : 31;

/** Checks a document date given by a caller; returns a reason when it is not usable. */
export function invalidDct(value: string): string | null {
  const m = DCT_FORMAT.exec(value);
  if (!m) return `"${value}" is not YYYY-MM-DD or a date-time (YYYY-MM-DDTHH:MM[:SS], optionally with Z or ±HH:MM)`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isIsoYear(y)) return `"${value}": the year must be 0001–9999`;
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return `"${value}" is not a calendar date`;
  if (m[4] !== undefined) {
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))
      return `"${value}": the time is not a clock time (00:00–23:59:59)`;
    // Offsets in use run from -12:00 to +14:00.
    if (m[8] !== undefined) {
      const minutes = Number(m[9]) * 60 + Number(m[10]);
      if (Number(m[10]) > 59 || minutes > (m[8] === '+' ? 14 * 60 : 12 * 60))
        return `"${value}": the UTC offset is out of range (-12:00 to +14:00)`;
    }
  }
  return null;
}

/** The document date from the caller's metadata (sidecar or `--dct`); a bad one is a warning, not a guess. */
export const dctStage: Stage = {
  name: 'dct',
  requires: [],
  assigns: ['dct'],
  indonesianOnly: false,
  run(doc) {
    const given = doc.meta.dct;
    if (given === undefined) return;
    const reason = invalidDct(String(given));
    if (reason) {
      doc.warn('W201', `document date ignored: ${reason}`);
      return;
    }
    doc.dct = { value: String(given), source: doc.meta.dctSource ?? 'metadata' };
  },
};
