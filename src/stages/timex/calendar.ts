// Calendar arithmetic on UTC dates, and an anchored value resolved once the document date is known.
import type { Unit } from '../../rules/timex.js';
import { isIsoYear } from '../../rules/calendar.js';
import type { Timex } from '../../schema/layers.js';

export type Anchor = NonNullable<Timex['anchor']>;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}
/** At least two digits, without the sign (`7` → `07`): padStart's result, without its call. */
export const pad = (n: number) => {
  const s = String(Math.abs(n));
  return s.length < 2 ? `0${s}` : s;
};
export const DAY_MS = 86_400_000;

export function toDate(p: Ymd): Date {
  const t = new Date(Date.UTC(2000, p.m - 1, p.d));
  t.setUTCFullYear(p.y);
  return t;
}
export function fromDate(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
export function addDays(p: Ymd, n: number): Ymd {
  return fromDate(new Date(toDate(p).getTime() + n * DAY_MS));
}
export function addMonths(p: Ymd, n: number): Ymd {
  const total = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const days = m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return { y, m, d: Math.min(p.d, days) };
}
export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const weekday = (p: Ymd) => ((toDate(p).getUTCDay() + 6) % 7) + 1;

export function isoWeek(p: Ymd): string {
  const thursday = addDays(p, 4 - weekday(p));
  const ordinal = Math.round((toDate(thursday).getTime() - toDate({ y: thursday.y, m: 1, d: 1 }).getTime()) / DAY_MS);
  return `${year4(thursday.y)}-W${pad(Math.floor(ordinal / 7) + 1)}`;
}
/** ISO 8601 values here have four-digit years, 0001–9999: a date moved outside them has no value. */
export const inYears = (p: Ymd) => isIsoYear(p.y);
export const year4 = (y: number) => String(y).padStart(4, '0');
export const fmtDay = (p: Ymd) => `${year4(p.y)}-${pad(p.m)}-${pad(p.d)}`;

export function format(p: Ymd, unit: Unit): string | null {
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

export function move(p: Ymd, n: number, letter: string): Ymd {
  if (letter === 'D') return addDays(p, n);
  if (letter === 'W') return addDays(p, 7 * n);
  if (letter === 'M') return addMonths(p, n);
  return addMonths(p, 12 * n);
}

/** Offset string for `n` units: `P-1D`, `P1W`, `P-3M` (a quarter), `P10Y` (a decade). */
export function offsetOf(unit: Unit, n: number): string {
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

export const UNIT_NAMES = new Set<string>(['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century']);

export function resolvePart(base: Ymd, part: string): string | null {
  if (part.startsWith('=')) return part.slice(1);
  const bar = part.indexOf('|');
  const head = bar < 0 ? part : part.slice(0, bar);
  const suffix = bar < 0 ? '' : part.slice(bar + 1);
  if (UNIT_NAMES.has(head)) {
    const value = format(base, head as Unit);
    return value === null ? null : value + suffix;
  }
  const [kind, arg, dir, after] = head.split(':') as [string, string, string, string | undefined];
  if (kind === 'weekday') {
    // The end of a weekday range (`weekday:3:past:1`) is the first such day on or after its start.
    const target = after === undefined ? Number(arg) : Number(after);
    const w0 = weekday(base);
    let delta: number;
    if (dir === 'past') delta = -((w0 - target + 7) % 7);
    else if (dir === 'future') delta = (target - w0 + 7) % 7 || 7;
    else delta = target - w0;
    if (after !== undefined) delta += (Number(arg) - target + 7) % 7;
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

export function parseDay(value: string): Ymd | null {
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
