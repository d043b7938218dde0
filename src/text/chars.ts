/**
 * Unicode character classes by table instead of regular expressions, for the hand-written scanners
 * (src/text/tokens.ts, src/lang/lid.ts). Each UTF-16 code unit's class is computed once, on first
 * use, with the same regular expressions the scanners stand for; a surrogate pair is classed as its
 * code point, a lone surrogate has no class.
 */

export const KNOWN = 1;
/** \p{L} */
export const L = 2;
/** \p{M} */
export const M = 4;
/** \p{N} */
export const N = 8;
/** \s */
export const S = 16;
/** `ch !== ch.toLowerCase()` (an upper- or title-case letter) */
export const LOWERS = 32;
/** `ch !== ch.toUpperCase()` (a lower-case letter) */
export const UPPERS = 64;
/** \p{Script=Latin} */
export const LATIN = 128;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

function classify(ch: string): number {
  let bits = KNOWN;
  if (LETTER.test(ch)) bits |= L;
  else if (MARK.test(ch)) bits |= M;
  else if (DIGIT.test(ch)) bits |= N;
  else if (SPACE.test(ch)) bits |= S;
  if (ch !== ch.toLowerCase()) bits |= LOWERS;
  if (ch !== ch.toUpperCase()) bits |= UPPERS;
  if (LATIN_SCRIPT.test(ch)) bits |= LATIN;
  return bits;
}

const UNIT = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

/** Class bits of one UTF-16 code unit taken alone. */
export function unitBits(c: number): number {
  const b = UNIT[c]!;
  if (b !== 0) return b;
  return (UNIT[c] = classify(String.fromCharCode(c)));
}

/** Class bits of the code point at `i` (a surrogate pair counts as one). */
export function bitsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let b = ASTRAL.get(cp);
      if (b === undefined) {
        b = classify(String.fromCodePoint(cp));
        ASTRAL.set(cp, b);
      }
      return b;
    }
  }
  return unitBits(c);
}

/** Width in code units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** End of a run of code points whose bits meet `mask`, from `i`. */
export function runEnd(s: string, i: number, mask: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) {
      if ((unitBits(c) & mask) === 0) return i;
      i++;
    } else {
      if ((bitsAt(s, i) & mask) === 0) return i;
      i += widthAt(s, i);
    }
  }
  return i;
}

/** Does the code point at `i` (if any) meet `mask`? */
export function isAt(s: string, i: number, mask: number): boolean {
  return i < s.length && (bitsAt(s, i) & mask) !== 0;
}

/**
 * Where a scan of a Unicode regular expression would start for lastIndex `i`: a position inside a
 * surrogate pair backs up to its lead surrogate.
 */
export function scanStart(s: string, i: number): number {
  if (i > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    const p = s.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) return i - 1;
  }
  return i;
}
