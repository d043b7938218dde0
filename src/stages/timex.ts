/**
 * The timex engine: runs every rule of src/rules/timex.ts at the tokens that can start it, keeps the
 * longest non-overlapping matches, resolves their readings against the document date (DCT) and the
 * last date the text named, then joins `A hingga B` into ranges.
 *
 * Without a DCT a relative value is null and the timex keeps `anchor` ({anchor: 'DCT', offset,
 * granularity}); `resolveAnchor(dct, anchor)` gives the value later. The granularity grammar:
 *   `day|week|month|quarter|half|year|decade|century`   the DCT moved by `offset`, written at that unit
 *   `weekday:N:past|future|same`                         weekday N (1 = Monday) on/before, after, or in the week of it
 *   `month:MM:dir`, `date:MM-DD:dir`, `dom:DD:dir`      a month / day of a month / day of the month near it
 *   `=VALUE`                                             a literal (one end of a range)
 * each optionally followed by `|SUFFIX` appended to the value (`day|T10:00+07:00`, `year|-Q1`), and two
 * of them joined by `/` for a range.
 */
import type { Doc, Stage } from '../doc.js';
import {
  EXAMPLE_DCT,
  FUTURE_WORDS,
  RANGE_JOIN,
  TIMEX_RULES,
  type Dir,
  type GuardContext,
  type Groups,
  type Mod,
  type Reading,
  type Sem,
  type TimexRule,
  type Unit,
} from '../rules/timex.js';
import { isIsoYear } from '../rules/calendar.js';
import type { Timex } from '../schema/record.js';
import { RuleMeta, type RuleFamily } from '../schema/rule.js';
import { tokenize, type Token } from '../text/tokens.js';
import { foldCase, foldPunctuation } from '../text/view.js';

export type Anchor = NonNullable<Timex['anchor']>;

