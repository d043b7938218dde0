import type { Stage } from '../doc.js';
import { ABBREVIATION_RULES, type AbbreviationKind } from '../rules/abbreviations.js';
import { foldPunctuation } from '../text/view.js';

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
 */

export interface SentenceBoundary {
  start: number;
  end: number;
  /** The rule that ended the sentence. */
  rule: string;
}

interface AbbreviationEntry {
  kind: AbbreviationKind;
  id: string;
}

/** Forms without the final period → kind. A lower-case form also matches capitalised. */
const ABBREVIATIONS = new Map<string, AbbreviationEntry>();
/** Groups that apply only after a given word (`#` = a number): `previous word → form → entry`. */
const AFTER = new Map<string, Map<string, AbbreviationEntry>>();
for (const rule of ABBREVIATION_RULES) {
  if (!rule.after) continue;
  for (const prev of rule.after) {
    let forms = AFTER.get(prev);
    if (!forms) AFTER.set(prev, (forms = new Map()));
    for (const form of rule.forms) if (!forms.has(form)) forms.set(form, { kind: rule.kind, id: rule.id });
  }
}
const GENERAL_RULES = ABBREVIATION_RULES.filter((rule) => !rule.after);
for (const rule of GENERAL_RULES) {
  for (const form of rule.forms)
    if (!ABBREVIATIONS.has(form)) ABBREVIATIONS.set(form, { kind: rule.kind, id: rule.id });
}
for (const rule of GENERAL_RULES) {
  for (const form of rule.forms) {
    const capital = form[0]!.toUpperCase() + form.slice(1);
    if (!ABBREVIATIONS.has(capital)) ABBREVIATIONS.set(capital, { kind: rule.kind, id: rule.id });
  }
}

/** The abbreviation entry of a form (without its final period), if listed. */
export function abbreviation(form: string): AbbreviationEntry | undefined {
  return ABBREVIATIONS.get(form);
}

const MAX_WORD = 64;
/** How far back the previous item of an inline list (`1. …, 2.`) is looked for (code units). */
const LIST_REACH = 400;
/** How far back an opening bracket is looked for (code units). */
const BRACKET_REACH = 120;
/** How far after the start of the next word the closing bracket is looked for (code units). */
const BRACKET_CLOSE_REACH = 24;

function isSpace(c: number): boolean {
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
function isNewline(c: number): boolean {
  return c === 10 || c === 11 || c === 12 || c === 13 || c === 0x2028 || c === 0x2029;
}
/** `.` `?` `!` `…` `‼` `⁇` `⁈` `⁉` */
function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}
/** Closing marks that may follow the terminal: quotes (folded) and brackets. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125;
}
/** Opening marks that may precede the first word of a sentence. */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0xbf || c === 0xa1;
}
function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

function isUpper(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(s.codePointAt(at)!));
}
function isLower(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCodePoint(s.codePointAt(at)!));
}
function isLetter(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(s.codePointAt(at)!));
}

