// `A hingga B` joined into one RANGE, and timexes built with their keys in the schema's order.
import { type Mod, RANGE_CONNECTORS, RANGE_JOIN, RANGE_OPENERS } from '../../rules/timex.js';
import type { Timex } from '../../schema/layers.js';
import { type Anchor, pad } from './calendar.js';
import type { Candidate } from './match.js';
import { type Resolved, joinRange } from './resolve.js';

export interface Found {
  c: Candidate;
  timex: Timex;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (words: readonly string[]): string => words.map(escape).join('|');
/** What stands between the two ends of a range, alone (rules/timex.ts, timex-words.range-connector). */
export const CONNECTOR = new RegExp(`^[ \\t]*(?:${alternatives(RANGE_CONNECTORS.words)})[ \\t]*$`);
/** A range opener right before the first end (`antara A dan B`; timex-words.range-opener). */
const OPENER = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(RANGE_OPENERS.words)}) $`, 'u');
const OPENER_REACH = Math.max(...RANGE_OPENERS.words.map((w) => w.length)) + 2;

/** Joins `A hingga B` (and `antara A dan B`) into one RANGE; a yearless start takes the end's year. */
export function joinRanges(found: Found[], text: string, lower: string, dct: string | null): Found[] {
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
      const antara = OPENER.test(lower.slice(Math.max(0, a.timex.start - OPENER_REACH), a.timex.start));
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
export function makeTimex(
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
