import type { EntityType } from '../../../schema/record.js';
import type { Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

/** A type that a stronger cue elsewhere in the document overrides: a name's shape or an acronym's guess. */
const overridable = (m: Mention): boolean => m.basis === 'shape' || m.basis === 'acronym';

export const harmonise: Refiner = {
  name: 'harmonise',
  description:
    'The same unknown surface gets one type in a document: the one a stronger cue gave it (a place preposition is not strong enough to lend its type).',
  run(ctx, mentions) {
    const strong = new Map<string, EntityType>();
    for (const m of mentions) {
      if (overridable(m) || m.basis === 'place-cue') continue;
      strong.set(ctx.textOf(m.a, m.b), m.type);
    }
    for (const m of mentions) {
      if (!overridable(m)) continue;
      const t = strong.get(ctx.textOf(m.a, m.b));
      if (t) m.type = t;
    }
    return mentions;
  },
};
