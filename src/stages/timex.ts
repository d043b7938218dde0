/**
 * The timex engine: runs every rule of src/rules/timex.ts at the tokens that can start it, keeps the
 * longest non-overlapping matches, resolves their readings against the document date (DCT) and the
 * last date the text named, then joins `A hingga B` into ranges.
 *
 * Without a DCT a relative value is null and the timex keeps `anchor` ({anchor: 'DCT', offset,
 * granularity}); `resolveAnchor(dct, anchor)` gives the value later. The granularity grammar:
 *   `day|week|month|quarter|half|year|decade|century`   the DCT moved by `offset`, written at that unit
 *   `weekday:N:past|future|same`                         weekday N (1 = Monday) on/before, after, or in the week of it
 *   `weekday:N:dir:S`                                    first weekday N on/after weekday S so placed (range end)
 *   `month:MM:dir`, `date:MM-DD:dir`, `dom:DD:dir`      a month / day of a month / day of the month near it
 *   `=VALUE`                                             a literal (one end of a range)
 * each optionally followed by `|SUFFIX` appended to the value (`day|T10:00+07:00`, `year|-Q1`), and two
 * of them joined by `/` for a range.
 */
import type { Doc, Stage } from '../doc.js';
import {
  APPROX_MODS,
  EXAMPLE_DCT,
  type Mod,
  RANGE_JOIN,
  TIMEX_RULES,
  TIMEX_WORD_LISTS,
  type TimexRule,
  type TimexWordList,
} from '../rules/timex.js';
import type { Timex } from '../schema/layers.js';
import { type RuleFamily, RuleMeta } from '../schema/rule.js';
import { tokenize } from '../text/tokens.js';
import { foldCase, foldPunctuation } from '../text/view.js';
import { type ScanInput, matchAll } from './timex/match.js';
import { select } from './timex/select.js';
import { type Reference, resolveSem } from './timex/resolve.js';
import { type Found, joinRanges, makeTimex } from './timex/ranges.js';

export { resolveAnchor, type Anchor } from './timex/calendar.js';
export { mayStartTimex } from './timex/dispatch.js';
export type { ScanInput } from './timex/match.js';

// The engine in its parts: rules by the token that can start them (timex/dispatch.ts, read through the
// token-feature layer), matched with their guards' context (timex/match.ts), the longest kept
// (timex/select.ts), resolved (timex/resolve.ts, on timex/calendar.ts), ranges joined (timex/ranges.ts).

// Rules are data: check them once at load (ids, descriptions, examples), as every rule family does.
{
  const seen = new Set<string>();
  for (const rule of [...TIMEX_RULES, RANGE_JOIN, ...TIMEX_WORD_LISTS]) {
    RuleMeta.parse(rule);
    if (seen.has(rule.id)) throw new Error(`[E010] duplicate timex rule id ${rule.id}`);
    seen.add(rule.id);
  }
}

/** A word of five letters or more before a final `.`: no abbreviation, so the period ends the sentence. */
const FULL_WORD_BEFORE_STOP = /(?:^|[^\p{L}])\p{L}{5,}\.$/u;

