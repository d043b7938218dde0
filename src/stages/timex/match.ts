// Every rule run at every token that can start it, with the context its guard reads.
import {
  CLAUSE_END,
  FUTURE_WORDS,
  PAST_WORDS,
  type Groups,
  type GuardContext,
  type Reading,
  type TimexRule,
} from '../../rules/timex.js';
import type { Token } from '../../text/tokens.js';
import { Words } from '../../text/words.js';
import { DISPATCH, type Runner, TIMEX_STARTS, buildDispatch } from './dispatch.js';

/** Where the tense check stops (rules/timex.ts, timex-words.clause-end). */
export const SENTENCE_END: ReadonlySet<string> = new Set(CLAUSE_END.words);

export interface Candidate {
  start: number;
  end: number;
  runner: Runner;
  reading: Reading;
  /** Tense found in the clause before the match. */
  future: boolean;
  past: boolean;
}

export interface ScanInput {
  text: string;
  view?: string;
  lower?: string;
  tokens?: Token[];
  /** The token-feature layer of `tokens` (made here when not given). */
  words?: Words;
  /** Document date (`YYYY-MM-DD…`) or null. */
  dct: string | null;
  /** Only these rules (default: all). */
  rules?: readonly TimexRule[];
  /** Scan only `[from, to)`. */
  from?: number;
  to?: number;
}

export function gapHasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

export function matchAll(
  input: Required<Pick<ScanInput, 'text' | 'view' | 'lower' | 'tokens'>> & Pick<ScanInput, 'words'>,
  rules: readonly TimexRule[] | undefined,
  from: number,
  to: number,
): Candidate[] {
  const { lower, tokens } = input;
  // Some rules only (a rule's examples): their own dispatch, asked word by word.
  const dispatch = rules ? buildDispatch(rules) : null;
  const words = dispatch ? null : (input.words ?? new Words(tokens));
  const numberRunners = (dispatch ?? DISPATCH).get('#') ?? null;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.start < from) continue;
    if (tok.start >= to) break;
    const list =
      tok.kind === 'number' ? numberRunners : words ? words.get(TIMEX_STARTS, i) : (dispatch!.get(tok.norm) ?? null);
    if (!list) continue;
    let ctx: GuardContext | null = null;
    let future = false;
    let past = false;
    for (const runner of list) {
      const re = runner.pattern;
      re.lastIndex = tok.start;
      const m = re.exec(lower);
      if (!m || m.index + m[0].length > to) continue;
      const end = tok.start + m[0].length;
      if (!ctx) {
        ({ ctx, future, past } = context(input, i, tok.start, end));
      } else ctx.end = end;
      const g: Groups = m.groups ?? {};
      if (runner.guard) {
        // A literal, not a spread of ctx: V8 copies an object by spread slowly (microseconds here).
        const { text, start, prevWord, sentenceStart, futureBefore } = ctx;
        if (
          !runner.guard(g, {
            text,
            lower,
            start,
            end,
            prevWord,
            nextWord: nextWordAt(tokens, i, end),
            sentenceStart,
            futureBefore,
          })
        )
          continue;
      }
      const reading = runner.normalise(g);
      if (reading) out.push({ start: tok.start, end, runner, reading, future, past });
    }
  }
  return out;
}

export function nextWordAt(tokens: Token[], i: number, end: number): string | null {
  for (let j = i; j < tokens.length && j < i + 40; j++) {
    const t = tokens[j]!;
    if (t.start >= end) return t.norm;
  }
  return null;
}

export function context(
  input: { text: string; lower: string; tokens: Token[] },
  i: number,
  start: number,
  end: number,
): { ctx: GuardContext; future: boolean; past: boolean } {
  const { text, lower, tokens } = input;
  let prevWord: string | null = null;
  let sentenceStart = i === 0;
  const prev = tokens[i - 1];
  if (prev) {
    if (SENTENCE_END.has(prev.norm) || gapHasNewline(text, prev.end, start)) sentenceStart = true;
    else if (
      (prev.norm === '"' || prev.norm === "'" || prev.norm === '(') &&
      (i < 2 || SENTENCE_END.has(tokens[i - 2]!.norm) || gapHasNewline(text, tokens[i - 2]!.end, prev.start))
    )
      sentenceStart = true;
    let j = i - 1;
    if (
      (tokens[j]!.norm === '.' || tokens[j]!.norm === ':') &&
      j > 0 &&
      !gapHasNewline(text, tokens[j - 1]!.end, tokens[j]!.start)
    )
      j--;
    const w = tokens[j]!;
    if (!gapHasNewline(text, w.end, start)) prevWord = w.norm;
  }
  let future = false;
  let past = false;
  for (let j = i - 1, n = 0; j >= 0 && n < 10; j--, n++) {
    const t = tokens[j]!;
    if (SENTENCE_END.has(t.norm) || gapHasNewline(text, t.end, tokens[j + 1]!.start)) break;
    if (FUTURE_WORDS.has(t.norm)) future = true;
    else if (PAST_WORDS.has(t.norm)) past = true;
  }
  return {
    ctx: { text, lower, start, end, prevWord, nextWord: null, sentenceStart, futureBefore: future },
    future,
    past,
  };
}
