import type { Stage } from '../doc.js';
import { foldPunctuation } from '../text/view.js';
import {
  CANDIDATE,
  CAPITAL_WORD,
  LINE_ITEM,
  LOWER_WORD,
  isCloser,
  isLower,
  isNewline,
  isOpener,
  isQuote,
  isSpace,
  isTerminal,
  isUpper,
} from './sentences/chars.js';
import { type Scan, onlyOpeners, plainBefore, startsLower, wordAt, wordBefore } from './sentences/words.js';
import { decidePeriod } from './sentences/period.js';

/**
 * Sentence segmentation for Indonesian, by rules, with exact offsets.
 *
 * One left-to-right pass over the punctuation-folded view (NBSP is a space, curly quotes are
 * straight, so `“…"` and `"…"` look alike). A sentence may end only
 * - at a line break: a blank line always ends it (`sbd.paragraph`); a single line break ends it
 *   (`sbd.line-break`) unless the text visibly runs on (the next line starts lower-case and the line
 *   does not end in `.?!…`, or the line ends in `,` or `-`): title lines and credit lines such as
 *   `(Biro Infohan Setjen Kemhan)` are sentences of their own;
 * - after a run of `.?!…` plus any closing quotes or brackets, followed by white space, when what
 *   follows can start a sentence (`sbd.terminal`, `sbd.quote-close` after a closing mark,
 *   `sbd.ellipsis`). A lower-case word after it never starts one (`pandemi." tegas Dirjen`); a single
 *   `.` is further checked against the abbreviation lists (src/rules/abbreviations.ts), initials
 *   (`Sidharto R. Suryodipuro`), list markers (`1.`, `a.`) at the start of a line and brackets
 *   opened before it that close a few words on (`(Ka. KPLP)`);
 * - where a period joins two words with no space (`ekonomi.Rusia`, `sbd.no-space`);
 * - at the end of the text (`sbd.end-of-text`).
 * A period with no space after it (`Rp1.500.000`, `10.00`, `S.H.,`, `www.kemlu.go.id`, `a@b.id`) never
 * ends a sentence. Every loop moves forward and every look-around is bounded, so time is linear.
 *
 * The parts: character classes and word shapes (sentences/chars.ts), the abbreviation lists as
 * looked up (sentences/abbreviation-index.ts), the words around a mark (sentences/words.ts) and the
 * decision at a single period (sentences/period.ts); this file runs the pass.
 */

export interface SentenceBoundary {
  start: number;
  end: number;
  /** The rule that ended the sentence. */
  rule: string;
}

/**
 * Sentence spans of `text` with the rule that ended each. `view` is `foldPunctuation(text)` (same
 * length) when the caller has it.
 */
