/** CSV by RFC 4180: CRLF line ends; a field with a comma, a quote, CR or LF is quoted, quotes doubled. */

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

/**
 * Maps UTF-16 offsets of one text to the unit asked for. For code points, an offset counts the
 * surrogate pairs before it once; an offset inside a pair maps to the pair's code point.
 */
export function offsetMapper(text: string, unit: OffsetUnit): (offset: number) => number {
  if (unit === 'utf16') return (offset) => offset;
  // lowBefore[i]: low surrogates of pairs among text[0..i).
  const lowBefore = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    lowBefore[i] = count;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) count++;
    }
  }
  lowBefore[text.length] = count;
  return (offset) => {
    const o = Math.max(0, Math.min(offset, text.length));
    return o - lowBefore[o]!;
  };
}
