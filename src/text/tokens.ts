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

export function tokenize(view: string, text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(view)) && m.index < to) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const raw = text.slice(start, end);
    const first = raw.codePointAt(0) ?? 0;
    const isLetter = /\p{L}/u.test(String.fromCodePoint(first));
    const isDigit = /\p{N}/u.test(String.fromCodePoint(first));
    const kind: TokenKind = isLetter ? 'word' : isDigit ? 'number' : 'punct';
    const cap = isLetter && raw[0] !== raw[0]!.toLowerCase();
    const letters = raw.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end,
      text: raw,
      norm: view.slice(start, end).toLowerCase(),
      kind,
      cap,
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      spaceBefore: start === from || start > prevEnd,
    });
    prevEnd = end;
  }
  return tokens;
}