export function segmentDetailed(text: string, view: string = foldPunctuation(text)): SentenceBoundary[] {
  const n = view.length;
  const out: SentenceBoundary[] = [];
  const sc: Scan = { view, n, start: 0 };
  while (sc.start < n && isSpace(view.charCodeAt(sc.start))) sc.start++;

  const trimEnd = (from: number, to: number): number => {
    let e = to;
    while (e > from && isSpace(view.charCodeAt(e - 1))) e--;
    return e;
  };
  const push = (end: number, rule: string): void => {
    const e = trimEnd(sc.start, end);
    if (e > sc.start) out.push({ start: sc.start, end: e, rule });
  };

  let i = 0;
  while (i < n) {
    // Jump to the next line break or terminal mark (one character class: linear). `test`, not `exec`: only
    // `lastIndex` is read, and `test` makes no match array (about 20 MB a pass over the bulk set).
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(view)) break;
    i = CANDIDATE.lastIndex - 1;
    const c = view.charCodeAt(i);
    if (isNewline(c)) {
      // A run of white space holding a line break.
      let j = i;
      let lines = 0;
      let paragraph = false;
      while (j < n) {
        const d = view.charCodeAt(j);
        if (!isSpace(d)) break;
        if (d === 10 || d === 0x2028 || d === 11) lines++;
        else if (d === 13 && view.charCodeAt(j + 1) !== 10) lines++;
        else if (d === 12 || d === 0x2029) paragraph = true;
        j++;
      }
      if (lines >= 2) paragraph = true;
      if (sc.start < i && j < n) {
        const last = view.charCodeAt(trimEnd(sc.start, i) - 1);
        // A next line that is a list item (`a. …`, `2) …`, `- …`) or a capitalised sign-off line after a
        // comma (`Hormat kami,` / `Plt. Kepala Dinas`) starts anew; a lower-case one runs on.
        const item = LINE_ITEM.test(view.slice(j, j + 5));
        const runsOn =
          !paragraph &&
          !item &&
          (last === 45 ||
            (isLower(view, j) && !isTerminal(last) && !isCloser(last)) ||
            (last === 44 && !isUpper(view, j)));
        if (paragraph) {
          push(i, 'sbd.paragraph');
          sc.start = j;
        } else if (!runsOn) {
          push(i, 'sbd.line-break');
          sc.start = j;
        }
      }
      i = j;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    // A run of terminal marks, then closing marks.
    let j = i + 1;
    while (j < n && isTerminal(view.charCodeAt(j))) j++;
    let k = j;
    while (k < n && isCloser(view.charCodeAt(k))) k++;
    if (k >= n) {
      i = k;
      continue;
    }
    if (!isSpace(view.charCodeAt(k))) {
      // No space: inside a number, an abbreviation, a URL or an e-mail address, unless a period
      // plainly joins two words (`ekonomi.Rusia`).
      if (j === i + 1 && k === j && c === 46) {
        const ws = wordBefore(sc, i);
        if (LOWER_WORD.test(view.slice(ws, i)) && (ws === sc.start || isSpace(view.charCodeAt(ws - 1)))) {
          const next = wordAt(sc, j);
          const after = view.charCodeAt(j + next.length);
          if (CAPITAL_WORD.test(next) && (j + next.length >= n || isSpace(after) || after === 44)) {
            push(j, 'sbd.no-space');
            sc.start = j;
          }
        }
      }
      i = j;
      continue;
    }
    let m = k;
    let newline = false;
    while (m < n && isSpace(view.charCodeAt(m))) {
      if (isNewline(view.charCodeAt(m))) newline = true;
      m++;
    }
    if (newline || m >= n) {
      // The line break (or the end of the text) decides.
      i = k;
      continue;
    }
    let p = m;
    while (p < n && p - m < 4 && isOpener(view.charCodeAt(p))) p++;
    if (p >= n) p = m;
    let rule: string | null;
    if (j - i === 1 && c === 46) rule = decidePeriod(sc, i, k, p);
    else {
      // `?`, `!`, `…`, `...`: ends unless a lower-case word follows or nothing precedes it.
      const ellipsis = view
        .slice(i, j)
        .split('')
        .every((ch) => ch === '.' || ch === '\u2026');
      if (ellipsis && onlyOpeners(sc, sc.start, i)) rule = null;
      else if (startsLower(sc, p))
        rule = k === j && j === i + 1 && c === 63 && plainBefore(sc, i) ? 'sbd.lower-start' : null;
      else if (
        k > j &&
        view
          .slice(j, k)
          .split('')
          .some((ch) => isQuote(ch.charCodeAt(0)))
      )
        rule = 'sbd.quote-close';
      else rule = ellipsis ? 'sbd.ellipsis' : 'sbd.terminal';
    }
    if (rule) {
      push(k, rule);
      sc.start = m;
    }
    i = m;
  }
  if (sc.start < n) push(n, 'sbd.end-of-text');
  return out;
}

/** Sentence spans of `text`: ordered, non-overlapping, without surrounding white space. */
export function segment(text: string, view?: string): { start: number; end: number }[] {
  return segmentDetailed(text, view).map(({ start, end }) => ({ start, end }));
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['language'],
  assigns: ['sentences'],
  indonesianOnly: true,
  run(doc) {
    doc.sentences = segmentDetailed(doc.text, doc.view).map(({ start, end, rule }) => ({
      start,
      end,
      text: doc.text.slice(start, end),
      rule,
    }));
  },
};
