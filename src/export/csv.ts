/** CSV by RFC 4180: CRLF line ends; a field with a comma, a quote, CR or LF is quoted, quotes doubled. */

import { toCodePoints } from '../text/offsets.js';

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Which offsets the CSV carries: UTF-16 code units (JavaScript, the record) or code points (Python `str`). */
export type OffsetUnit = 'utf16' | 'code-points';

/** Maps UTF-16 offsets of one text to the unit asked for (src/text/offsets.ts). */
export function offsetMapper(text: string, unit: OffsetUnit): (offset: number) => number {
  return unit === 'utf16' ? (offset) => offset : toCodePoints(text);
}
