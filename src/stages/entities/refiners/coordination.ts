import { givenName } from '../name-tests.js';
import { sortedBy } from '../mention.js';
import type { Refiner } from './refiner.js';

export const coordination: Refiner = {
  name: 'coordination',
  description:
    '`di Ayr , Skotlandia`, `Pulau Sebesi dan Sebuku`: a name with no cue right after a place and `,`/`dan`/`atau` is a place.',
  run(ctx, mentions) {
    const toks = ctx.toks;
    const byEnd = ctx.index(mentions, true);
    for (const m of sortedBy(mentions, 'a') ? mentions : [...mentions].sort((x, y) => x.a - y.a)) {
      if (m.basis !== 'shape') continue;
      const sep = toks[m.a - 1];
      if (!sep || !(sep.text === ',' || sep.norm === 'dan' || sep.norm === 'atau')) continue;
      // After a comma, a person's name in its full shape opening with a given name is an apposition (`Polandia , Ignace
      // Paderewski`).
      if (sep.text === ',' && !m.weak && m.b - m.a >= 2 && givenName(ctx, m.a)) continue;
      const prev = byEnd[m.a - 1];
      if (prev && prev.type === 'LOCATION') {
        m.type = 'LOCATION';
        m.rule = 'ent.location-prep';
        m.basis = 'place-cue';
      }
    }
    ctx.unindex(mentions, true);
    return mentions;
  },
};