// Rules are data: check them once at load (ids, descriptions, examples), as every rule family does.
{
  const seen = new Set<string>();
  for (const rule of [...TIMEX_RULES, RANGE_JOIN]) {
    RuleMeta.parse(rule);
    if (seen.has(rule.id)) throw new Error(`[E010] duplicate timex rule id ${rule.id}`);
    seen.add(rule.id);
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on UTC dates.

interface Ymd {
  y: number;
  m: number;
  d: number;
}
/** At least two digits, without the sign (`7` → `07`): padStart's result, without its call. */
const pad = (n: number) => {
  const s = String(Math.abs(n));
  return s.length < 2 ? `0${s}` : s;
};
const DAY_MS = 86_400_000;

function toDate(p: Ymd): Date {
  const t = new Date(Date.UTC(2000, p.m - 1, p.d));
  t.setUTCFullYear(p.y);
  return t;
}
function fromDate(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function addDays(p: Ymd, n: number): Ymd {
  return fromDate(new Date(toDate(p).getTime() + n * DAY_MS));
}
function addMonths(p: Ymd, n: number): Ymd {
  const total = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const days = m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return { y, m, d: Math.min(p.d, days) };
}
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekday = (p: Ymd) => ((toDate(p).getUTCDay() + 6) % 7) + 1;

function isoWeek(p: Ymd): string {
  const thursday = addDays(p, 4 - weekday(p));
  const ordinal = Math.round((toDate(thursday).getTime() - toDate({ y: thursday.y, m: 1, d: 1 }).getTime()) / DAY_MS);
  return `${year4(thursday.y)}-W${pad(Math.floor(ordinal / 7) + 1)}`;
}
/** ISO 8601 values here have four-digit years, 0001–9999: a date moved outside them has no value. */
const inYears = (p: Ymd) => isIsoYear(p.y);
const year4 = (y: number) => String(y).padStart(4, '0');
const fmtDay = (p: Ymd) => `${year4(p.y)}-${pad(p.m)}-${pad(p.d)}`;

function format(p: Ymd, unit: Unit): string | null {
  if (!inYears(p)) return null;
  switch (unit) {
    case 'day':
      return fmtDay(p);
    case 'week': {
      const week = isoWeek(p);
      return /^\d{4}-/.test(week) ? week : null;
    }
    case 'month':
      return `${year4(p.y)}-${pad(p.m)}`;
    case 'quarter':
      return `${year4(p.y)}-Q${Math.floor((p.m - 1) / 3) + 1}`;
    case 'half':
      return `${year4(p.y)}-H${p.m <= 6 ? 1 : 2}`;
    case 'year':
      return year4(p.y);
    case 'decade':
      return year4(p.y).slice(0, 3);
    case 'century':
      return year4(p.y).slice(0, 2);
  }
}

function move(p: Ymd, n: number, letter: string): Ymd {
  if (letter === 'D') return addDays(p, n);
  if (letter === 'W') return addDays(p, 7 * n);
  if (letter === 'M') return addMonths(p, n);
  return addMonths(p, 12 * n);
}

/** Offset string for `n` units: `P-1D`, `P1W`, `P-3M` (a quarter), `P10Y` (a decade). */
function offsetOf(unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return `P${n}D`;
    case 'week':
      return `P${n}W`;
    case 'month':
      return `P${n}M`;
    case 'quarter':
      return `P${3 * n}M`;
    case 'half':
      return `P${6 * n}M`;
    case 'year':
      return `P${n}Y`;
    case 'decade':
      return `P${10 * n}Y`;
    case 'century':
      return `P${100 * n}Y`;
  }
}

const UNIT_NAMES = new Set<string>(['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century']);

function resolvePart(base: Ymd, part: string): string | null {
  if (part.startsWith('=')) return part.slice(1);
  const bar = part.indexOf('|');
  const head = bar < 0 ? part : part.slice(0, bar);
  const suffix = bar < 0 ? '' : part.slice(bar + 1);
  if (UNIT_NAMES.has(head)) {
    const value = format(base, head as Unit);
    return value === null ? null : value + suffix;
  }
  const [kind, arg, dir] = head.split(':') as [string, string, string];
  if (kind === 'weekday') {
    const target = Number(arg);
    const w0 = weekday(base);
    let delta: number;
    if (dir === 'past') delta = -((w0 - target + 7) % 7);
    else if (dir === 'future') delta = (target - w0 + 7) % 7 || 7;
    else delta = target - w0;
    const day = addDays(base, delta);
    return inYears(day) ? fmtDay(day) + suffix : null;
  }
  if (kind === 'month') {
    const m = Number(arg);
    const y = dir === 'past' && m > base.m ? base.y - 1 : dir === 'future' && m < base.m ? base.y + 1 : base.y;
    return inYears({ y, m, d: 1 }) ? `${year4(y)}-${pad(m)}${suffix}` : null;
  }
  if (kind === 'date') {
    const [m, d] = arg.split('-').map(Number) as [number, number];
    const cmp = m * 100 + d - (base.m * 100 + base.d);
    const y = dir === 'past' && cmp > 0 ? base.y - 1 : dir === 'future' && cmp < 0 ? base.y + 1 : base.y;
    return inYears({ y, m, d }) ? `${year4(y)}-${pad(m)}-${pad(d)}${suffix}` : null;
  }
  if (kind === 'dom') {
    const d = Number(arg);
    const shift = dir === 'past' && d > base.d ? -1 : dir === 'future' && d < base.d ? 1 : 0;
    const p = addMonths({ y: base.y, m: base.m, d: 1 }, shift);
    return inYears(p) ? `${year4(p.y)}-${pad(p.m)}-${pad(d)}${suffix}` : null;
  }
  return null;
}

function parseDay(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** The value an anchored timex takes once the document date is known. */
export function resolveAnchor(dct: string, anchor: Anchor): string | null {
  const base = parseDay(dct);
  const off = /^P(-?\d+)([DWMY])$/.exec(anchor.offset);
  if (!base || !off) return null;
  const moved = move(base, Number(off[1]), off[2]!);
  const parts = (anchor.granularity ?? 'day').split('/').map((p) => resolvePart(moved, p));
  return parts.some((p) => p === null) ? null : parts.join('/');
}

// ---------------------------------------------------------------------------------------------
// Matching.

const RULE_ORDER = new Map(TIMEX_RULES.map((r, i) => [r.id, i]));

/**
 * A rule as the engine runs it. Rules as written differ in which optional fields they have (a guard
 * or not), so they have several object shapes; the matching loop reads these, which all have one.
 */
interface Runner {
  rule: TimexRule;
  pattern: RegExp;
  guard: TimexRule['guard'] | null;
  normalise: TimexRule['normalise'];
  /** Index in TIMEX_RULES, for ties. */
  order: number;
}

/** Runners by trigger (`#` for any number), in rule order. */
function buildDispatch(rules: readonly TimexRule[]): Map<string, Runner[]> {
  const map = new Map<string, Runner[]>();
  for (const rule of rules) {
    const runner: Runner = {
      rule,
      pattern: rule.pattern,
      guard: rule.guard ?? null,
      normalise: rule.normalise,
      order: RULE_ORDER.get(rule.id)!,
    };
    for (const t of new Set(rule.triggers)) {
      const list = map.get(t);
      if (list) list.push(runner);
      else map.set(t, [runner]);
    }
  }
  return map;
}
const DISPATCH = buildDispatch(TIMEX_RULES);

/** False when no rule can start a match at this token (every timex starts at a number or a trigger word). */
export function mayStartTimex(tok: Token): boolean {
  return tok.kind === 'number' || DISPATCH.has(tok.norm);
}

/**
 * Length, first and last code unit of every trigger word, as bits: a token whose norm has no such
 * shape has no rule (checked before the dispatch lookup, which hashes the whole string). Lossy (five
 * bits of each code unit): a collision only lets a token through to the dispatch lookup.
 */
class ShapeFilter {
  private readonly bits = new Uint32Array(2048);
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0) continue;
      const k = shapeOf(w);
      this.bits[k >>> 5] = this.bits[k >>> 5]! | (1 << (k & 31));
    }
  }
  mayHave(w: string): boolean {
    const k = shapeOf(w);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
/** 16-bit key: length (to 63), and the low five bits of the first and last code units. */
const shapeOf = (w: string): number =>
  (Math.min(w.length, 63) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);
const SHAPES = new ShapeFilter(DISPATCH.keys());

/** A word of five letters or more before a final `.`: no abbreviation, so the period ends the sentence. */
const FULL_WORD_BEFORE_STOP = /(?:^|[^\p{L}])\p{L}{5,}\.$/u;

const SENTENCE_END = new Set(['.', '!', '?', ';']);
const PAST_WORDS = new Set(['telah', 'sudah', 'pernah', 'sempat', 'lalu', 'kemarin', 'tadi', 'silam']);

interface Candidate {
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
  /** Document date (`YYYY-MM-DD…`) or null. */
  dct: string | null;
  /** Only these rules (default: all). */
  rules?: readonly TimexRule[];
  /** Scan only `[from, to)`. */
  from?: number;
  to?: number;
}

function gapHasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function matchAll(
  input: Required<Pick<ScanInput, 'text' | 'view' | 'lower' | 'tokens'>>,
  rules: readonly TimexRule[] | undefined,
  from: number,
  to: number,
): Candidate[] {
  const { lower, tokens } = input;
  const dispatch = rules ? buildDispatch(rules) : DISPATCH;
  const shapes = rules ? new ShapeFilter(dispatch.keys()) : SHAPES;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.start < from) continue;
    if (tok.start >= to) break;
    if (tok.kind !== 'number' && tok.norm.length > 0 && !shapes.mayHave(tok.norm)) continue;
    const list = dispatch.get(tok.kind === 'number' ? '#' : tok.norm);
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

function nextWordAt(tokens: Token[], i: number, end: number): string | null {
  for (let j = i; j < tokens.length && j < i + 40; j++) {
    const t = tokens[j]!;
    if (t.start >= end) return t.norm;
  }
  return null;
}

function context(
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

/** Offsets taken by a kept match, relative to the scan's start; all zero between scans (select clears what it set). */
let takenScratch = new Uint8Array(4096);

/** Longest match wins; ties go to the earlier start, then the earlier rule. No overlaps. */
function select(cands: Candidate[], from: number): Candidate[] {
  if (cands.length === 0) return cands;
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.runner.order - b.runner.order);
  let span = 0;
  for (const c of cands) if (c.end - from > span) span = c.end - from;
  if (span > takenScratch.length) takenScratch = new Uint8Array(2 * span);
  const taken = takenScratch;
  const kept: Candidate[] = [];
  outer: for (const c of cands) {
    for (let k = c.start; k < c.end; k++) if (taken[k - from]) continue outer;
    taken.fill(1, c.start - from, c.end - from);
    kept.push(c);
  }
  for (const c of kept) taken.fill(0, c.start - from, c.end - from);
  return kept.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Resolution.

interface Resolved {
  value: string | null;
  anchor?: Anchor;
}
interface Reference {
  value: string | null;
  anchor?: Anchor;
}

function decideDir(dir: Dir, c: Candidate, fallback: Exclude<Dir, 'auto'>): Exclude<Dir, 'auto'> {
  if (dir !== 'auto') return dir;
  if (c.future) return 'future';
  if (c.past) return 'past';
  return fallback;
}

function fromAnchor(anchor: Anchor, dct: string | null): Resolved {
  return { value: dct ? resolveAnchor(dct, anchor) : null, anchor };
}

/** Granularity of a written value, for `kemudian` offsets that keep it. */
function granularityOf(value: string): Unit | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

function resolveSem(
  sem: Sem,
  c: Candidate,
  dct: string | null,
  lastDay: Reference | null,
  lastDate: Reference | null,
): Resolved {
  switch (sem.kind) {
    case 'abs':
      return { value: sem.value };
    case 'rel':
      return fromAnchor(
        {
          anchor: 'DCT',
          offset: offsetOf(sem.unit, sem.offset),
          granularity: sem.unit + (sem.suffix ? `|${sem.suffix}` : ''),
        },
        dct,
      );
    case 'weekday':
      return fromAnchor(
        {
          anchor: 'DCT',
          offset: 'P0D',
          granularity: `weekday:${sem.weekday}:${decideDir(sem.dir, c, 'past')}${sem.suffix ? `|${sem.suffix}` : ''}`,
        },
        dct,
      );
    case 'yearless': {
      const dir = decideDir(sem.dir, c, 'same');
      const head =
        sem.day === undefined ? `month:${pad(sem.month)}:${dir}` : `date:${pad(sem.month)}-${pad(sem.day)}:${dir}`;
      return fromAnchor(
        { anchor: 'DCT', offset: 'P0D', granularity: head + (sem.suffix ? `|${sem.suffix}` : '') },
        dct,
      );
    }
    case 'dom':
      return fromAnchor(
        {
          anchor: 'DCT',
          offset: 'P0D',
          granularity: `dom:${pad(sem.day)}:${decideDir(sem.dir, c, 'same')}${sem.suffix ? `|${sem.suffix}` : ''}`,
        },
        dct,
      );
    case 'ref': {
      const ref = sem.gran === 'day' ? lastDay : lastDate;
      const suffix = sem.suffix ?? '';
      if (!ref) {
        if (sem.dctFallback)
          return fromAnchor(
            {
              anchor: 'DCT',
              offset: `P${sem.n}${sem.letter}`,
              granularity: (sem.gran ?? 'day') + (suffix ? `|${suffix}` : ''),
            },
            dct,
          );
        return { value: null };
      }
      if (ref.value !== null) {
        const gran = sem.gran ?? granularityOf(ref.value);
        const p = parseDay(
          ref.value.length === 4 ? `${ref.value}-01-01` : ref.value.length === 7 ? `${ref.value}-01` : ref.value,
        );
        if (!gran || !p) return { value: null };
        const value = format(move(p, sem.n, sem.letter), gran);
        return { value: value === null ? null : value + suffix };
      }
      // The reference itself waits for the DCT: the same day (or year) can wait with it.
      if (ref.anchor && sem.n === 0 && !ref.anchor.granularity?.includes('/')) {
        const base = ref.anchor.granularity!.split('|')[0]!;
        const refGran = UNIT_NAMES.has(base) ? base : base.startsWith('month') ? 'month' : 'day';
        if ((sem.gran ?? refGran) === refGran)
          return { value: null, anchor: { ...ref.anchor, granularity: base + (suffix ? `|${suffix}` : '') } };
      }
      return { value: null };
    }
    case 'range': {
      const a = resolveSem(sem.from, c, dct, lastDay, lastDate);
      const b = resolveSem(sem.to, c, dct, lastDay, lastDate);
      return joinRange(a, b);
    }
  }
}

function joinRange(a: Resolved, b: Resolved): Resolved {
  const value = a.value !== null && b.value !== null ? `${a.value}/${b.value}` : null;
  const ga = a.anchor ? a.anchor.granularity : a.value !== null ? `=${a.value}` : null;
  const gb = b.anchor ? b.anchor.granularity : b.value !== null ? `=${b.value}` : null;
  if (!a.anchor && !b.anchor) return { value };
  const offset = a.anchor?.offset ?? b.anchor!.offset;
  if (ga === null || gb === null || (a.anchor && b.anchor && a.anchor.offset !== b.anchor.offset)) return { value };
  return { value, anchor: { anchor: 'DCT', offset, granularity: `${ga}/${gb}` } };
}

interface Found {
  c: Candidate;
  timex: Timex;
}

const CONNECTOR = /^[ \t]*(?:-|s\.d\.?|s\/d|sampai dengan|sampai|hingga|dan)[ \t]*$/;

/** Joins `A hingga B` (and `antara A dan B`) into one RANGE; a yearless start takes the end's year. */
function joinRanges(found: Found[], text: string, lower: string, dct: string | null): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (
      b &&
      a.timex.type === 'DATE' &&
      b.timex.type === 'DATE' &&
      a.timex.value !== 'PAST_REF' &&
      a.timex.value !== 'PRESENT_REF'
    ) {
      const between = lower.slice(a.timex.end, b.timex.start);
      const m = CONNECTOR.exec(between);
      const antara = /(?:^|[^\p{L}])antara $/u.test(lower.slice(Math.max(0, a.timex.start - 8), a.timex.start));
      if (m && (!between.includes('dan') || antara)) {
        let left: Resolved = { value: a.timex.value, anchor: a.timex.anchor };
        const sem = a.c.reading.sem;
        const endYear = b.timex.value ? /^(\d{4})-(\d{2})/.exec(b.timex.value) : null;
        if (sem.kind === 'yearless' && endYear) {
          const y = Number(endYear[1]) - (sem.month > Number(endYear[2]) ? 1 : 0);
          left = { value: `${y}-${pad(sem.month)}${sem.day === undefined ? '' : `-${pad(sem.day)}`}` };
        }
        const r = joinRange(left, { value: b.timex.value, anchor: b.timex.anchor });
        const timex = makeTimex(
          a.timex.start,
          b.timex.end,
          text.slice(a.timex.start, b.timex.end),
          'RANGE',
          r.value,
          undefined,
          r.anchor,
          RANGE_JOIN.id,
        );
        void dct;
        out.push({ c: a.c, timex });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A timex with its keys in the schema's order (`mod` and `anchor` only when set). */
function makeTimex(
  start: number,
  end: number,
  text: string,
  type: Timex['type'],
  value: string | null,
  mod: Mod | undefined,
  anchor: Anchor | undefined,
  rule: string,
): Timex {
  if (mod)
    return anchor ? { start, end, text, type, value, mod, anchor, rule } : { start, end, text, type, value, mod, rule };
  return anchor ? { start, end, text, type, value, anchor, rule } : { start, end, text, type, value, rule };
}

/** Finds, normalises and resolves the temporal expressions of a text. */
export function scanTimex(input: ScanInput): Timex[] {
  const view = input.view ?? foldPunctuation(input.text);
  const lower = input.lower ?? foldCase(view);
  const tokens = input.tokens ?? tokenize(view, input.text);
  const from = input.from ?? 0;
  const to = input.to ?? input.text.length;
  const dct = input.dct;
  const kept = select(matchAll({ text: input.text, view, lower, tokens }, input.rules, from, to), from);
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
      c.reading.mod ? (c.reading.mod as Mod) : undefined,
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
