import type { Stage } from '../doc.js';

/** `YYYY-MM-DD`, or a date-time with a UTC offset or Z. */
export const DCT_FORMAT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Checks a document date given by a caller; returns a reason when it is not usable. */
export function invalidDct(value: string): string | null {
  if (!DCT_FORMAT.test(value)) return `"${value}" is not YYYY-MM-DD or a date-time with offset`;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return `"${value}" is not a calendar date`;
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
