import * as L from '../../../rules/gazetteers/lexicon.js';
import { bodyAcronym } from '../name-tests.js';
import type { Refiner } from './refiner.js';

export const officeNouns: Refiner = {
  name: 'office-nouns',
  description:
    "`Kantor Kemnaker`, `Kantor BKN`: an office noun before one known body (a gazetteer name or an acronym) is the body's office, not part of its name; the body is the mention (`Kantor Staf Presiden` keeps its name).",
  run(ctx, mentions) {
    const { toks, gaz } = ctx;
    for (const m of mentions) {
      if (m.type !== 'ORGANIZATION' || m.b - m.a < 2 || !L.OFFICE_NOUNS.has(toks[m.a]!.norm)) continue;
      const g = gaz[m.a + 1];
      const known = g && g.end === m.b && g.value.type === 'ORGANIZATION';
      const acronym = m.b === m.a + 2 && toks[m.a + 1]!.upper && bodyAcronym(toks[m.a + 1]!.text);
      if (!known && !acronym) continue;
      m.a++;
      m.start = toks[m.a]!.start;
      if (known) {
        m.hit = g.value;
        m.rule = 'ent.gazetteer';
        m.basis = 'gazetteer';
      } else {
        m.rule = 'ent.acronym-org';
        m.basis = 'acronym';
      }
    }
    return mentions;
  },
};
