/**
 * One tokenisation with offsets, shared by every stage after sentences. Unlike `natural`'s
 * AggressiveTokenizerId it keeps case (`Rusia` stays `Rusia`) and never re-slices a changed string.
 */

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
// numbers with inner separators (1.500.000, 2,5, 26/1/2021). One character class per run, so no
// nested quantifier can backtrack.
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+|-[\p{L}\p{N}]+)*|\p{N}+(?:[.,/:]\p{N}+)*(?:-\p{L}+)?|\S/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/** Letter or digit for the first unit of a token; ASCII answered without a regular expression. */
function kindOf(code: number, ch: string): TokenKind {
  if (code < 0x80) {
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'word';
    return code >= 0x30 && code <= 0x39 ? 'number' : 'punct';
  }
  return LETTER.test(ch) ? 'word' : DIGIT.test(ch) ? 'number' : 'punct';
}

/**
 * Tokens of `text[from, to)`. `view` is the punctuation-folded view and `lower` (optional) its
 * lower-cased form, both the same length as `text` (src/text/view.ts).
 */
export function tokenize(view: string, text: string, from = 0, to = text.length, lower?: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(view)) && m.index < to) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const raw = start === 0 && end === text.length ? text : text.slice(start, end);
    const first = raw.slice(0, raw.codePointAt(0)! > 0xffff ? 2 : 1);
    const kind = kindOf(raw.charCodeAt(0), first);
    const norm = lower ? lower.slice(start, end) : view.slice(start, end).toLowerCase();
    const cap = kind === 'word' && first !== first.toLowerCase();
    tokens.push({ start, end, text: raw, norm, kind, cap, upper: cap && isUpperWord(raw), spaceBefore: start === from || start > prevEnd });
    prevEnd = end;
  }
  return tokens;
}

/** Two or more letters and none of them lower case (`ASEAN`, `RI`, `G20` counts its letters only). */
function isUpperWord(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== c.toLowerCase()) letters++; // an upper-case letter
    else if (c !== c.toUpperCase()) return false; // a lower-case letter
  }
  return letters >= 2;
}
