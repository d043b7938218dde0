import { sortedBy } from '../mention.js';
import type { Refiner } from './refiner.js';

export const byStart: Refiner = {
  name: 'by-start',
  description:
    'Mentions in text order (a stable sort, and none when they are in order already), as the refiners after this one read them.',
  run(_ctx, mentions) {
    if (!sortedBy(mentions, 'start')) mentions.sort((x, y) => x.start - y.start);
    return mentions;
  },
};
