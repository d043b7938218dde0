import type { Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

export const overlaps: Refiner = {
  name: 'overlaps',
  description: 'Of two overlapping mentions (sorted by start), the longer stays; on a tie the first.',
  run(_ctx, sorted) {
    const out: Mention[] = [];
    for (const m of sorted) {
      const last = out[out.length - 1];
      if (last && m.start < last.end) {
        if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
        continue;
      }
      out.push(m);
    }
    return out;
  },
};
