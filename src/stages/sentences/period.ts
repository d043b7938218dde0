// A single `.` before white space: the end of a sentence, or an abbreviation, initial, list marker
// or bracketed period.

import { ABBREVIATIONS, AFTER } from './abbreviation-index.js';
import {
  BRACKET_CLOSE_REACH,
  BRACKET_REACH,
  INITIALS,
  ITEM_NUMBER,
  LIST_LEAD,
  LIST_MARKER,
  LIST_REACH,
  MAX_WORD,
  NUMBER_WORD,
  isDigit,
  isNewline,
  isQuote,
  isSpace,
  isTerminal,
  isUpper,
} from './chars.js';
import { type Scan, plainBefore, previousWord, startsLower, wordAt, wordBefore } from './words.js';

/** An open `(` earlier in the sentence and its `)` within a few words after `p`, no terminal mark between. */
export function insideBrackets(sc: Scan, i: number, p: number): boolean {
  let open = false;
  for (let q = i - 1; q >= sc.start && i - q <= BRACKET_REACH; q--) {
    const c = sc.view.charCodeAt(q);
    if (c === 41) return false;
    if (c === 40) {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let q = p; q < sc.n && q - p <= BRACKET_CLOSE_REACH; q++) {
    const c = sc.view.charCodeAt(q);
    if (c === 41) return true;
    if (isTerminal(c) || isNewline(c) || c === 40) return false;
  }
  return false;
}

/** False: a slash inside a word is cut only outside brackets and URLs (kept simple: no `:` before it). */
export function closedBy(sc: Scan, ws: number, i: number): boolean {
  return sc.view.slice(ws, i).includes(':');
}

/** The word after the one at `p` starts with a digit (on the same line). */
export function numberAfterNext(sc: Scan, p: number): boolean {
  let q = p;
  while (q < sc.n && q - p < MAX_WORD && !isSpace(sc.view.charCodeAt(q))) q++;
  while (q < sc.n && sc.view.charCodeAt(q) === 32) q++;
  return q < sc.n && isDigit(sc.view.charCodeAt(q));
}

/** `2.` inside a line that continues a list begun in the sentence (`: 1. KTP, 2. KK`). */
export function inlineListItem(sc: Scan, ws: number, word: string): boolean {
  if (!ITEM_NUMBER.test(word) || ws === sc.start) return false;
  const n = Number(word);
  if (n === 1) {
    let q = ws;
    while (q > sc.start && isSpace(sc.view.charCodeAt(q - 1))) q--;
    if (sc.view.charCodeAt(q - 1) === 58) return true;
    return LIST_LEAD.has(previousWord(sc, ws).toLowerCase());
  }
  const earlier = sc.view.slice(Math.max(sc.start, ws - LIST_REACH), ws);
  const marker = `${n - 1}. `;
  for (let q = earlier.indexOf(marker); q >= 0; q = earlier.indexOf(marker, q + 1)) {
    if ((q === 0 && ws - LIST_REACH <= sc.start) || isSpace(earlier.charCodeAt(q - 1))) return true;
  }
  return false;
}

/** Decides a single `.` at `i`, closing marks up to `k`, next word at `p` (same line). */
export function decidePeriod(sc: Scan, i: number, k: number, p: number): string | null {
  const closed = k > i + 1;
  const lowerNext = startsLower(sc, p);
  let ws = wordBefore(sc, i);
  // `RT. 03/RW. 05`: the abbreviation is what follows the last slash.
  let slash = i - 2;
  while (slash >= ws && sc.view.charCodeAt(slash) !== 47) slash--;
  if (slash >= ws && !closedBy(sc, ws, i)) ws = slash + 1;
  const word = sc.view.slice(ws, i);
  if (closed) {
    if (lowerNext) return null;
    // `(Bl.)`, `(ed.)`: an abbreviation in brackets.
    if (
      k === i + 2 &&
      sc.view.charCodeAt(i + 1) === 41 &&
      ws > sc.start &&
      sc.view.charCodeAt(ws - 1) === 40 &&
      word.length <= 5
    ) {
      return null;
    }
    let quote = false;
    for (let q = i + 1; q < k; q++) if (isQuote(sc.view.charCodeAt(q))) quote = true;
    return quote ? 'sbd.quote-close' : 'sbd.terminal';
  }
  if (lowerNext) return plainBefore(sc, i) ? 'sbd.lower-start' : null;
  // `(SSK. II)`: a period inside brackets that close a few words on, before any other terminal mark.
  if (insideBrackets(sc, i, p)) return null;
  if (word === '') return 'sbd.terminal';
  if (inlineListItem(sc, ws, word)) return null;
  const before = previousWord(sc, ws);
  const entry = AFTER.get(NUMBER_WORD.test(before) ? '#' : before)?.get(word) ?? ABBREVIATIONS.get(word);
  if (entry) {
    if (entry.kind === 'prefix') return null;
    // `No. 5`, and `No. Rek. 0123`, `No. Rekening 123`: a qualifier between the abbreviation and its number.
    if (entry.kind === 'numeric' && (isDigit(sc.view.charCodeAt(p)) || numberAfterNext(sc, p))) return null;
    if (entry.kind === 'suffix') {
      const nextWord = wordAt(sc, p);
      const next = ABBREVIATIONS.get(nextWord);
      if (next && next.kind === 'suffix' && sc.view.charCodeAt(p + nextWord.length) === 46) return null;
    }
  } else if (isUpper(sc.view, p) && word.length <= 7 && INITIALS.test(word)) return null;
  if (ws === sc.start && LIST_MARKER.test(word)) return null;
  return 'sbd.terminal';
}
