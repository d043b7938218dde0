/** CSV by RFC 4180: CRLF line ends; a field with a comma, a quote, CR or LF is quoted, quotes doubled. */

import { toCodePoints } from '../text/offsets.js';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text cell a spreadsheet would read as a formula (OWASP "CSV injection": a leading `=`, `+`, `-`,
 * `@`, tab or CR); such a cell gets a leading `'`, which spreadsheets show as text. Numbers are
 * written as they are: they come from the records' own fields, never from the text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `raw`: write text cells as they are (for readers that are not spreadsheets: `--raw-cells`). */
export function csvField(value: CsvValue, raw = false): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (!raw && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[], raw = false): string {
  return values.map((v) => csvField(v, raw)).join(',') + '\r\n';
}

/** Which offsets the CSV carries: UTF-16 code units (JavaScript, the record) or code points (Python `str`). */
export type OffsetUnit = 'utf16' | 'code-points';

/** Maps UTF-16 offsets of one text to the unit asked for (src/text/offsets.ts). */
export function offsetMapper(text: string, unit: OffsetUnit): (offset: number) => number {
  return unit === 'utf16' ? (offset) => offset : toCodePoints(text);
}
