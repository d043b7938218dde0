import type { Refiner } from './refiner.js';

export const plusGroups: Refiner = {
  name: 'plus-groups',
  description:
    'A body with `+N` glued to it (`ASEAN+3`, `ACCSM+3`) is another body, the group with N partners: the mention takes the suffix and leaves the gazetteer entry of the body alone.',
  run(ctx, mentions) {
    const toks = ctx.toks;
    for (const m of mentions) {
      const plus = toks[m.b];
      const n = toks[m.b + 1];
      if (m.type !== 'ORGANIZATION' || plus?.text !== '+' || plus.spaceBefore) continue;
      if (!n || n.kind !== 'number' || n.spaceBefore || !/^\d{1,2}$/.test(n.text)) continue;
      m.b += 2;
      m.end = n.end;
      m.hit = undefined;
      m.rule = 'ent.plus-group';
      m.basis = 'cue';
    }
    return mentions;
  },
};
