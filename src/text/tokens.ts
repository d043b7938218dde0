/**
 * One tokenisation with offsets, shared by every stage after sentences. Unlike `natural`'s
 * AggressiveTokenizerId it keeps case (`Rusia` stays `Rusia`) and never re-slices a changed string.
 */

import { bitsAt, isAt, L, LOWERS, M, N, runEnd, S, scanStart, unitBits, UPPERS, widthAt } from './chars.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased matching form (punctuation folded: curly quotes and dashes as ASCII). */
  norm: string;
  kind: TokenKind;
  /** First letter upper case (`Rusia`, `ASEAN`, `Dr`). */
  cap: boolean;
  /** Two or more letters, all upper case (`ASEAN`, `RI`). */
  upper: boolean;
  /** Whitespace (or start of text) right before the token. */
  spaceBefore: boolean;
}

// Words: letters and digits with inner hyphens or apostrophes (ke-17, agenda-agenda, Officials'),
// numbers with inner separators (1.500.000, 2,5, 26/1/2021):
//   \p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+|-[\p{L}\p{N}]+)*  |  \p{N}+(?:[.,/:]\p{N}+)*(?:-\p{L}+)?  |  \S
// `tokenize` scans this grammar by hand (one pass, no backtracking: every run is one character
// class), answering the Unicode classes from src/text/chars.ts.
/** Whether the dash at `k` joins words (`agenda-agenda`); an en or em dash sets them apart (`Policy—kebijakan`). */
function joins(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c !== 0x2013 && c !== 0x2014;
}

/** End of the token starting at `i` (not white space) of the view `s` of `text`, by the grammar above. */
function tokenEnd(s: string, text: string, i: number): number {
  const first = bitsAt(s, i);
  if (first & L) {
    let e = runEnd(s, i + widthAt(s, i), L | M | N);
    for (;;) {
      const c = s.charCodeAt(e);
      if ((c === 39 || c === 0x2019) && isAt(s, e + 1, L)) e = runEnd(s, e + 1, L);
      else if (c === 45 && isAt(s, e + 1, L | N) && joins(text, e)) e = runEnd(s, e + 1, L | N);
      else return e;
    }
  }
  if (first & N) {
    let e = runEnd(s, i, N);
    for (;;) {
      const c = s.charCodeAt(e);
      if ((c === 46 || c === 44 || c === 47 || c === 58) && isAt(s, e + 1, N)) e = runEnd(s, e + 1, N);
      else break;
    }
    if (s.charCodeAt(e) === 45 && isAt(s, e + 1, L)) e = runEnd(s, e + 1, L);
    return e;
  }
  return i + widthAt(s, i);
}

/**
 * Tokens of `text[from, to)`. `view` is the punctuation-folded view and `lower` (optional) its
 * lower-cased form, both the same length as `text` (src/text/view.ts).
 */
export function tokenize(view: string, text: string, from = 0, to = text.length, lower?: string): Token[] {
  const tokens: Token[] = [];
  const n = view.length;
  let prevEnd = from;
  // Like a Unicode regular expression's lastIndex, a start inside a surrogate pair backs up to its lead.
  let i = scanStart(view, from);
  while (i < n) {
    const c = view.charCodeAt(i);
    // White space is skipped (ASCII answered without the table).
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    if (c >= 0x80 && bitsAt(view, i) & S) {
      i++;
      continue;
    }
    if (i >= to) break;
    const start = i;
    const full = tokenEnd(view, text, i);
    const end = full < to ? full : to;
    const raw = start === 0 && end === text.length ? text : text.slice(start, end);
    const fb = bitsAt(raw, 0);
    const kind: TokenKind = fb & L ? 'word' : fb & N ? 'number' : 'punct';
    const norm = lower
      ? sameRange(raw, lower, start)
        ? raw
        : lower.slice(start, end)
      : view.slice(start, end).toLowerCase();
    const cap = kind === 'word' && (fb & LOWERS) !== 0;
    tokens.push({
      start,
      end,
      text: raw,
      norm,
      kind,
      cap,
      upper: cap && isUpperWord(raw),
      spaceBefore: start === from || start > prevEnd,
    });
    prevEnd = end;
    i = full;
  }
  return tokens;
}

/** `raw` equals `s.slice(at, at + raw.length)` (a lower-case token: its norm is the same string). */
function sameRange(raw: string, s: string, at: number): boolean {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) !== s.charCodeAt(at + i)) return false;
  return true;
}

/** Two or more letters and none of them lower case (`ASEAN`, `RI`, `G20` counts its letters only). */
function isUpperWord(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = unitBits(raw.charCodeAt(i));
    if (b & LOWERS)
      letters++; // an upper-case letter
    else if (b & UPPERS) return false; // a lower-case letter
  }
  return letters >= 2;
}