/** `A`, `R.A`, `J.K` (single capital letters joined by periods): initials of a name. */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;
/** A list marker at the start of a line: `1`, `12`, `a`, `B`, `iv`, `IV` (Markdown may escape it: `3\.`). */
const LIST_MARKER = /^(?:\d{1,3}|\p{L}|[ivxlcIVXLC]{1,6})\\?$/u;
/** Where a sentence may end: line breaks and terminal marks. */
const CANDIDATE = /[\n\v\f\r\u2028\u2029.?!\u2026\u203c\u2047-\u2049]/g;
/** A word of four letters or more with lower case in it (`lain`, `Italia`), not an abbreviation. */
const PLAIN_WORD = /^(?:\p{Lu}\p{Ll}{3,}|\p{Ll}{4,})$/u;
const VOWEL = /[aeiouy]/;
/** A number as the word before an era or amount: `1445`, `2,5`, `ke-8`, `1.500`. */
const NUMBER_WORD = /^(?:ke-)?\d[\d.,]*$/;
/** A list marker inside a line: `1`, `12`. */
const ITEM_NUMBER = /^\d{1,2}$/;
/** Words that announce an inline list (`meliputi: 1. …`). */
const LIST_LEAD = new Set([
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
const LINE_ITEM = /^(?:(?:\d{1,3}|\p{L})[.)]\s|[-•*]\s|\p{Ll}\.\p{Ll}\.)/u;
/** A number of three digits or more (`1879`, `178`): no abbreviation ends that way. */
const LONG_NUMBER = /^\d{3,}$/;
/** A run of lower-case letters, the left side of a missing space (`ekonomi.Rusia`). */
const LOWER_WORD = /^\p{Ll}{3,}$/u;
/** A capitalised word with no further period, the right side of a missing space. */
const CAPITAL_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * Sentence spans of `text` with the rule that ended each. `view` is `foldPunctuation(text)` (same
 * length) when the caller has it.
 */
export function segmentDetailed(text: string, view: string = foldPunctuation(text)): SentenceBoundary[] {
  const n = view.length;
  const out: SentenceBoundary[] = [];
  let start = 0;
  while (start < n && isSpace(view.charCodeAt(start))) start++;

  const trimEnd = (from: number, to: number): number => {
    let e = to;
    while (e > from && isSpace(view.charCodeAt(e - 1))) e--;
    return e;
  };
  const push = (end: number, rule: string): void => {
    const e = trimEnd(start, end);
    if (e > start) out.push({ start, end: e, rule });
  };

  /** The word (non-space run, opening marks stripped) that ends right before `at`. */
  const wordBefore = (at: number): number => {
    let ws = at;
    while (ws > start && at - ws < MAX_WORD && !isSpace(view.charCodeAt(ws - 1))) ws--;
    while (ws < at && isOpener(view.charCodeAt(ws))) ws++;
    return ws;
  };

  /** The next word from `p` up to a space, `,` `;` `:` `)` or a final period, bounded. */
  const wordAt = (p: number): string => {
    let e = p;
    while (e < n && e - p < MAX_WORD) {
      const c = view.charCodeAt(e);
      if (isSpace(c) || c === 44 || c === 59 || c === 58 || c === 41 || c === 34) break;
      e++;
    }
    while (e > p && view.charCodeAt(e - 1) === 46) e--;
    return view.slice(p, e);
  };

  /** Nothing but white space and opening marks in `[from, to)` (a leading ellipsis: `"... dan`). */
  const onlyOpeners = (from: number, to: number): boolean => {
    if (to - from > MAX_WORD) return false;
    for (let q = from; q < to; q++) {
      const d = view.charCodeAt(q);
      if (!isOpener(d) && !isSpace(d)) return false;
    }
    return true;
  };

  /** A lower-case letter with a capital right after it (`iPhone`, `eKTP`) still starts a sentence. */
  const startsLower = (p: number): boolean => {
    if (!isLower(view, p)) return false;
    let q = p + 1;
    while (q < n && q - p < 4 && isLetter(view, q) && !isUpper(view, q)) q++;
    return !(q < n && q - p < 4 && isUpper(view, q));
  };

  /** A plain word or a long number before the mark: a lower-case word after it starts a new sentence. */
  const plainBefore = (i: number): boolean => {
    const word = view.slice(wordBefore(i), i);
    return (PLAIN_WORD.test(word) && VOWEL.test(word) && !ABBREVIATIONS.has(word)) || LONG_NUMBER.test(word);
  };

  /** An open `(` earlier in the sentence and its `)` within a few words after `p`, no terminal mark between. */
  const insideBrackets = (i: number, p: number): boolean => {
    let open = false;
    for (let q = i - 1; q >= start && i - q <= BRACKET_REACH; q--) {
      const c = view.charCodeAt(q);
      if (c === 41) return false;
      if (c === 40) {
        open = true;
        break;
      }
    }
    if (!open) return false;
    for (let q = p; q < n && q - p <= BRACKET_CLOSE_REACH; q++) {
      const c = view.charCodeAt(q);
      if (c === 41) return true;
      if (isTerminal(c) || isNewline(c) || c === 40) return false;
    }
    return false;
  };

  /** False: a slash inside a word is cut only outside brackets and URLs (kept simple: no `:` before it). */
  const closedBy = (ws: number, i: number): boolean => view.slice(ws, i).includes(':');

  /** The word before the one that starts at `ws`, on the same line (empty at the sentence start). */
  const previousWord = (ws: number): string => {
    let e = ws;
    while (e > start && isSpace(view.charCodeAt(e - 1)) && !isNewline(view.charCodeAt(e - 1))) e--;
    if (e === ws || e === start) return '';
    const s0 = wordBefore(e);
    let w = view.slice(s0, e);
    while (w.endsWith('.') || w.endsWith(',') || w.endsWith(':')) w = w.slice(0, -1);
    return w;
  };

  /** The word after the one at `p` starts with a digit (on the same line). */
  const numberAfterNext = (p: number): boolean => {
    let q = p;
    while (q < n && q - p < MAX_WORD && !isSpace(view.charCodeAt(q))) q++;
    while (q < n && view.charCodeAt(q) === 32) q++;
    return q < n && isDigit(view.charCodeAt(q));
  };

  /** `2.` inside a line that continues a list begun in the sentence (`: 1. KTP, 2. KK`). */
  const inlineListItem = (ws: number, word: string): boolean => {
    if (!ITEM_NUMBER.test(word) || ws === start) return false;
    const n = Number(word);
    if (n === 1) {
      let q = ws;
      while (q > start && isSpace(view.charCodeAt(q - 1))) q--;
      if (view.charCodeAt(q - 1) === 58) return true;
      return LIST_LEAD.has(previousWord(ws).toLowerCase());
    }
    const earlier = view.slice(Math.max(start, ws - LIST_REACH), ws);
    const marker = `${n - 1}. `;
    for (let q = earlier.indexOf(marker); q >= 0; q = earlier.indexOf(marker, q + 1)) {
      if ((q === 0 && ws - LIST_REACH <= start) || isSpace(earlier.charCodeAt(q - 1))) return true;
    }
    return false;
  };

  /** Decides a single `.` at `i`, closing marks up to `k`, next word at `p` (same line). */
  const decidePeriod = (i: number, k: number, p: number): string | null => {
    const closed = k > i + 1;
    const lowerNext = startsLower(p);
    let ws = wordBefore(i);
    // `RT. 03/RW. 05`: the abbreviation is what follows the last slash.
    let slash = i - 2;
    while (slash >= ws && view.charCodeAt(slash) !== 47) slash--;
    if (slash >= ws && !closedBy(ws, i)) ws = slash + 1;
    const word = view.slice(ws, i);
    if (closed) {
      if (lowerNext) return null;
      // `(Bl.)`, `(ed.)`: an abbreviation in brackets.
      if (
        k === i + 2 &&
        view.charCodeAt(i + 1) === 41 &&
        ws > start &&
        view.charCodeAt(ws - 1) === 40 &&
        word.length <= 5
      ) {
        return null;
      }
      let quote = false;
      for (let q = i + 1; q < k; q++) if (isQuote(view.charCodeAt(q))) quote = true;
      return quote ? 'sbd.quote-close' : 'sbd.terminal';
    }
    if (lowerNext) return plainBefore(i) ? 'sbd.lower-start' : null;
    // `(SSK. II)`: a period inside brackets that close a few words on, before any other terminal mark.
    if (insideBrackets(i, p)) return null;
    if (word === '') return 'sbd.terminal';
    if (inlineListItem(ws, word)) return null;
    const before = previousWord(ws);
    const entry = AFTER.get(NUMBER_WORD.test(before) ? '#' : before)?.get(word) ?? ABBREVIATIONS.get(word);
    if (entry) {
      if (entry.kind === 'prefix') return null;
      // `No. 5`, and `No. Rek. 0123`, `No. Rekening 123`: a qualifier between the abbreviation and its number.
      if (entry.kind === 'numeric' && (isDigit(view.charCodeAt(p)) || numberAfterNext(p))) return null;
      if (entry.kind === 'suffix') {
        const nextWord = wordAt(p);
        const next = ABBREVIATIONS.get(nextWord);
        if (next && next.kind === 'suffix' && view.charCodeAt(p + nextWord.length) === 46) return null;
      }
    } else if (isUpper(view, p) && word.length <= 7 && INITIALS.test(word)) return null;
    if (ws === start && LIST_MARKER.test(word)) return null;
    return 'sbd.terminal';
  };

  let i = 0;
  while (i < n) {
    // Jump to the next line break or terminal mark (one character class: linear).
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.exec(view)) break;
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
      if (start < i && j < n) {
        const last = view.charCodeAt(trimEnd(start, i) - 1);
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
          start = j;
        } else if (!runsOn) {
          push(i, 'sbd.line-break');
          start = j;
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
        const ws = wordBefore(i);
        if (LOWER_WORD.test(view.slice(ws, i)) && (ws === start || isSpace(view.charCodeAt(ws - 1)))) {
          const next = wordAt(j);
          const after = view.charCodeAt(j + next.length);
          if (CAPITAL_WORD.test(next) && (j + next.length >= n || isSpace(after) || after === 44)) {
            push(j, 'sbd.no-space');
            start = j;
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
    if (j - i === 1 && c === 46) rule = decidePeriod(i, k, p);
    else {
      // `?`, `!`, `…`, `...`: ends unless a lower-case word follows or nothing precedes it.
      const ellipsis = view
        .slice(i, j)
        .split('')
        .every((ch) => ch === '.' || ch === '\u2026');
      if (ellipsis && onlyOpeners(start, i)) rule = null;
      else if (startsLower(p)) rule = k === j && j === i + 1 && c === 63 && plainBefore(i) ? 'sbd.lower-start' : null;
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
      start = m;
    }
    i = m;
  }
  if (start < n) push(n, 'sbd.end-of-text');
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
