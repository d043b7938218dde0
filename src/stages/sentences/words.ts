// The words around a candidate boundary, read on the view within bounded reach.

import { ABBREVIATIONS } from './abbreviation-index.js';
import {
  LONG_NUMBER,
  MAX_WORD,
  PLAIN_WORD,
  VOWEL,
  isLetter,
  isLower,
  isNewline,
  isOpener,
  isSpace,
  isUpper,
} from './chars.js';

/** The text being segmented and where the current sentence started (it moves as sentences end). */
export interface Scan {
  readonly view: string;
  readonly n: number;
  start: number;
}

/** The word (non-space run, opening marks stripped) that ends right before `at`. */
export function wordBefore(sc: Scan, at: number): number {
  let ws = at;
  while (ws > sc.start && at - ws < MAX_WORD && !isSpace(sc.view.charCodeAt(ws - 1))) ws--;
  while (ws < at && isOpener(sc.view.charCodeAt(ws))) ws++;
  return ws;
}

/** The next word from `p` up to a space, `,` `;` `:` `)` or a final period, bounded. */
export function wordAt(sc: Scan, p: number): string {
  let e = p;
  while (e < sc.n && e - p < MAX_WORD) {
    const c = sc.view.charCodeAt(e);
    if (isSpace(c) || c === 44 || c === 59 || c === 58 || c === 41 || c === 34) break;
    e++;
  }
  while (e > p && sc.view.charCodeAt(e - 1) === 46) e--;
  return sc.view.slice(p, e);
}

/** Nothing but white space and opening marks in `[from, to)` (a leading ellipsis: `"... dan`). */
export function onlyOpeners(sc: Scan, from: number, to: number): boolean {
  if (to - from > MAX_WORD) return false;
  for (let q = from; q < to; q++) {
    const d = sc.view.charCodeAt(q);
    if (!isOpener(d) && !isSpace(d)) return false;
  }
  return true;
}

/** A lower-case letter with a capital right after it (`iPhone`, `eKTP`) still starts a sentence. */
export function startsLower(sc: Scan, p: number): boolean {
  if (!isLower(sc.view, p)) return false;
  let q = p + 1;
  while (q < sc.n && q - p < 4 && isLetter(sc.view, q) && !isUpper(sc.view, q)) q++;
  return !(q < sc.n && q - p < 4 && isUpper(sc.view, q));
}

/** A plain word or a long number before the mark: a lower-case word after it starts a new sentence. */
export function plainBefore(sc: Scan, i: number): boolean {
  const word = sc.view.slice(wordBefore(sc, i), i);
  return (PLAIN_WORD.test(word) && VOWEL.test(word) && !ABBREVIATIONS.has(word)) || LONG_NUMBER.test(word);
}

/** The word before the one that starts at `ws`, on the same line (empty at the sentence start). */
export function previousWord(sc: Scan, ws: number): string {
  let e = ws;
  while (e > sc.start && isSpace(sc.view.charCodeAt(e - 1)) && !isNewline(sc.view.charCodeAt(e - 1))) e--;
  if (e === ws || e === sc.start) return '';
  const s0 = wordBefore(sc, e);
  let w = sc.view.slice(s0, e);
  while (w.endsWith('.') || w.endsWith(',') || w.endsWith(':')) w = w.slice(0, -1);
  return w;
}
