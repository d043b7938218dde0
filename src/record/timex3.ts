/**
 * A timex as TIMEX3 (TimeML 1.2.1) in the record, from the timex the stage makes (src/schema/layers.ts): a range
 * (`RANGE` in the stage, `2018/2021`) becomes a DURATION with `beginPoint` and `endPoint`; a relative value names
 * the DCT as `anchorTimeID` `t0`; the stage's anchor recipe (`granularity`, grammar in src/stages/timex.ts) is
 * spelled out in fields: `unit`, `direction`, `weekday`, `month`, `day`, `suffix`. The value, span and rule are the
 * stage's, unchanged (the gold and `eval` score the ISO 8601 interval of a range as it is).
 */
import type { Timex, TimexAnchor } from '../schema/record.js';
import type * as L from '../schema/layers.js';

type Recipe = NonNullable<L.Timex['anchor']>;

const UNITS: Readonly<Record<string, string>> = {
  D: 'day',
  W: 'week',
  M: 'month',
  Q: 'quarter',
  H: 'half',
  Y: 'year',
  DE: 'decade',
  CE: 'century',
};

/** The direction of an offset: `P-1D` past, `P2W` future, `P0Y` same. */
function offsetDirection(offset: string): TimexAnchor['direction'] {
  if (offset.startsWith('P-')) return 'past';
  return /[1-9]/.test(offset) ? 'future' : 'same';
}

const DIRECTIONS = new Set(['past', 'future', 'same']);

/** One recipe (no `/`) in fields. */
function fields(recipe: Recipe, granularity: string | undefined): TimexAnchor {
  const [head = '', ...rest] = (granularity ?? '').split('|');
  const suffix = rest.join('|');
  const parts = head.split(':');
  const kind = parts[0] ?? '';
  const placed = parts[2] !== undefined && DIRECTIONS.has(parts[2]) ? (parts[2] as TimexAnchor['direction']) : null;
  const out: TimexAnchor = {
    anchor: 'DCT',
    offset: recipe.offset,
    ...(recipe.granularity !== undefined ? { granularity: recipe.granularity } : {}),
    unit: kind || (UNITS[/[A-Z]+$/.exec(recipe.offset)?.[0] ?? ''] ?? 'day'),
    direction: placed ?? offsetDirection(recipe.offset),
  };
  const n = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
  if (kind === 'weekday' && n(parts[1]) !== undefined) out.weekday = n(parts[1])!;
  if (kind === 'month' && n(parts[1]) !== undefined) out.month = n(parts[1])!;
  if (kind === 'dom' && n(parts[1]) !== undefined) out.day = n(parts[1])!;
  if (kind === 'date' && parts[1]) {
    const [mm, dd] = parts[1].split('-');
    if (n(mm) !== undefined) out.month = n(mm)!;
    if (n(dd) !== undefined) out.day = n(dd)!;
  }
  if (suffix) out.suffix = suffix;
  return out;
}

/** The stage's anchor recipe in fields; a range's (`A/B`) is `unit: range`, each end's is on its point. */
export function anchorFields(recipe: Recipe): TimexAnchor {
  if (recipe.granularity?.includes('/')) {
    return {
      anchor: 'DCT',
      offset: recipe.offset,
      granularity: recipe.granularity,
      unit: 'range',
      direction: offsetDirection(recipe.offset),
    };
  }
  return fields(recipe, recipe.granularity);
}

/** The two ends of a range: their values (from the interval) and, for a relative end, its anchor. */
function points(t: L.Timex): Pick<Timex, 'beginPoint' | 'endPoint'> {
  const values = t.value?.split('/') ?? [];
  const sides = t.anchor?.granularity?.includes('/') ? t.anchor.granularity.split('/') : [];
  const point = (k: 0 | 1): NonNullable<Timex['beginPoint']> => {
    const side = sides[k];
    const literal = side?.startsWith('=') ? side.slice(1) : undefined;
    const value = values[k] ?? literal ?? null;
    return side !== undefined && literal === undefined && t.anchor
      ? { value, anchor: fields(t.anchor, side) }
      : { value };
  };
  return { beginPoint: point(0), endPoint: point(1) };
}

/** The record's TIMEX3 fields of a stage timex, keys in schema order (without `id`, `sentence`, `rule`). */
export function timex3(t: L.Timex): Omit<Timex, 'id' | 'sentence' | 'rule'> {
  const range = t.type === 'RANGE';
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type === 'RANGE' ? 'DURATION' : t.type,
    value: t.value,
    ...(t.mod !== undefined ? { mod: t.mod } : {}),
    ...(range ? points(t) : {}),
    ...(t.anchor !== undefined ? { anchorTimeID: 't0' as const, anchor: anchorFields(t.anchor) } : {}),
  };
}