/** Finds, normalises and resolves the temporal expressions of a text. */
export function scanTimex(input: ScanInput): Timex[] {
  const view = input.view ?? foldPunctuation(input.text);
  const lower = input.lower ?? foldCase(view);
  const tokens = input.tokens ?? tokenize(view, input.text);
  const from = input.from ?? 0;
  const to = input.to ?? input.text.length;
  const dct = input.dct;
  const words = input.tokens ? input.words : undefined;
  const kept = select(matchAll({ text: input.text, view, lower, tokens, words }, input.rules, from, to), from);
  let lastDay: Reference | null = null;
  let lastDate: Reference | null = null;
  const found: Found[] = [];
  for (const c of kept) {
    // A span never takes the sentence's full stop (`17 Januari.`); an abbreviation keeps its own (`26 Jan.`).
    if (
      input.text.charCodeAt(c.end - 1) === 46 &&
      FULL_WORD_BEFORE_STOP.test(lower.slice(Math.max(c.start, c.end - 12), c.end))
    )
      c.end--;
    const r = resolveSem(c.reading.sem, c, dct, lastDay, lastDate);
    const timex = makeTimex(
      c.start,
      c.end,
      input.text.slice(c.start, c.end),
      c.reading.type,
      r.value,
      c.reading.mod ? (c.reading.mod as Mod) : approxMod(lower, c.start, c.end),
      r.anchor,
      c.runner.rule.id,
    );
    found.push({ c, timex });
    // Dates (not ranges, durations or sets) become the reference for `hari itu`, `kemudian` and bare times.
    if (timex.type === 'DATE' || timex.type === 'TIME') {
      const v = r.value;
      if (v !== null && /^\d{4}/.test(v)) {
        lastDate = { value: v };
        if (/^\d{4}-\d{2}-\d{2}/.test(v)) lastDay = { value: v.slice(0, 10) };
      } else if (v === null && r.anchor && !r.anchor.granularity?.includes('/')) {
        const g = r.anchor.granularity!.split('|')[0]!;
        const ref: Reference = { value: null, anchor: { ...r.anchor, granularity: g } };
        lastDate = ref;
        if (g === 'day' || g.startsWith('weekday') || g.startsWith('date') || g.startsWith('dom')) lastDay = ref;
      }
    }
  }
  return joinRanges(found, input.text, lower, dct).map((f) => f.timex);
}

const APPROX_START = new RegExp(`^(?:${Object.keys(APPROX_MODS).join('|')}) `);

/** The TimeML mod of a hedge the span starts with (`sekitar 25 tahun` APPROX, `hampir` LESS_THAN), if any. */
function approxMod(lower: string, start: number, end: number): Mod | undefined {
  const m = APPROX_START.exec(lower.slice(start, Math.min(end, start + 14)));
  return m ? APPROX_MODS[m[0].slice(0, -1)] : undefined;
}

export const timexStage: Stage = {
  name: 'timex',
  // `dateline` may set the DCT, so it must run first; `sentences` keeps this stage after segmentation.
  requires: ['dct', 'dateline', 'sentences'],
  assigns: ['timex'],
  indonesianOnly: true,
  run(doc: Doc) {
    doc.timex = scanTimex({
      text: doc.text,
      view: doc.view,
      lower: doc.lower,
      tokens: doc.tokens,
      words: doc.words,
      dct: doc.dct?.value ?? null,
    });
  },
};

/**
 * The rule family for `test/rules.test.ts`: an example runs through the whole engine (DCT 2021-01-27) and returns what
 * this rule made.
 */
export const timexFamily: RuleFamily<TimexRule | RuleMeta> = {
  family: 'timex',
  description: 'Temporal expressions: find, normalise to ISO 8601 (TIMEX3), resolve against the document date',
  rules: [...TIMEX_RULES, RANGE_JOIN],
  run(rule, text) {
    return scanTimex({ text, dct: EXAMPLE_DCT })
      .filter((t) => t.rule === rule.id)
      .map((t) => ({ text: t.text, value: t.value }));
  },
};

/**
 * The word lists the engine's guards read (tense, clause end, range connectors), for the rule
 * catalogue: an example runs through the whole engine (DCT 2021-01-27) and returns every timex, as a
 * list decides about spans other rules make. Not recorded: no extraction carries these ids.
 */
export const timexWordFamily: RuleFamily<TimexWordList> = {
  family: 'timex-words',
  description: "Word lists the timex engine's guards read: tense before a bare date, clause ends, range connectors",
  rules: TIMEX_WORD_LISTS,
  recorded: false,
  run(_rule, text) {
    return scanTimex({ text, dct: EXAMPLE_DCT }).map((t) => ({ text: t.text, value: t.value }));
  },
};
