import type { Dir, Sem, Unit } from '../../rules/timex.js';
import { type Anchor, UNIT_NAMES, format, move, offsetOf, pad, parseDay, resolveAnchor } from './calendar.js';
import type { Candidate } from './match.js';

// A reading resolved to a value (or an anchor waiting for the DCT), against the last date named.

export interface Resolved {
  value: string | null;
  anchor?: Anchor;
}
export interface Reference {
  value: string | null;
  anchor?: Anchor;
}

export function decideDir(dir: Dir, c: Candidate, fallback: Exclude<Dir, 'auto'>): Exclude<Dir, 'auto'> {
  if (dir !== 'auto') return dir;
  if (c.future) return 'future';
  if (c.past) return 'past';
  return fallback;
}

export function fromAnchor(anchor: Anchor, dct: string | null): Resolved {
  return { value: dct ? resolveAnchor(dct, anchor) : null, anchor };
}

/** Granularity of a written value, for `kemudian` offsets that keep it. */
export function granularityOf(value: string): Unit | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

export function resolveSem(
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
    case 'weekday': {
      // In a named week (`pekan depan`) the day is the one of that week; else tense decides.
      const dir = sem.week === undefined ? decideDir(sem.dir, c, 'past') : 'same';
      const after = sem.after === undefined ? '' : `:${sem.after}`;
      return fromAnchor(
        {
          anchor: 'DCT',
          offset: sem.week === undefined ? 'P0D' : `P${sem.week}W`,
          granularity: `weekday:${sem.weekday}:${dir}${after}${sem.suffix ? `|${sem.suffix}` : ''}`,
        },
        dct,
      );
    }
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

export function joinRange(a: Resolved, b: Resolved): Resolved {
  const value = a.value !== null && b.value !== null ? `${a.value}/${b.value}` : null;
  const ga = a.anchor ? a.anchor.granularity : a.value !== null ? `=${a.value}` : null;
  const gb = b.anchor ? b.anchor.granularity : b.value !== null ? `=${b.value}` : null;
  if (!a.anchor && !b.anchor) return { value };
  const offset = a.anchor?.offset ?? b.anchor!.offset;
  if (ga === null || gb === null || (a.anchor && b.anchor && a.anchor.offset !== b.anchor.offset)) return { value };
  return { value, anchor: { anchor: 'DCT', offset, granularity: `${ga}/${gb}` } };
}
