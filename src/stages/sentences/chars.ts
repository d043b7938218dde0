// Character classes, bounds and word shapes the segmenter tests at a candidate boundary.

export const MAX_WORD = 64;
/** How far back the previous item of an inline list (`1. …, 2.`) is looked for (code units). */
export const LIST_REACH = 400;
/** How far back an opening bracket is looked for (code units). */
export const BRACKET_REACH = 120;
/** How far after the start of the next word the closing bracket is looked for (code units). */
export const BRACKET_CLOSE_REACH = 24;

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
export function isNewline(c: number): boolean {
  return c === 10 || c === 11 || c === 12 || c === 13 || c === 0x2028 || c === 0x2029;
}
/** `.` `?` `!` `…` `‼` `⁇` `⁈` `⁉` */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}
/** Closing marks that may follow the terminal: quotes (folded) and brackets. */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125;
}
/** Opening marks that may precede the first word of a sentence. */
export function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0xbf || c === 0xa1;
}
export function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export const UPPER = /^[\p{Lu}\p{Lt}]$/u;
export const LOWER = /^\p{Ll}$/u;
export const LETTER = /^\p{L}$/u;

export function isUpper(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(s.codePointAt(at)!));
}
export function isLower(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCodePoint(s.codePointAt(at)!));
}
export function isLetter(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(s.codePointAt(at)!));
}

/** `A`, `R.A`, `J.K` (single capital letters joined by periods): initials of a name. */
export const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;
/** A list marker at the start of a line: `1`, `12`, `a`, `B`, `iv`, `IV` (Markdown may escape it: `3\.`). */
export const LIST_MARKER = /^(?:\d{1,3}|\p{L}|[ivxlcIVXLC]{1,6})\\?$/u;
/** Where a sentence may end: line breaks and terminal marks. */
export const CANDIDATE = /[\n\v\f\r\u2028\u2029.?!\u2026\u203c\u2047-\u2049]/g;
/** A word of four letters or more with lower case in it (`lain`, `Italia`), not an abbreviation. */
export const PLAIN_WORD = /^(?:\p{Lu}\p{Ll}{3,}|\p{Ll}{4,})$/u;
export const VOWEL = /[aeiouy]/;
/** A number as the word before an era or amount: `1445`, `2,5`, `ke-8`, `1.500`. */
export const NUMBER_WORD = /^(?:ke-)?\d[\d.,]*$/;
/** A list marker inside a line: `1`, `12`. */
export const ITEM_NUMBER = /^\d{1,2}$/;
/** Words that announce an inline list (`meliputi: 1. …`). */
export const LIST_LEAD = new Set([
  'yaitu',
  'yakni',
  'meliputi',
  'mencakup',
  'adalah',
  'antara',
  'lain',
  'berikut',
  'ialah',
  'sebagai',
]);
/** A list item at the start of a line: `a.`, `1.`, `2)`, `-`, `•`, or a dotted letter abbreviation (`a.n.`). */
export const LINE_ITEM = /^(?:(?:\d{1,3}|\p{L})[.)]\s|[-•*]\s|\p{Ll}\.\p{Ll}\.)/u;
/** A number of three digits or more (`1879`, `178`): no abbreviation ends that way. */
export const LONG_NUMBER = /^\d{3,}$/;
/** A run of lower-case letters, the left side of a missing space (`ekonomi.Rusia`). */
export const LOWER_WORD = /^\p{Ll}{3,}$/u;
/** A capitalised word with no further period, the right side of a missing space. */
export const CAPITAL_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
